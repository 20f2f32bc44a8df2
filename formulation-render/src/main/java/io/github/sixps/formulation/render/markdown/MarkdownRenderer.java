package io.github.sixps.formulation.render.markdown;

import com.google.common.base.Preconditions;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.RenderOptions;
import io.github.sixps.formulation.render.Renderer;
import io.github.sixps.formulation.render.RendererBuilder;
import io.github.sixps.formulation.render.internal.Block;
import io.github.sixps.formulation.render.internal.Document;
import io.github.sixps.formulation.render.internal.DocumentBuilder;
import io.github.sixps.formulation.render.internal.Output;
import io.github.sixps.formulation.render.internal.Words;
import io.github.sixps.formulation.review.FormulationDiff;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renders a formulation as GitHub-flavoured Markdown: headings for each part, tables for the
 * ranking and the plan, and every piece of user text escaped so it can never become emphasis, a
 * link, an image or HTML. The diagram and the chart become short text summaries.
 *
 * <pre>{@code
 * MarkdownRenderer renderer = MarkdownRenderer.builder().frontMatter(true).build();
 * String markdown = renderer.render(formulation);
 * }</pre>
 *
 * <p>Immutable and safe to share between threads.
 */
public final class MarkdownRenderer implements Renderer {
  private final RenderOptions options;
  private final boolean frontMatter;
  private final Words words;

  private MarkdownRenderer(Builder b) {
    this.options = b.options();
    this.words = new Words(options.terminology());
    this.frontMatter = b.frontMatter;
  }

  @Override
  public String extension() {
    return "md";
  }

  @Override
  public String mediaType() {
    return "text/markdown; charset=UTF-8";
  }

  /** {@return a builder with every option at its default} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the options this renderer was built with} */
  public RenderOptions options() {
    return options;
  }

  @Override
  public void render(Formulation formulation, Appendable out) throws IOException {
    render(formulation, Optional.empty(), out);
  }

  @Override
  public void renderSince(Formulation previous, Formulation formulation, Appendable out)
      throws IOException {
    render(formulation, Optional.of(Preconditions.checkNotNull(previous, "previous")), out);
  }

  private void render(Formulation formulation, Optional<Formulation> previous, Appendable out)
      throws IOException {
    Preconditions.checkNotNull(formulation, "formulation");
    Preconditions.checkNotNull(out, "out");
    List<String> fields = new ArrayList<>();
    formulation.formulatedOn().ifPresent(d -> fields.add("date: " + d));
    formulation.framework().ifPresent(fw -> fields.add("framework: "
        + MarkdownWriter.yamlString(fw)));
    write(new DocumentBuilder(options).build(formulation, previous), fields, out);
  }

  @Override
  public void renderChanges(FormulationDiff diff, Appendable out) throws IOException {
    Preconditions.checkNotNull(diff, "diff");
    Preconditions.checkNotNull(out, "out");
    List<String> fields = new ArrayList<>();
    diff.since().ifPresent(d -> fields.add("since: " + d));
    write(new DocumentBuilder(options).changes(diff), fields, out);
  }

  /** Writes the document, after front matter of its title and these fields if asked for. */
  private void write(Document doc, List<String> fields, Appendable out) throws IOException {
    MarkdownWriter w = new MarkdownWriter(out);
    if (frontMatter) {
      w.raw("---\ntitle: ").raw(MarkdownWriter.yamlString(doc.title())).raw("\n");
      for (String field : fields) {
        w.raw(field).raw("\n");
      }
      w.raw("---\n\n");
    }
    write(doc, w);
  }

  /**
   * Renders the blank worksheet: each heading with teaching notes, if they are switched on, and
   * room to write.
   *
   * @return the worksheet as Markdown
   */
  public String renderBlank() {
    return Output.string(out -> write(new DocumentBuilder(options).blank(),
        new MarkdownWriter(out)));
  }

  private void write(Document doc, MarkdownWriter w) throws IOException {
    if (doc.marking().isPresent()) {
      w.raw("**").text(doc.marking().get()).raw("**").blank();
    }
    w.raw("# ").text(doc.title()).blank();
    for (Document.Fact fact : doc.facts()) {
      w.raw("- **").text(fact.name()).raw(":** ").text(fact.value()).raw("\n");
    }
    if (!doc.facts().isEmpty()) {
      w.raw("\n");
    }
    if (doc.banner().isPresent()) {
      w.raw("> **").text(doc.banner().get()).raw("**").blank();
    }
    for (Block.Section section : doc.sections()) {
      section(section, w);
    }
    if (doc.marking().isPresent()) {
      w.raw("---").blank().raw("**").text(doc.marking().get()).raw("**\n");
    }
  }

  private void section(Block.Section section, MarkdownWriter w) throws IOException {
    w.raw("#".repeat(section.level())).raw(" ").text(section.title()).blank();
    for (Block block : section.body()) {
      block(block, w);
    }
  }

  private void block(Block block, MarkdownWriter w) throws IOException {
    if (block instanceof Block.Section) {
      section((Block.Section) block, w);
    } else if (block instanceof Block.Paragraph) {
      Block.Paragraph p = (Block.Paragraph) block;
      if (!p.lead().isEmpty()) {
        w.raw("**").text(p.lead()).raw(":**").raw(p.text().isBlank() ? "" : " ");
      }
      w.text(p.text()).blank();
    } else if (block instanceof Block.Empty) {
      w.raw("_").text(((Block.Empty) block).text()).raw("_").blank();
    } else if (block instanceof Block.Entries) {
      entries(((Block.Entries) block).entries(), w);
    } else if (block instanceof Block.Table) {
      table((Block.Table) block, w);
    } else if (block instanceof Block.Teaching) {
      Block.Teaching t = (Block.Teaching) block;
      w.raw("> **").text(words.text("document.aboutThisPart")).raw(":** ").text(t.explanation())
          .raw("\n>\n");
      for (String prompt : t.prompts()) {
        w.raw("> - ").text(prompt).raw("\n");
      }
      w.raw("\n");
    } else if (block instanceof Block.WritingSpace) {
      w.raw("_").text(words.text("document.spaceToWrite")).raw(":_").blank();
      for (int i = 0; i < ((Block.WritingSpace) block).lines(); i++) {
        w.raw("&nbsp;\n\n");
      }
    } else if (block instanceof Block.Diagram) {
      lines(((Block.Diagram) block).data().describe(words), w);
    } else if (block instanceof Block.Chart) {
      Block.Chart chart = (Block.Chart) block;
      w.raw("**").text(chart.data().title()).raw(":**").blank();
      lines(chart.data().describe(words), w);
    } else if (block instanceof Block.Genogram) {
      lines(((Block.Genogram) block).data().sentences(), w);
    }
    // A timeline says again what the chronology's table says: without a picture to show, the
    // table alone is the chronology.
  }

  private static void lines(List<String> lines, MarkdownWriter w) throws IOException {
    for (String line : lines) {
      w.raw("- ").text(line).raw("\n");
    }
    w.raw("\n");
  }

  private static void entries(List<Block.Entry> entries, MarkdownWriter w) throws IOException {
    for (Block.Entry e : entries) {
      w.raw("- ");
      if (!e.tag().isEmpty()) {
        w.raw("**").text(e.tag()).raw("**: ");
      }
      w.text(e.text()).raw("\n");
      for (String detail : e.details()) {
        w.raw("  - ").text(detail).raw("\n");
      }
    }
    w.raw("\n");
  }

  private static void table(Block.Table table, MarkdownWriter w) throws IOException {
    w.raw("**").text(table.caption()).raw("**").blank();
    row(table.header(), w);
    w.raw("|");
    for (int i = 0; i < table.header().size(); i++) {
      w.raw(" --- |");
    }
    w.raw("\n");
    for (List<String> row : table.rows()) {
      row(row, w);
    }
    w.raw("\n");
  }

  private static void row(List<String> cells, MarkdownWriter w) throws IOException {
    w.raw("|");
    for (String cell : cells) {
      w.raw(" ").text(cell).raw(" |");
    }
    w.raw("\n");
  }

  /** Configures a {@link MarkdownRenderer}; every option has the default its method states. */
  public static final class Builder extends RendererBuilder<Builder> {
    private boolean frontMatter;

    private Builder() {}

    /**
     * Whether to begin with YAML front matter (title, date, framework) for static-site tools.
     * Default false.
     *
     * @param value {@code true} to begin with front matter
     * @return this builder
     */
    public Builder frontMatter(boolean value) {
      frontMatter = value;
      return this;
    }

    /** {@return the renderer} */
    public MarkdownRenderer build() {
      return new MarkdownRenderer(this);
    }
  }
}

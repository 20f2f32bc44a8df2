package io.github.sixps.formulation.render.braille;

import com.google.common.base.Preconditions;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.RenderOptions;
import io.github.sixps.formulation.render.Renderer;
import io.github.sixps.formulation.render.RendererBuilder;
import io.github.sixps.formulation.render.internal.Document;
import io.github.sixps.formulation.render.internal.DocumentBuilder;
import io.github.sixps.formulation.render.internal.Output;
import io.github.sixps.formulation.render.internal.Words;
import io.github.sixps.formulation.review.FormulationDiff;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Renders a formulation as a Braille Ready File (.brf): Unified English Braille (UEB), in North
 * American Braille ASCII, laid out in pages for an embosser or a braille notetaker. By default
 * it is the family version, in contracted (grade 2) UEB, which is what adult Braille readers
 * read; {@link Builder#grade(BrailleGrade) uncontracted} (grade 1) is there for readers still
 * learning.
 *
 * <p>The translation is liblouis's ({@code org.liblouis:liblouis-java}, which carries the
 * native library and the tables for Linux, macOS and Windows), with its {@code en-ueb-g2.ctb} or
 * {@code en-ueb-g1.ctb} table. The layout follows Braille Formats: Principles of
 * Print-to-Braille Transcription (Braille Authority of North America, 2016):
 *
 * <ul>
 *   <li>pages of 40 cells by 25 lines, each line ended by a carriage return and line feed, a
 *       form feed between pages, and only the 64 six-dot cells, so every embosser reads it;
 *   <li>the braille page number at the right margin of the last line of every page, as in North
 *       America, or of the first line with {@link Builder#pageNumbersAtTop(boolean)}, as is
 *       usual in the UK; that line holds nothing else;
 *   <li>the title and each main section's heading centred, with a blank line before and after
 *       and at least three blank cells either side; subheadings, such as each child's name
 *       above their own words, in cell 5 with a blank line before; a heading always has at
 *       least two lines of what follows on its page;
 *   <li>paragraphs in 3-1 (first line in cell 3, the rest in cell 1), list items in 1-3 and the
 *       details under them (who said it, who will do it, by when) in 3-5; tables become lists,
 *       row by row;
 *   <li>words never divided, except one longer than a whole line (a long web address, say),
 *       which fills each line and ends it with a hyphen; nothing goes past the 40th cell.
 * </ul>
 *
 * <p>Characters UEB has no sign for, such as Urdu, Bengali or Chinese writing and emoji, cannot
 * be shown in braille: each run of them becomes a transcriber's note saying what is there
 * ("text in Arabic script"), and the characters are reported, with the section they are in, to
 * the {@link Builder#warnings warnings listener}; the render still completes. A file with such
 * notes begins with a transcriber's notes page, in the terminology's words, saying what the
 * note indicators are, and the text starts on the next page. Nothing is left out
 * in silence, except invisible formatting characters such as zero-width spaces, which show
 * nothing in print either.
 *
 * <p>A renderer is immutable and safe to share between threads; the liblouis table is compiled
 * once, on first use.
 *
 * <pre>{@code
 * BrailleRenderer renderer = BrailleRenderer.builder()
 *     .warnings(w -> System.err.println("Warning: " + w))
 *     .build();
 * try (OutputStream out = Files.newOutputStream(Path.of("ahmed-family.brf"))) {
 *   renderer.render(formulation, out);
 * }
 * }</pre>
 */
public final class BrailleRenderer implements Renderer {
  /** The cells in a line unless another width is set: the usual 11 by 11.5 inch page. */
  public static final int DEFAULT_CELLS_PER_LINE = 40;

  /** The lines on a page unless another number is set. */
  public static final int DEFAULT_LINES_PER_PAGE = 25;

  private final RenderOptions options;
  private final BrailleGrade grade;
  private final int cellsPerLine;
  private final int linesPerPage;
  private final boolean pageNumbersAtTop;
  private final Consumer<BrailleWarning> warnings;

  private BrailleRenderer(Builder b) {
    this.options = b.options();
    this.grade = b.grade;
    this.cellsPerLine = b.cellsPerLine;
    this.linesPerPage = b.linesPerPage;
    this.pageNumbersAtTop = b.pageNumbersAtTop;
    this.warnings = b.warnings;
  }

  /** {@return a builder with every option at its default} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the options this renderer was built with} */
  public RenderOptions options() {
    return options;
  }

  /** {@return the form of UEB the files are in} */
  public BrailleGrade grade() {
    return grade;
  }

  /** {@return the cells in each line} */
  public int cellsPerLine() {
    return cellsPerLine;
  }

  /** {@return the lines on each page, the page number's line included} */
  public int linesPerPage() {
    return linesPerPage;
  }

  /**
   * Renders the formulation as Braille ASCII text to {@code out}, which is not closed.
   *
   * @param formulation the formulation to render, draft or not
   * @param out where the file's characters go, all of them ASCII
   * @throws IOException if {@code out} fails
   */
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
    write(new DocumentBuilder(options).build(formulation, previous), out);
  }

  @Override
  public void renderChanges(FormulationDiff diff, Appendable out) throws IOException {
    Preconditions.checkNotNull(diff, "diff");
    Preconditions.checkNotNull(out, "out");
    write(new DocumentBuilder(options).changes(diff), out);
  }

  /**
   * Renders the blank worksheet as Braille ASCII text to {@code out}, which is not closed: the
   * six boxes and the three houses, each heading with its question and blank lines under it,
   * for a reader who writes their answers on a braille writer or tells them to someone.
   *
   * @param out where the file's characters go, all of them ASCII
   * @throws IOException if {@code out} fails
   */
  public void renderBlank(Appendable out) throws IOException {
    Preconditions.checkNotNull(out, "out");
    write(new DocumentBuilder(options).blank(), out);
  }

  /**
   * Renders the blank worksheet as Braille ASCII text, as {@link #renderBlank(Appendable)}.
   *
   * @return the whole file's characters
   */
  public String renderBlank() {
    return Output.string(this::renderBlank);
  }

  /**
   * Renders the formulation as a Braille Ready File to {@code out}, which is left open: the
   * bytes of Braille ASCII, one for each cell.
   *
   * @param formulation the formulation to render, draft or not
   * @param out where the file's bytes go
   * @throws IOException if {@code out} fails
   */
  public void render(Formulation formulation, OutputStream out) throws IOException {
    Preconditions.checkNotNull(out, "out");
    Writer writer = new OutputStreamWriter(out, StandardCharsets.US_ASCII);
    render(formulation, writer);
    writer.flush();
  }

  /** Lays the document out whole, reports what it could not show, then writes it. */
  private void write(Document doc, Appendable out) throws IOException {
    BrailleWriter text = writer();
    Pages pages = text.write(doc);
    StringBuilder named = new StringBuilder();
    text.report(warnings, named);
    if (text.hasNotes()) {
      // Only laying the text out shows whether it has notes; the page that explains them goes
      // before it, and the text, which starts a page of its own, keeps its layout.
      BrailleWriter notes = writer();
      pages = notes.transcribersNotesPage(doc).followedBy(pages);
      notes.report(warnings, named);
    }
    pages.write(out);
  }

  private BrailleWriter writer() {
    return new BrailleWriter(UebTranslator.of(grade), cellsPerLine, linesPerPage,
        pageNumbersAtTop, new Words(options.terminology()));
  }

  @Override
  public String extension() {
    return "brf";
  }

  @Override
  public String mediaType() {
    return "text/plain; charset=US-ASCII";
  }

  @Override
  public String toString() {
    return "BrailleRenderer{" + options.audience() + ", " + grade + ", " + cellsPerLine + "x"
        + linesPerPage + "}";
  }

  /**
   * Builds a {@link BrailleRenderer}. Besides the options every renderer shares (see {@link
   * RendererBuilder}), it sets the grade, the page's size, where the page numbers go and who
   * hears of characters braille cannot show. Unlike the other renderers' builders, its audience
   * is the family unless set.
   */
  public static final class Builder extends RendererBuilder<Builder> {
    private BrailleGrade grade = BrailleGrade.CONTRACTED;
    private int cellsPerLine = DEFAULT_CELLS_PER_LINE;
    private int linesPerPage = DEFAULT_LINES_PER_PAGE;
    private boolean pageNumbersAtTop;
    private Consumer<BrailleWarning> warnings = w -> { };

    private Builder() {
      super.audience(Audience.FAMILY);
    }

    /**
     * Who the document is for. Default {@link Audience#FAMILY} here: Braille on request is
     * usually for a parent or child who reads it. {@link Audience#PRACTITIONER} gives the full
     * record, its tables as lists, for a practitioner who reads braille.
     *
     * @param value who the document is for
     * @return this builder
     */
    @Override
    public Builder audience(Audience value) {
      return super.audience(value);
    }

    /**
     * Contracted (grade 2) or uncontracted (grade 1) UEB. Default {@link
     * BrailleGrade#CONTRACTED}, which adult Braille readers expect.
     *
     * @param value the form of UEB
     * @return this builder
     */
    public Builder grade(BrailleGrade value) {
      grade = Preconditions.checkNotNull(value, "grade");
      return this;
    }

    /**
     * The cells in each line. Default {@value BrailleRenderer#DEFAULT_CELLS_PER_LINE}, what most
     * embossers and the usual 11 by 11.5 inch braille paper take.
     *
     * @param value the cells in a line, from 12 to 100
     * @return this builder
     * @throws IllegalArgumentException if the width is outside that range
     */
    public Builder cellsPerLine(int value) {
      Preconditions.checkArgument(value >= 12 && value <= 100,
          "cellsPerLine must be from 12 to 100, not %s", value);
      cellsPerLine = value;
      return this;
    }

    /**
     * The lines on each page, counting the line that holds the page number. Default {@value
     * BrailleRenderer#DEFAULT_LINES_PER_PAGE}.
     *
     * @param value the lines on a page, from 5 to 100
     * @return this builder
     * @throws IllegalArgumentException if the number is outside that range
     */
    public Builder linesPerPage(int value) {
      Preconditions.checkArgument(value >= 5 && value <= 100,
          "linesPerPage must be from 5 to 100, not %s", value);
      linesPerPage = value;
      return this;
    }

    /**
     * Whether each page's number goes at the right of its first line rather than its last.
     * Default false: the last line, as Braille Formats (BANA) places it in North America, whose
     * Braille ASCII a .brf file is in; UK practice puts it at the top.
     *
     * @param value {@code true} for page numbers at the top right
     * @return this builder
     */
    public Builder pageNumbersAtTop(boolean value) {
      pageNumbersAtTop = value;
      return this;
    }

    /**
     * Where each render reports what it could not show in braille: characters Unified English
     * Braille has no sign for, such as Urdu or Chinese writing or emoji. The listener is called
     * on the rendering thread, before anything is written, once per section with such
     * characters; a renderer shared between threads calls it from each of them. By default
     * warnings are dropped.
     *
     * @param listener called with each warning
     * @return this builder
     */
    public Builder warnings(Consumer<BrailleWarning> listener) {
      warnings = Preconditions.checkNotNull(listener, "listener");
      return this;
    }

    /**
     * Builds the renderer, which keeps these options however the builder changes afterwards.
     *
     * @return the renderer
     */
    public BrailleRenderer build() {
      return new BrailleRenderer(this);
    }
  }
}

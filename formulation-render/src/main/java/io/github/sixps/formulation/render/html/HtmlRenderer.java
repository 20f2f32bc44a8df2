package io.github.sixps.formulation.render.html;

import com.google.common.base.Preconditions;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.RenderOptions;
import io.github.sixps.formulation.render.Renderer;
import io.github.sixps.formulation.render.RendererBuilder;
import io.github.sixps.formulation.render.html.internal.HtmlPage;
import io.github.sixps.formulation.render.internal.Document;
import io.github.sixps.formulation.render.internal.DocumentBuilder;
import io.github.sixps.formulation.render.internal.Output;
import io.github.sixps.formulation.review.FormulationDiff;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Renders a formulation as HTML: by default one standalone HTML5 page, or a fragment to embed in
 * another page. The page meets WCAG 2.2 AA: one heading outline with no skipped levels, tables
 * with captions and header cells, text contrast of at least 4.5:1, and a text alternative for
 * every picture. It holds no scripts and fetches nothing: styles are inline, the logo is
 * embedded, and the 6Ps diagram and goal-scale chart are inline SVG. It prints on A4 with the
 * protective marking on every page.
 *
 * <p>All text from the formulation is escaped: nothing in it can become markup.
 *
 * <p>A renderer is immutable and safe to share between threads: build one and use it for every
 * formulation.
 *
 * <pre>{@code
 * HtmlRenderer renderer = HtmlRenderer.builder()
 *     .audience(Audience.FAMILY)
 *     .theme(Theme.plain().withOrganisation("Riverside Council"))
 *     .build();
 * Files.writeString(Path.of("ahmed.html"), renderer.render(formulation));
 * }</pre>
 */
public final class HtmlRenderer implements Renderer {
  private final RenderOptions options;
  private final boolean fragment;
  private final HtmlPage page;

  private HtmlRenderer(Builder builder) {
    this.options = builder.options();
    this.fragment = builder.fragment;
    this.page = new HtmlPage(options.theme(), options.terminology(), fragment);
  }

  /** {@return a builder with every option at its default} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the options this renderer was built with} */
  public RenderOptions options() {
    return options;
  }

  /** {@return whether this renderer writes a fragment for embedding rather than a whole page} */
  public boolean isFragment() {
    return fragment;
  }

  @Override
  public void render(Formulation formulation, Appendable out) throws IOException {
    Preconditions.checkNotNull(formulation, "formulation");
    Preconditions.checkNotNull(out, "out");
    write(new DocumentBuilder(options).build(formulation), out);
  }

  @Override
  public void renderSince(Formulation previous, Formulation formulation, Appendable out)
      throws IOException {
    Preconditions.checkNotNull(formulation, "formulation");
    Preconditions.checkNotNull(previous, "previous");
    Preconditions.checkNotNull(out, "out");
    write(new DocumentBuilder(options).build(formulation, Optional.of(previous)), out);
  }

  @Override
  public void renderChanges(FormulationDiff diff, Appendable out) throws IOException {
    Preconditions.checkNotNull(diff, "diff");
    Preconditions.checkNotNull(out, "out");
    write(new DocumentBuilder(options).changes(diff), out);
  }

  /**
   * Renders a blank worksheet to {@code out}: each heading with room to write by hand, and the
   * teaching notes if they are switched on.
   *
   * @param out where the page goes; it is not closed
   * @throws IOException if {@code out} fails
   */
  public void renderBlank(Appendable out) throws IOException {
    Preconditions.checkNotNull(out, "out");
    write(new DocumentBuilder(options).blank(), out);
  }

  /**
   * Renders a blank worksheet: each heading with room to write by hand, and the teaching notes if
   * they are switched on.
   *
   * @return the worksheet as a page, or a fragment if the renderer makes fragments
   */
  public String renderBlank() {
    return Output.string(this::renderBlank);
  }

  private void write(Document document, Appendable out) throws IOException {
    try {
      page.write(document, out);
    } catch (UncheckedIOException e) {
      // The writer carries the Appendable's failure unchecked; give the caller the original.
      throw e.getCause();
    }
  }

  @Override
  public String extension() {
    return "html";
  }

  @Override
  public String mediaType() {
    return "text/html; charset=UTF-8";
  }

  @Override
  public String toString() {
    return "HtmlRenderer{" + options.audience() + ", " + options.terminology().name() + ", "
        + options.theme() + (fragment ? ", fragment" : ", page") + "}";
  }

  /**
   * Builds an {@link HtmlRenderer}. Besides the options every renderer shares (see {@link
   * RendererBuilder}), it chooses between a whole page and a fragment.
   */
  public static final class Builder extends RendererBuilder<Builder> {
    private boolean fragment;

    private Builder() {}

    /**
     * Whether to write a fragment for embedding in another page instead of a whole page.
     * Default false: a standalone HTML5 page with {@code <head>}, inline styles, {@code <main>}
     * and the A4 print settings.
     *
     * <p>A fragment is one {@code <article class="sixps-article" lang dir>}, with the terminology's language and
     * direction, holding its own
     * {@code <style>}, whose rules all apply only inside that article, so it cannot restyle the
     * host page. It keeps its {@code <h1>} for the formulation's title, as an article may, and
     * has no {@code <main>} or {@code @page} rule, which belong to the host page. Ids in it
     * start with {@code sixps-}; embed one fragment per page.
     *
     * @param value {@code true} for a fragment, {@code false} for a whole page
     * @return this builder
     */
    public Builder fragment(boolean value) {
      fragment = value;
      return this;
    }

    /** {@return the renderer, which keeps these options however the builder changes afterwards} */
    public HtmlRenderer build() {
      return new HtmlRenderer(this);
    }
  }
}

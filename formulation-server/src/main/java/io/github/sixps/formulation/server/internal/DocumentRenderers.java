package io.github.sixps.formulation.server.internal;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.RendererBuilder;
import io.github.sixps.formulation.render.Terminology;
import io.github.sixps.formulation.render.View;
import io.github.sixps.formulation.render.braille.BrailleRenderer;
import io.github.sixps.formulation.render.docx.DocxRenderer;
import io.github.sixps.formulation.render.html.HtmlRenderer;
import io.github.sixps.formulation.render.markdown.MarkdownRenderer;
import io.github.sixps.formulation.render.pdf.PdfRenderer;
import io.github.sixps.formulation.review.FormulationDiff;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

/**
 * The renderers the API uses, one for each set of options asked for, built on first use and
 * kept (a PDF renderer prepares its fonts once), at most 64 of them.
 */
public final class DocumentRenderers {
  /** The formats the API renders to. */
  public enum Format {
    /** GitHub-flavoured Markdown. */
    MD("text/markdown; charset=utf-8"),
    /** A standalone HTML page. */
    HTML("text/html; charset=utf-8"),
    /** A tagged A4 PDF. */
    PDF("application/pdf"),
    /** An accessible Word document to edit. */
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    /** A Braille Ready File in Unified English Braille: North American Braille ASCII. */
    BRF("text/plain; charset=us-ascii");

    private final String mediaType;

    Format(String mediaType) {
      this.mediaType = mediaType;
    }

    /** {@return the media type of a document in this format} */
    public String mediaType() {
      return mediaType;
    }
  }

  /**
   * The options of one rendering, as {@code formulation render} has them.
   *
   * @param format the format
   * @param audience who it is for
   * @param view the full record or the supervision view
   * @param terminology a built-in terminology's name, or null for the audience's own
   * @param asOf the day that counts as today for the supervision view, or null
   * @param teaching whether to add teaching notes under each heading
   * @param marking the protective marking, {@code none} to leave it out, or null for the
   *     terminology's own
   * @param fragment for HTML, an {@code <article>} to embed rather than a whole page
   */
  public record Options(Format format, Audience audience, View view, String terminology,
      LocalDate asOf, boolean teaching, String marking, boolean fragment) {
    /**
     * Options without teaching notes, with the terminology's marking, a whole page for HTML.
     *
     * @param format the format
     * @param audience who it is for
     * @param view the full record or the supervision view
     * @param terminology a built-in terminology's name, or null for the audience's own
     * @param asOf the day that counts as today for the supervision view, or null
     */
    public Options(Format format, Audience audience, View view, String terminology,
        LocalDate asOf) {
      this(format, audience, view, terminology, asOf, false, null, false);
    }
  }

  /** The work of one renderer: the document, or the changes between two versions. */
  private interface Rendering {
    byte[] render(Formulation formulation);

    byte[] renderChanges(FormulationDiff diff);
  }

  private final Cache<Options, Rendering> built =
      CacheBuilder.newBuilder().maximumSize(64).build();

  /**
   * {@return the document, as the bytes of a file: text as UTF-8}
   *
   * @param formulation what to render
   * @param options how
   */
  public byte[] render(Formulation formulation, Options options) {
    return rendering(options).render(formulation);
  }

  /**
   * {@return the changes between two versions, as a document}
   *
   * @param diff the changes
   * @param options how
   */
  public byte[] renderChanges(FormulationDiff diff, Options options) {
    return rendering(options).renderChanges(diff);
  }

  private Rendering rendering(Options options) {
    try {
      return built.get(options, () -> build(options));
    } catch (ExecutionException e) {
      throw new IllegalStateException("could not build a renderer for " + options, e.getCause());
    }
  }

  private static Rendering build(Options o) {
    switch (o.format()) {
      case PDF: {
        PdfRenderer pdf = configure(PdfRenderer.builder(), o).build();
        return bytes(pdf::render, pdf::renderChanges);
      }
      case DOCX: {
        DocxRenderer docx = configure(DocxRenderer.builder(), o).build();
        return bytes(docx::render, docx::renderChanges);
      }
      case HTML: {
        HtmlRenderer html = configure(HtmlRenderer.builder(), o).fragment(o.fragment()).build();
        return text(html::render, html::renderChanges);
      }
      case BRF: {
        BrailleRenderer brf = configure(BrailleRenderer.builder(), o).build();
        return text(brf::render, brf::renderChanges);
      }
      case MD: {
        MarkdownRenderer md = configure(MarkdownRenderer.builder(), o).build();
        return text(md::render, md::renderChanges);
      }
      default:
        throw new IllegalStateException("format: " + o.format() + " has no renderer");
    }
  }

  private static Rendering bytes(Function<Formulation, byte[]> document,
      Function<FormulationDiff, byte[]> changes) {
    return new Rendering() {
      @Override
      public byte[] render(Formulation f) {
        return document.apply(f);
      }

      @Override
      public byte[] renderChanges(FormulationDiff diff) {
        return changes.apply(diff);
      }
    };
  }

  private static Rendering text(Function<Formulation, String> document,
      Function<FormulationDiff, String> changes) {
    return bytes(f -> document.apply(f).getBytes(StandardCharsets.UTF_8),
        diff -> changes.apply(diff).getBytes(StandardCharsets.UTF_8));
  }

  private static <B extends RendererBuilder<B>> B configure(B builder, Options o) {
    builder.audience(o.audience()).view(o.view()).teaching(o.teaching());
    if (o.marking() != null) {
      if (o.marking().equalsIgnoreCase("none")) {
        builder.noMarking();
      } else {
        builder.marking(o.marking());
      }
    }
    if (o.terminology() != null) {
      builder.terminology(Terminology.named(o.terminology()));
    }
    if (o.asOf() != null) {
      builder.asOf(o.asOf());
    }
    return builder;
  }
}

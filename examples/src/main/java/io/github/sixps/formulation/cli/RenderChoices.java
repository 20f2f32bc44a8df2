package io.github.sixps.formulation.cli;

import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.Renderer;
import io.github.sixps.formulation.render.RendererBuilder;
import io.github.sixps.formulation.render.Terminology;
import io.github.sixps.formulation.render.View;
import io.github.sixps.formulation.render.braille.BrailleRenderer;
import io.github.sixps.formulation.render.docx.DocxRenderer;
import io.github.sixps.formulation.render.html.HtmlRenderer;
import io.github.sixps.formulation.render.markdown.MarkdownRenderer;
import io.github.sixps.formulation.render.pdf.PdfRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The rendering options that {@code render} and {@code blank} share. */
final class RenderChoices {
  /** The formats a document can be rendered to. */
  enum Format {
    MD("md", false), HTML("html", false), PDF("pdf", true), DOCX("docx", true),
    BRF("brf", false);

    final String extension;
    /** Whether its files are bytes that have no place on a terminal, so need a file to go in. */
    final boolean binary;

    Format(String extension, boolean binary) {
      this.extension = extension;
      this.binary = binary;
    }
  }

  /** The formats named as a person reads them: "md, html or pdf". */
  static String names(java.util.Set<Format> formats) {
    List<String> names = formats.stream().sorted().map(f -> f.extension).toList();
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " or "
        + names.get(names.size() - 1);
  }

  /**
   * The description of {@code --to} for a command that takes only {@code formats}, as a bundle
   * for {@link CommandLine#setResourceBundle}: the help then lists what the command checks.
   */
  static java.util.ResourceBundle offering(java.util.Set<Format> formats) {
    // Said as render's own --to description says them, so every command names a format alike.
    String text = names(formats).replace("docx", "docx (Word)")
        + (formats.contains(Format.BRF) ? " (Braille)." : ".");
    return new java.util.ListResourceBundle() {
      @Override
      protected Object[][] getContents() {
        return new Object[][] {{TO_KEY, text}};
      }
    };
  }

  /** Picocli reads "md", "html", "pdf", "docx" and "brf" as well as the constant names. */
  static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      for (Format f : Format.values()) {
        if (f.extension.equalsIgnoreCase(value) || f.name().equalsIgnoreCase(value)
            || (f == Format.MD && value.equalsIgnoreCase("markdown"))
            || (f == Format.DOCX && value.equalsIgnoreCase("word"))) {
          return f;
        }
      }
      throw new CommandLine.TypeConversionException("\"" + value + "\" is not a format; use md,"
          + " html, pdf, docx or brf");
    }
  }

  /**
   * The key of {@code --to}'s description, which a command that takes fewer formats replaces
   * through {@link #offering}.
   */
  static final String TO_KEY = "sixps.render.to";

  @Option(names = "--to", required = true, paramLabel = "FORMAT", descriptionKey = TO_KEY,
      converter = FormatConverter.class,
      description = "md, html, pdf, docx (Word) or brf (Braille).")
  Format to;

  @Option(names = "--audience", paramLabel = "WHO",
      description = "practitioner (the full record, the default) or family (plain words, no "
          + "scores or codes, large print). Braille (brf) is for the family unless "
          + "practitioner is given, which gives the full record with its tables as lists.")
  Audience audience;

  @Option(names = "--terminology", paramLabel = "NAME|FILE",
      description = "leeds-6ps (the default for practitioners), clinical-5ps-plan, family (the "
          + "default for families), or a file of your own words: YAML or Java properties.")
  String terminology;

  @Option(names = "--marking", paramLabel = "TEXT|none",
      description = "The protective marking at the top; OFFICIAL-SENSITIVE unless given, none "
          + "to leave it out.")
  String marking;

  @Option(names = "--fragment",
      description = "HTML only: an <article> to embed in another page, not a whole page.")
  boolean fragment;

  @Option(names = "--archival",
      description = "PDF only: also conform to PDF/A-3a, for long-term archiving.")
  boolean archival;

  @Option(names = "--font", paramLabel = "FILE|DIR",
      description = "PDF only: a TrueType font (.ttf, .otf) for characters the bundled fonts "
          + "lack, or a folder whose .ttf and .otf files are all added; may be repeated. "
          + "Added fonts are tried after the bundled ones.")
  List<Path> fonts = new ArrayList<>();

  /**
   * The choices only a formulation's document has, not a blank worksheet: teaching notes (a
   * worksheet's boxes each ask their own question instead), the view and its date. Set from {@link DocumentOptions} by
   * {@code render}, and by commands that choose for themselves.
   */
  boolean teaching;
  View view = View.FULL;
  LocalDate asOf;

  /** The options of {@code render} that {@code blank} has no use for. */
  static final class DocumentOptions {
    @Option(names = "--teaching",
        description = "Add a short explanation and questions to ask under each heading.")
    boolean teaching;

    @Option(names = "--view", paramLabel = "VIEW", defaultValue = "full",
        description = "full (the whole formulation, the default), supervision (a short "
            + "summary: what is late, the child's words, progress, what is coming up, where "
            + "things stand and what changed), chronology (the significant events on their "
            + "own, with a timeline) or genogram (the family tree on its own, with every "
            + "relationship in a sentence).")
    View view = View.FULL;

    @Option(names = "--as-of", paramLabel = "DATE",
        description = "Supervision view: the day to judge what is late against (YYYY-MM-DD); "
            + "today unless given.")
    LocalDate asOf;

    /** Gives {@code choices} these options. */
    void applyTo(RenderChoices choices) {
      choices.teaching = teaching;
      choices.view = view;
      choices.asOf = asOf;
    }
  }

  /**
   * Choices made by a command rather than on the command line, such as the demo's: the given
   * format, audience and marking, teaching notes if asked for, everything else as its default.
   */
  static RenderChoices of(Format to, Audience audience, boolean teaching, String marking) {
    RenderChoices choices = new RenderChoices();
    choices.to = to;
    choices.audience = audience;
    choices.teaching = teaching;
    choices.marking = marking;
    return choices;
  }

  /**
   * Who the document is for: as given, or else the family for Braille, which is made on a
   * family's request, and practitioners for every other format.
   */
  Audience audience() {
    if (audience != null) {
      return audience;
    }
    return to == Format.BRF ? Audience.FAMILY : Audience.PRACTITIONER;
  }

  /** Applies the shared choices to a renderer's builder. */
  <B extends RendererBuilder<B>> B apply(B builder, CommandLine cl) {
    builder.audience(audience()).teaching(teaching).view(view);
    if (asOf != null) {
      builder.asOf(asOf);
    }
    if (terminology != null) {
      builder.terminology(terminology(cl));
    }
    if (marking != null) {
      if (marking.equalsIgnoreCase("none")) {
        builder.noMarking();
      } else if (marking.isBlank()) {
        throw new CommandLine.ParameterException(cl, "--marking: give the text, or none");
      } else {
        builder.marking(marking);
      }
    }
    return builder;
  }

  private Terminology terminology(CommandLine cl) {
    Path file = Path.of(terminology);
    try {
      return Files.isRegularFile(file) ? Terminology.load(file) : Terminology.named(terminology);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cl, "--terminology: " + e.getMessage());
    } catch (IOException e) {
      throw new CommandLine.ParameterException(cl, "--terminology " + terminology + ": "
          + Problems.describe(e));
    }
  }

  /** The files these choices read, if any: a terminology file. */
  Optional<Path> inputs() {
    return Optional.ofNullable(terminology).map(Path::of).filter(Files::isRegularFile);
  }

  /** Checks choices that only fit one format. */
  void check(CommandLine cl) {
    if (fragment && to != Format.HTML) {
      throw new CommandLine.ParameterException(cl, "--fragment works with --to html only");
    }
    if (archival && to != Format.PDF) {
      throw new CommandLine.ParameterException(cl, "--archival works with --to pdf only");
    }
    if (!fonts.isEmpty() && to != Format.PDF) {
      throw new CommandLine.ParameterException(cl, "--font works with --to pdf only");
    }
    if (asOf != null && view != View.SUPERVISION) {
      throw new CommandLine.ParameterException(cl, "--as-of works with --view supervision only");
    }
  }

  MarkdownRenderer markdown(CommandLine cl) {
    return apply(MarkdownRenderer.builder(), cl).build();
  }

  HtmlRenderer html(CommandLine cl) {
    return apply(HtmlRenderer.builder(), cl).fragment(fragment).build();
  }

  /**
   * The PDF renderer, with the added fonts, printing each warning (such as characters no font
   * has) to standard error.
   */
  PdfRenderer pdf(CommandLine cl) {
    PdfRenderer.Builder builder = apply(PdfRenderer.builder(), cl).archival(archival)
        .warnings(w -> cl.getErr().println("Warning: " + w));
    for (Path font : fontFiles(cl)) {
      try {
        builder.font(font);
      } catch (IllegalArgumentException | UncheckedIOException e) {
        throw new CommandLine.ParameterException(cl, "--font " + font + ": " + e.getMessage());
      }
    }
    return PdfRenderers.build(builder, cl);
  }

  /** The Word renderer: large print for the family, as the PDF. */
  DocxRenderer docx(CommandLine cl) {
    return apply(DocxRenderer.builder(), cl).build();
  }

  /**
   * The Braille renderer, in contracted UEB, printing each warning (such as writing braille has
   * no signs for) to standard error.
   */
  BrailleRenderer braille(CommandLine cl) {
    return apply(BrailleRenderer.builder(), cl)
        .warnings(w -> cl.getErr().println("Warning: " + w)).build();
  }

  /** The files --font names: each file as given, and each folder's fonts in name order. */
  private List<Path> fontFiles(CommandLine cl) {
    List<Path> files = new ArrayList<>();
    for (Path font : fonts) {
      if (!Files.isDirectory(font)) {
        files.add(font);
        continue;
      }
      try (Stream<Path> in = Files.list(font)) {
        in.filter(p -> {
          String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
          return Files.isRegularFile(p) && (name.endsWith(".ttf") || name.endsWith(".otf"));
        }).sorted().forEach(files::add);
      } catch (IOException e) {
        throw new CommandLine.ParameterException(cl, "--font " + font
            + ": the folder cannot be read: " + e.getMessage());
      }
    }
    return files;
  }

  /**
   * The renderer these choices describe, giving the bytes of a file in any format: text formats
   * as UTF-8. Built once and shared by every file and thread: a PDF renderer's fonts and styles
   * are prepared once. With an earlier version, each document also says what changed since it.
   */
  Function<Formulation, byte[]> renderer(CommandLine cl, Optional<Formulation> previous) {
    switch (to) {
      case PDF:
        PdfRenderer pdf = pdf(cl);
        return previous.<Function<Formulation, byte[]>>map(p -> f -> pdf.renderSince(p, f))
            .orElse(pdf::render);
      case DOCX:
        DocxRenderer docx = docx(cl);
        return previous.<Function<Formulation, byte[]>>map(p -> f -> docx.renderSince(p, f))
            .orElse(docx::render);
      case HTML:
        return utf8(html(cl), previous);
      case BRF:
        // Braille ASCII is ASCII, so UTF-8 gives the same bytes.
        return utf8(braille(cl), previous);
      default:
        return utf8(markdown(cl), previous);
    }
  }

  private static Function<Formulation, byte[]> utf8(Renderer renderer,
      Optional<Formulation> previous) {
    return f -> previous.map(p -> renderer.renderSince(p, f)).orElseGet(() -> renderer.render(f))
        .getBytes(StandardCharsets.UTF_8);
  }

  /** A blank worksheet in the chosen format, as the bytes of a file; text formats as UTF-8. */
  byte[] blank(CommandLine cl) {
    switch (to) {
      case PDF:
        return pdf(cl).renderBlank();
      case DOCX:
        return docx(cl).renderBlank();
      case HTML:
        return html(cl).renderBlank().getBytes(StandardCharsets.UTF_8);
      case BRF:
        return braille(cl).renderBlank().getBytes(StandardCharsets.UTF_8);
      default:
        return markdown(cl).renderBlank().getBytes(StandardCharsets.UTF_8);
    }
  }

  /**
   * The output file name for an input: its name with the audience, the view and the format's
   * ending, such as {@code family-supervision.pdf}.
   */
  String outputName(Path input) {
    String stem = InputFiles.stem(input);
    return outputName(view == View.FULL ? stem
        : stem + "-" + view.name().toLowerCase(java.util.Locale.ROOT), audience(), to);
  }

  /**
   * The file name of a document: {@code family.html} for practitioners, {@code
   * family-family.html} for the family.
   */
  static String outputName(String stem, Audience audience, Format format) {
    return stem + (audience == Audience.FAMILY ? "-family" : "") + "." + format.extension;
  }
}

package io.github.sixps.formulation.render.fop;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The font files the shipped PDF renderer embeds (formulation-pdf's bundled Noto faces and
 * DejaVu Sans from jasperreports-fonts, read from the class path), registered with FOP under
 * their family names, subset when embedded and kerned. FOP reads fonts from URIs, so the files
 * are copied once per JVM into a folder of their own.
 */
final class FopFonts {
  private static final String NOTO = "io/github/sixps/formulation/render/pdf/fonts/";
  private static final String DEJAVU = "net/sf/jasperreports/fonts/dejavu/";

  /** One face: the file on the class path, its family, and whether bold and italic. */
  private record Face(String resource, String family, boolean bold, boolean italic) {}

  private static final List<Face> FACES = List.of(
      new Face(NOTO + "NotoSans-Regular.ttf", "Noto Sans", false, false),
      new Face(NOTO + "NotoSans-Bold.ttf", "Noto Sans", true, false),
      new Face(NOTO + "NotoSans-Italic.ttf", "Noto Sans", false, true),
      new Face(NOTO + "NotoSans-BoldItalic.ttf", "Noto Sans", true, true),
      new Face(NOTO + "NotoNaskhArabic-Regular.ttf", "Noto Naskh Arabic", false, false),
      new Face(NOTO + "NotoNaskhArabic-Bold.ttf", "Noto Naskh Arabic", true, false),
      new Face(NOTO + "NotoSansHebrew-Regular.ttf", "Noto Sans Hebrew", false, false),
      new Face(NOTO + "NotoSansHebrew-Bold.ttf", "Noto Sans Hebrew", true, false),
      new Face(NOTO + "NotoSansBengali-Regular.ttf", "Noto Sans Bengali", false, false),
      new Face(NOTO + "NotoSansBengali-Bold.ttf", "Noto Sans Bengali", true, false),
      new Face(NOTO + "NotoSansGurmukhi-Regular.ttf", "Noto Sans Gurmukhi", false, false),
      new Face(NOTO + "NotoSansGurmukhi-Bold.ttf", "Noto Sans Gurmukhi", true, false),
      new Face(NOTO + "NotoSansDevanagari-Regular.ttf", "Noto Sans Devanagari", false, false),
      new Face(NOTO + "NotoSansDevanagari-Bold.ttf", "Noto Sans Devanagari", true, false),
      new Face(NOTO + "NotoSansGujarati-Regular.ttf", "Noto Sans Gujarati", false, false),
      new Face(NOTO + "NotoSansGujarati-Bold.ttf", "Noto Sans Gujarati", true, false),
      new Face(NOTO + "NotoSansTamil-Regular.ttf", "Noto Sans Tamil", false, false),
      new Face(NOTO + "NotoSansTamil-Bold.ttf", "Noto Sans Tamil", true, false),
      new Face(NOTO + "NotoSansEthiopic-Regular.ttf", "Noto Sans Ethiopic", false, false),
      new Face(NOTO + "NotoSansEthiopic-Bold.ttf", "Noto Sans Ethiopic", true, false),
      new Face(NOTO + "NotoSansThai-Regular.ttf", "Noto Sans Thai", false, false),
      new Face(NOTO + "NotoSansThai-Bold.ttf", "Noto Sans Thai", true, false),
      new Face(NOTO + "DroidSansFallback.ttf", "Droid Sans Fallback", false, false),
      new Face(NOTO + "NotoEmoji-Regular.ttf", "Noto Emoji", false, false),
      new Face(DEJAVU + "DejaVuSans.ttf", "DejaVu Sans", false, false),
      new Face(DEJAVU + "DejaVuSans-Bold.ttf", "DejaVu Sans", true, false),
      new Face(DEJAVU + "DejaVuSans-Oblique.ttf", "DejaVu Sans", false, true),
      new Face(DEJAVU + "DejaVuSans-BoldOblique.ttf", "DejaVu Sans", true, true));

  /** The families in the order the text falls back through them, as the shipped engine's. */
  static final String FAMILIES = String.join(", ", FACES.stream().map(Face::family)
      .distinct().toList());

  private static final Path FOLDER = copy();

  private FopFonts() {}

  /** {@return the folder the font files were copied to, the base of FOP's configuration} */
  static Path folder() {
    return FOLDER;
  }

  /**
   * {@return the {@code fonts} element of FOP's PDF renderer configuration}
   *
   * @param whole whether to embed each font whole: FOP numbers a subset's glyphs afresh, so
   *     only a whole font keeps the font's own glyph ids in the content streams, which the
   *     check against hb-shape reads
   */
  static String configuration(boolean whole) {
    StringBuilder fonts = new StringBuilder("<fonts>");
    for (Face face : FACES) {
      fonts.append("<font kerning=\"yes\" embedding-mode=\"")
          .append(whole ? "full" : "subset").append("\" embed-url=\"")
          .append(FOLDER.resolve(file(face)).toUri()).append("\"><font-triplet name=\"")
          .append(face.family()).append("\" style=\"").append(face.italic() ? "italic" : "normal")
          .append("\" weight=\"").append(face.bold() ? "bold" : "normal")
          .append("\"/></font>");
    }
    return fonts.append("</fonts>").toString();
  }

  private static String file(Face face) {
    return face.resource().substring(face.resource().lastIndexOf('/') + 1);
  }

  private static Path copy() {
    try {
      Path folder = Files.createTempDirectory("sixps-fop-fonts");
      folder.toFile().deleteOnExit();
      for (Face face : FACES) {
        try (InputStream in = FopFonts.class.getClassLoader()
            .getResourceAsStream(face.resource())) {
          if (in == null) {
            throw new IllegalStateException("font " + face.resource()
                + " is not on the class path (formulation-pdf and jasperreports-fonts)");
          }
          Path file = folder.resolve(file(face));
          Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
          file.toFile().deleteOnExit();
        }
      }
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package io.github.sixps.formulation.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.sixps.formulation.render.testing.UserText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import java.awt.geom.Rectangle2D;
import java.text.Normalizer;
import org.verapdf.core.EncryptedPdfException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Checks on rendered PDFs: conformance by veraPDF, text, fonts and pages by PDFBox. */
final class PdfChecks {
  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private PdfChecks() {}

  /** The failed rules of a veraPDF validation against one flavour, one line each; none is good. */
  static List<String> failures(byte[] pdf, PDFAFlavour flavour) {
    try (PDFAParser parser = Foundries.defaultInstance()
            .createParser(new ByteArrayInputStream(pdf), flavour);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
      ValidationResult result = validator.validate(parser);
      Set<String> failed = new TreeSet<>();
      for (TestAssertion a : result.getTestAssertions()) {
        if (a.getStatus() == TestAssertion.Status.FAILED) {
          failed.add(a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": "
              + a.getMessage());
        }
      }
      if (!result.isCompliant() && failed.isEmpty()) {
        failed.add("not compliant, with no failed assertion reported");
      }
      return new ArrayList<>(failed);
    } catch (ModelParsingException | EncryptedPdfException | ValidationException e) {
      throw new AssertionError("veraPDF could not read the PDF", e);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static void assertConforms(byte[] pdf, PDFAFlavour flavour, String what) {
    List<String> failed = failures(pdf, flavour);
    if (!failed.isEmpty()) {
      fail(what + " fails " + flavour + ":\n  " + String.join("\n  ", failed));
    }
  }

  /** The top of the body, below the running header, in points from the top of the page. */
  static final float BODY_TOP = 22 / 25.4f * 72;
  /** The foot of the body, above the running footer, in points from the top of an A4 page. */
  static final float BODY_BOTTOM = 842 - 20 / 25.4f * 72;

  /**
   * The top and foot of the body of a document's pages, in points from the top of the page.
   * The family's large print (and a worksheet's sheet) has narrower margins than {@link
   * #BODY_TOP} and {@link #BODY_BOTTOM} say, so that page 1 holds more: told apart by where
   * page 1's running header is drawn, higher up in the narrower margin.
   */
  static float[] body(PDDocument pdf) throws IOException {
    float[] header = {Float.MAX_VALUE};
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> at) {
        for (org.apache.pdfbox.text.TextPosition t : at) {
          header[0] = Math.min(header[0], t.getYDirAdj());
        }
      }
    };
    stripper.setStartPage(1);
    stripper.setEndPage(1);
    stripper.getText(pdf);
    float height = pdf.getPage(0).getMediaBox().getHeight();
    boolean narrow = header[0] < 42;
    return new float[] {narrow ? 16 / 25.4f * 72 : BODY_TOP,
        height - (narrow ? 13 : 20) / 25.4f * 72};
  }

  /**
   * The text of every page's body, without the running header and footer (which would break a
   * paragraph that runs on to the next page), folded as {@link #fold} folds.
   */
  static String text(PDDocument pdf) throws IOException {
    StringBuilder all = new StringBuilder();
    PDFTextStripperByArea stripper = new PDFTextStripperByArea();
    stripper.setSortByPosition(false);
    float[] body = body(pdf);
    stripper.addRegion("body", new Rectangle2D.Float(0, body[0], 600, body[1] - body[0]));
    for (PDPage page : pdf.getPages()) {
      stripper.extractRegions(page);
      all.append(stripper.getTextForRegion("body")).append('\n');
    }
    return fold(all.toString());
  }

  /**
   * Folds extracted text so that line breaks do not matter: a hyphen at the end of a line goes
   * when the layout put it there, and all white space becomes nothing, since a line break in
   * the PDF can fall where the source had no space (a long word broken) or a space.
   */
  static String fold(String text) {
    // NFKC undoes the font's ligatures (U+FB01 for "fi").
    return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
  }

  static void assertContainsAll(byte[] bytes, List<String> texts, String what) {
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      String all = text(pdf);
      List<String> missing = new ArrayList<>();
      for (String t : texts) {
        String folded = fold(UserText.fold(t));
        if (!all.contains(folded) && !all.contains(folded.replace("-", ""))
            && !inOrderAcrossABreak(all, UserText.fold(t))) {
          missing.add(t);
        }
      }
      assertTrue(missing.isEmpty(), what + " is missing " + missing.size() + " of "
          + texts.size() + " statements, first: " + (missing.isEmpty() ? "" : missing.get(0)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether a statement is there in at most three long pieces, in order, with only a short run
   * of other text between them: what a table row split over two pages looks like, with the next
   * page's running header, repeated table header and the row's other cells between its halves.
   */
  static boolean inOrderAcrossABreak(String all, String statement) {
    String rest = fold(statement);
    int at = -1;
    for (int piece = 0; piece < 3 && !rest.isEmpty(); piece++) {
      int length = rest.length();
      int found = -1;
      // The longest beginning of what is left that the text holds in the allowed place.
      for (; length >= Math.min(12, rest.length()); length--) {
        found = at < 0 ? all.indexOf(rest.substring(0, length))
            : all.indexOf(rest.substring(0, length), at);
        if (found >= 0 && (at < 0 || found - at <= 2000)) {
          break;
        }
        found = -1;
      }
      if (found < 0) {
        return false;
      }
      at = found + length;
      rest = rest.substring(length);
    }
    return rest.isEmpty();
  }

  /** Asserts that every font on every page, pictures included, is embedded. */
  static void assertFontsEmbedded(byte[] bytes) {
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      List<String> notEmbedded = new ArrayList<>();
      int fonts = 0;
      for (PDPage page : pdf.getPages()) {
        fonts += fonts(page.getResources(), notEmbedded, 0);
      }
      assertTrue(fonts > 0, "no fonts found");
      assertEquals(List.of(), notEmbedded, "fonts not embedded");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int fonts(PDResources resources, List<String> notEmbedded, int depth)
      throws IOException {
    if (resources == null || depth > 8) {
      return 0;
    }
    int count = 0;
    for (COSName name : resources.getFontNames()) {
      PDFont font = resources.getFont(name);
      count++;
      if (!font.isEmbedded()) {
        notEmbedded.add(font.getName());
      }
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject x = resources.getXObject(name);
      if (x instanceof PDFormXObject form) {
        count += fonts(form.getResources(), notEmbedded, depth + 1);
      }
    }
    return count;
  }

  /**
   * Every glyph drawn as glyph 0 (the font's "missing" box), in any font, as "font: code" lines;
   * none is good.
   */
  static List<String> glyphZeros(byte[] bytes) {
    List<String> zeros = new ArrayList<>();
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void showGlyph(Matrix matrix, PDFont font, int code, Vector displacement)
            throws IOException {
          if (font instanceof PDType0Font t0 && t0.codeToGID(code) == 0) {
            zeros.add(font.getName() + ": " + code);
          }
          super.showGlyph(matrix, font, code, displacement);
        }
      };
      stripper.getText(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return zeros;
  }

  static int pages(byte[] bytes) {
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      return pdf.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

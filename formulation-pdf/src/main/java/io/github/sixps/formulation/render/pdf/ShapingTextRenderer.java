package io.github.sixps.formulation.render.pdf;

import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiTextRun;
import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.value.FontSpecification;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.TextRenderer;
import com.openhtmltopdf.outputdevice.helper.FontResolverHelper;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFastOutputDevice;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.pdfboxout.PdfContentStreamAdapter;
import com.openhtmltopdf.render.FSFont;
import com.openhtmltopdf.render.JustificationInfo;
import com.openhtmltopdf.extend.FontContext;
import io.github.sixps.formulation.render.pdf.internal.ShapedRun;
import io.github.sixps.formulation.render.pdf.internal.Shaper;
import java.awt.geom.AffineTransform;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Measures and draws text that needs shaping (see {@link Shaper#needed}), and every
 * right-to-left run, as the font's own rules shape it, where openhtmltopdf alone would set one
 * glyph per character. Other text it leaves to openhtmltopdf, unchanged.
 *
 * <p>The text is split into runs of one direction (the Unicode bidirectional algorithm) and
 * those into runs of one font (the first font that has the character, a mark or joiner staying
 * with its letter's font); each is shaped, and the runs are measured as the sum of their
 * advances and drawn left to right by glyph id. In the text layer each drawn string is a span
 * whose {@code /ActualText} is its text in reading order, so copying, searching and reading
 * aloud get the words as they were written, whatever order and ligatures the glyphs have.
 *
 * <p>One renderer serves one document (it keeps the shapes of the text it has measured, since
 * the layout measures the same words many times).
 */
final class ShapingTextRenderer extends PdfBoxTextRenderer {
  /** openhtmltopdf's slant for italic text in a face with no italic. */
  private static final float SLANT = 0.21256f;
  /** openhtmltopdf's stroke, as a share of the size, for bold text in a face with no bold. */
  private static final float EMBOLDEN = 0.04f;
  private static final float MEASURING_DELTA = 0.01f;

  private final PdfFonts.Lease lease;
  private final Map<Key, ShapedRun> shaped = new HashMap<>();
  private final GlyphText glyphText = new GlyphText();

  private record Key(FontFile file, String text, boolean rightToLeft) {}

  /** One run of one font and direction, shaped. */
  private record Piece(FontDescription description, Shaper shaper, ShapedRun run, String text,
      boolean rightToLeft) {}

  /** One run of text in one font, before shaping. */
  private record FontPiece(FontDescription description, FontFile file, String text) {}

  /**
   * Put before text in a right-to-left box that starts with a left-to-right letter ({@link
   * PdfPage}): the text is then one right-to-left paragraph, as the box is, not one ordered by
   * its first letter. Unicode's RIGHT-TO-LEFT MARK, so a copy of the text still means the same;
   * it is neither measured nor drawn.
   */
  static final char RIGHT_TO_LEFT_MARK = '\u200F';

  ShapingTextRenderer(PdfFonts.Lease lease) {
    this.lease = lease;
  }

  @Override
  public int getWidth(FontContext context, FSFont font, String string) {
    boolean marked = !string.isEmpty() && string.charAt(0) == RIGHT_TO_LEFT_MARK;
    String unmarked = marked ? string.substring(1) : string;
    String text = TextRenderer.getEffectivePrintableString(unmarked);
    Optional<List<Piece>> pieces = layout((PdfBoxFSFont) font, text, marked);
    if (pieces.isEmpty()) {
      return super.getWidth(context, font, unmarked);
    }
    float width = 0;
    for (Piece p : pieces.get()) {
      width += p.run().advance() / p.run().unitsPerEm() * font.getSize2D();
    }
    // Rounded as openhtmltopdf rounds its own measures.
    return width - Math.floor(width) < MEASURING_DELTA ? (int) width : (int) Math.ceil(width);
  }

  @Override
  public void drawString(OutputDevice device, String string, float x, float y) {
    drawString(device, string, x, y, null);
  }

  @Override
  public void drawString(OutputDevice outputDevice, String string, float x, float y,
      JustificationInfo info) {
    boolean reversed = !string.isEmpty() && string.charAt(0) == RightToLeftRuns.MARK;
    String unmarked = reversed ? string.substring(1) : string;
    boolean inRightToLeftBox = !unmarked.isEmpty() && unmarked.charAt(0) == RIGHT_TO_LEFT_MARK;
    if (inRightToLeftBox) {
      unmarked = unmarked.substring(1);
    }
    boolean rightToLeft = reversed || inRightToLeftBox;
    String text = TextRenderer.getEffectivePrintableString(unmarked);
    PdfBoxFastOutputDevice device = (PdfBoxFastOutputDevice) outputDevice;
    GlyphWriter writer = new GlyphWriter(device);
    PdfBoxFSFont font = writer.font();
    Optional<List<Piece>> pieces = layout(font, text, rightToLeft);
    if (pieces.isEmpty()) {
      // A character no font has (reported already): drawn as openhtmltopdf draws it, in the
      // order it is shown.
      super.drawString(device, reversed
          ? new StringBuilder(text).reverse().toString() : text, x, y, info);
      return;
    }
    draw(device, writer, font, pieces.get(), text, x, y, info);
  }

  private void draw(PdfBoxFastOutputDevice device, GlyphWriter writer, PdfBoxFSFont font,
      List<Piece> pieces, String text, float x, float y, JustificationInfo info) {
    PdfContentStreamAdapter page = device.getCurrentPage();
    float dotsPerPoint = 1 / device.getDeviceLength(1f);
    float pageHeight = device.normalizeY(0f);
    float size = font.getSize2D() / dotsPerPoint;
    FontSpecification spec = device.getFontSpecification();
    writer.fillColour();
    float offset = 0;
    for (Piece p : pieces) {
      // As openhtmltopdf places its own text: the device's transform, then the page turned so
      // that y grows upwards.
      AffineTransform at = new AffineTransform(writer.transform());
      at.translate(x + offset, y);
      AffineTransform m = new AffineTransform(1, 0, 0, -1, 0, pageHeight);
      m.concatenate(at);
      m.concatenate(AffineTransform.getScaleInstance(1, -1));
      m.scale(dotsPerPoint, dotsPerPoint);
      double[] mx = new double[6];
      m.getMatrix(mx);
      float b = (float) mx[1];
      float c = (float) mx[2];
      boolean embolden = spec != null
          && FontResolverHelper.convertWeightToInt(spec.fontWeight)
          > p.description().getWeight();
      if (spec != null && spec.fontStyle == IdentValue.ITALIC
          && p.description().getStyle() != IdentValue.ITALIC) {
        b = 0f;
        c = SLANT;
      }
      if (embolden) {
        page.setRenderingMode(RenderingMode.FILL_STROKE);
        page.setLineWidth(size * EMBOLDEN);
        writer.strokeColour();
      }
      PDFont pdf = p.description().getFont();
      // Left-to-right glyphs may stand in another order than the characters (a vowel sign
      // drawn before its letter) or for several at once (a conjunct): the span says which
      // characters they are, in reading order. A right-to-left run's glyphs each stand for one
      // letter (or a ligature the font maps to one character), in the order they are shown,
      // which is what text extraction (PDFBox's, poppler's) expects of right-to-left text, so
      // it is left to the font's character map.
      boolean actual = !p.rightToLeft() && Shaper.needed(p.text());
      if (actual) {
        writer.append("/Span <</ActualText " + hex(p.text()) + ">> BDC\n");
      }
      page.beginText();
      page.setFont(pdf, size);
      page.setTextMatrix((float) mx[0], b, c, (float) mx[3], (float) mx[4], (float) mx[5]);
      writer.append(showGlyphs(pdf, p, size));
      page.endText();
      if (actual) {
        page.endMarkedContent();
      }
      if (embolden) {
        page.setRenderingMode(RenderingMode.FILL);
        page.setLineWidth(1);
      }
      offset += p.run().advance() / p.run().unitsPerEm() * font.getSize2D();
      if (info != null) {
        int spaces = (int) p.text().codePoints().filter(PdfBoxTextRenderer::isJustificationSpace)
            .count();
        offset += spaces * info.getSpaceAdjust()
            + (p.text().codePointCount(0, p.text().length()) - spaces) * info.getNonSpaceAdjust();
      }
    }
  }

  /**
   * The operators that show a run's glyphs where the shaper put them: a {@code TJ} array of
   * glyph ids with the moves between them, and the text rise for marks set above or below the
   * line. Moves are in thousandths of an em, the unit of the widths the PDF gives each glyph.
   */
  private String showGlyphs(PDFont pdf, Piece piece, float size) {
    ShapedRun run = piece.run();
    float perEm = run.unitsPerEm();
    Set<Integer> glyphs = new HashSet<>();
    StringBuilder ops = new StringBuilder(run.size() * 12).append('[');
    float pen = 0;
    float rise = 0;
    for (int i = 0; i < run.size(); i++) {
      int glyph = run.glyph(i);
      glyphs.add(glyph);
      glyphText.drawn((PDType0Font) pdf, glyph, piece.text().codePointAt(run.cluster(i)),
          piece.rightToLeft());
      float wantedRise = run.y(i) / perEm * size;
      if (wantedRise != rise) {
        ops.append("] TJ ").append(number(wantedRise)).append(" Ts [");
        rise = wantedRise;
      }
      float at = run.x(i) * 1000 / perEm;
      if (Math.abs(at - pen) > 0.0005f) {
        ops.append(number(pen - at));
      }
      ops.append('<');
      for (byte code : ((PDType0Font) pdf).encodeGlyphId(glyph)) {
        ops.append(Character.forDigit((code >> 4) & 0xF, 16)).append(Character.forDigit(code & 0xF, 16));
      }
      ops.append('>');
      pen = at + Math.round(advance(piece, glyph) * 1000 / perEm);
    }
    ops.append("] TJ");
    if (rise != 0) {
      ops.append(" 0 Ts");
    }
    // The glyphs the shaper chose are kept in the subset; the characters too, so that each
    // glyph that stands for one character is mapped back to it.
    PDType0Font type0 = (PDType0Font) pdf;
    type0.addGlyphsToSubset(glyphs);
    piece.text().codePoints().forEach(type0::addToSubset);
    return ops.append('\n').toString();
  }

  /** Maps the glyphs drawn back to their text in the fonts; call it once, before saving. */
  void finish() {
    glyphText.apply();
  }

  private static float advance(Piece piece, int glyph) {
    return piece.shaper().advance(glyph);
  }

  /**
   * The text shaped, in runs left to right; empty when it needs no shaping (it has no
   * right-to-left run and nothing {@link Shaper#needed} judges complex), or when some character
   * is in none of the fonts, which openhtmltopdf then draws as its replacement.
   */
  private Optional<List<Piece>> layout(PdfBoxFSFont font, String text, boolean rightToLeft) {
    // Text not marked right to left runs the way its first letter does: a run the layout's
    // bidirectional step gave holds one direction only, and the margin boxes (the running
    // title, the page number), which skip that step, read as their own words do.
    if (text.isEmpty() || !rightToLeft && !Shaper.needed(text)) {
      return Optional.empty();
    }
    List<Piece> pieces = new ArrayList<>();
    for (BidiTextRun run : JdkBidiSplitter.visualRuns(text,
        rightToLeft ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT)) {
      boolean backwards = run.getDirection() == BidiSplitter.RTL;
      Optional<List<FontPiece>> fonts = fontPieces(font,
          text.substring(run.getStart(), run.getStart() + run.getLength()));
      if (fonts.isEmpty()) {
        return Optional.empty();
      }
      List<FontPiece> inOrder = new ArrayList<>(fonts.get());
      if (backwards) {
        Collections.reverse(inOrder);
      }
      for (FontPiece f : inOrder) {
        ShapedRun shape = shaped.computeIfAbsent(new Key(f.file(), f.text(), backwards),
            k -> k.file().shaper().shape(k.text(), k.rightToLeft()));
        pieces.add(new Piece(f.description(), f.file().shaper(), shape, f.text(), backwards));
      }
    }
    return Optional.of(pieces);
  }

  /**
   * The text in runs of one font each, in reading order: each character in the first of the
   * font's faces that has it, except that a mark, a joiner or other format character stays in
   * the face of the letter before it when that face has it, so that a cluster is shaped whole.
   * Empty when some character is in none of them.
   */
  private Optional<List<FontPiece>> fontPieces(PdfBoxFSFont font, String text) {
    List<FontDescription> faces = font.getFontDescriptions();
    List<FontPiece> pieces = new ArrayList<>();
    FontDescription current = null;
    FontFile currentFile = null;
    int start = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      FontDescription chosen = null;
      FontFile chosenFile = null;
      if (currentFile != null && staysWithLetter(c) && currentFile.covers(c)) {
        chosen = current;
        chosenFile = currentFile;
      } else {
        for (FontDescription face : faces) {
          Optional<FontFile> file = lease.fileFor(face.getFamily(), face.getWeight(),
              face.getStyle());
          if (file.isPresent() && file.get().covers(c)) {
            chosen = face;
            chosenFile = file.get();
            break;
          }
        }
      }
      if (chosen == null) {
        return Optional.empty();
      }
      if (chosenFile != currentFile) {
        if (currentFile != null) {
          pieces.add(new FontPiece(current, currentFile, text.substring(start, i)));
        }
        current = chosen;
        currentFile = chosenFile;
        start = i;
      }
      i += Character.charCount(c);
    }
    if (currentFile != null) {
      pieces.add(new FontPiece(current, currentFile, text.substring(start)));
    }
    return Optional.of(pieces);
  }

  private static boolean staysWithLetter(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK || type == Character.FORMAT;
  }

  /** A PDF text string in hexadecimal: UTF-16 with its byte order mark. */
  static String hex(String text) {
    StringBuilder s = new StringBuilder(text.length() * 4 + 6).append("<FEFF");
    for (int i = 0; i < text.length(); i++) {
      s.append(String.format("%04X", (int) text.charAt(i)));
    }
    return s.append('>').toString();
  }

  /** A number as a PDF writes it: no exponent, at most three decimals. */
  static String number(float value) {
    long thousandths = Math.round((double) value * 1000);
    StringBuilder s = new StringBuilder();
    if (thousandths < 0) {
      s.append('-');
      thousandths = -thousandths;
    }
    s.append(thousandths / 1000);
    long fraction = thousandths % 1000;
    if (fraction != 0) {
      String digits = String.format("%03d", fraction).replaceAll("0+$", "");
      s.append('.').append(digits);
    }
    return s.toString();
  }
}

package io.github.sixps.formulation.render.pdf;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Finds, before the layout, every character of the page that no font of the PDF has a glyph
 * for, so that none is lost without a word. Invisible formatting characters no font has (a
 * zero-width joiner, a variation selector, a direction mark) show nothing anyway and are taken
 * out of the page instead: the layout engine would otherwise draw them as placeholders.
 */
final class GlyphCheck {
  private static final String SVG = "http://www.w3.org/2000/svg";
  private static final String OUTSIDE = "document";

  private GlyphCheck() {}

  /** The warnings for {@code page}, one per section with missing glyphs, in page order. */
  static ImmutableList<PdfWarning> check(org.w3c.dom.Document page, PdfFonts fonts) {
    Map<String, StringBuilder> missing = new LinkedHashMap<>();
    walk(page.getDocumentElement(), OUTSIDE, fonts, missing);
    ImmutableList.Builder<PdfWarning> warnings = ImmutableList.builder();
    missing.forEach((where, chars) ->
        warnings.add(PdfWarning.missingGlyphs(where, chars.toString())));
    return warnings.build();
  }

  private static void walk(Node node, String where, PdfFonts fonts,
      Map<String, StringBuilder> missing) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        // Pictures are drawn with the machine's fonts, and their words are the renderer's
        // own; the style sheet is no text.
        if (SVG.equals(e.getNamespaceURI()) || "style".equals(e.getLocalName())
            || "head".equals(e.getLocalName())) {
          continue;
        }
        String here = where;
        if ("section".equals(e.getLocalName()) && !e.getAttribute("id").isEmpty()) {
          here = e.getAttribute("id").replaceFirst("^sixps-", "");
        }
        walk(e, here, fonts, missing);
      } else if (n.getNodeType() == Node.TEXT_NODE) {
        n.setNodeValue(text(n.getNodeValue(), where, fonts, missing));
      }
    }
  }

  private static String text(String text, String where, PdfFonts fonts,
      Map<String, StringBuilder> missing) {
    StringBuilder kept = null;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int next = i + Character.charCount(c);
      if (!Character.isWhitespace(c) && !fonts.covers(c)) {
        if (isInvisible(c)) {
          if (kept == null) {
            kept = new StringBuilder(text.length()).append(text, 0, i);
          }
          i = next;
          continue;
        }
        StringBuilder chars = missing.computeIfAbsent(where, k -> new StringBuilder());
        if (chars.indexOf(new String(Character.toChars(c))) < 0) {
          chars.appendCodePoint(c);
        }
      }
      if (kept != null) {
        kept.append(text, i, next);
      }
      i = next;
    }
    return kept == null ? text : kept.toString();
  }

  /** Characters that show nothing: formatting characters and variation selectors. */
  static boolean isInvisible(int c) {
    return Character.getType(c) == Character.FORMAT || c >= 0xFE00 && c <= 0xFE0F
        || c >= 0xE0100 && c <= 0xE01EF || c == 0x034F || c == 0x00AD;
  }
}

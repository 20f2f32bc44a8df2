package io.github.sixps.formulation.render.pdf;

import com.openhtmltopdf.bidi.BidiSplitter;
import io.github.sixps.formulation.render.html.internal.PageNumberCss;
import java.util.Locale;
import java.util.Optional;

/**
 * The stylesheet the PDF adds after the HTML page's own. The page's print styles already keep
 * table rows, list items, figures and short blocks whole; this adds what only the PDF layout
 * needs: the embedded font everywhere (so nothing falls back to a font the PDF would not embed),
 * the running header and footer, large print of at least 16pt for families, and plain layouts in
 * place of CSS the layout engine does not know (grid).
 */
final class PrintCss {
  private static final String SCOPE = ".sixps-article";
  /** Long titles are cut in the running header; the full title is on the first page. */
  private static final int HEADER_TITLE_LENGTH = 70;

  private PrintCss() {}

  /** As {@link #shared(PdfFonts, boolean, Optional, String)}, with the English page number. */
  static String shared(PdfFonts fonts, boolean largePrint, Optional<String> marking) {
    return shared(fonts, largePrint, marking, "Page {page} of {pages}", false);
  }

  /**
   * The part that is the same for every document of a renderer.
   *
   * @param fonts the embedded fonts, whose families are tried in order for each character
   * @param largePrint the family audience's large print
   * @param marking the protective marking, shown at the top of every page, and at the foot too
   *     but for the family's large print
   * @param pageNumber the words of the page number, such as "Page {page} of {pages}"
   * @param rightToLeftPage whether the pages run right to left
   */
  static String shared(PdfFonts fonts, boolean largePrint, Optional<String> marking,
      String pageNumber, boolean rightToLeftPage) {
    String font = "font-family: " + fonts.cssFamilies();
    StringBuilder css = new StringBuilder();
    css.append("html, body, ").append(SCOPE).append(", ").append(SCOPE).append(" * { ")
        .append(font).append(" !important; }\n");
    String marginFont = font + "; font-size: " + (largePrint ? "11pt" : "8pt")
        + "; color: #1a1a1a";
    css.append("* { ").append(font).append(" !important; }\n");
    // Large print has narrower margins: longer lines and more of them, so fewer pages at the
    // same size, and room on page 1 for all a parent may read (DocumentBuilder's order).
    css.append("@page { size: A4; margin: ").append(largePrint ? "16mm 14mm 13mm" : "22mm 18mm 20mm")
        .append("; ").append(font).append(";\n");
    // The HTML page's own margin boxes are replaced, not added to.
    css.append("  @top-center { content: none; }\n");
    css.append("  @bottom-right { content: none; }\n");
    marking.ifPresent(m -> {
      String content = "content: " + string(m) + "; " + marginFont + "; font-weight: 700";
      css.append("  @top-right { ").append(content).append("; text-align: right;"
          + " vertical-align: bottom; padding-bottom: 3mm; }\n");
      // A family reads the marking once a page, at the top; a record is marked top and foot.
      if (!largePrint) {
        css.append("  @bottom-left { ").append(content).append("; text-align: left;"
            + " vertical-align: top; padding-top: 3mm; }\n");
      }
    });
    // The layout engine places a margin box's parts (words, counters) as separate runs, right
    // to left on a right-to-left page: words that run left to right there ("Page 2 of 4", from
    // a right-to-left terminology without words of its own for it) are given last first, so
    // that they come out in their own order rather than "4 of 2Page". Its spaces do not
    // break, since the engine drops a space at either end of a part as if it ended the line.
    css.append("  @bottom-center { content: ").append(PageNumberCss.content(pageNumber,
        words -> part(words.replace(' ', '\u00a0')), rightToLeftPage && !rightToLeft(pageNumber)))
        .append("; ")
        .append(marginFont).append("; vertical-align: top; padding-top: 3mm; }\n");
    css.append("}\n");

    rule(css, "", "max-width: none; margin: 0; padding: 0; color: #000000; font-size: "
        + (largePrint ? "16pt" : "10.5pt") + "; line-height: " + (largePrint ? "1.25" : "1.4"));
    // No CSS grid in the layout engine: a floated name column does the same for the facts.
    rule(css, ".sixps-facts", "display: block; margin: 0 0 1em");
    rule(css, ".sixps-facts dt", "float: left; clear: left; width: "
        + (largePrint ? "9em" : "11em") + "; margin: 0 0 0.2em");
    rule(css, ".sixps-facts dd", "margin: 0 0 0.2em " + (largePrint ? "9em" : "11em"));
    rule(css, ".sixps-facts dd.sixps-fill", "height: 1.6em");
    rule(css, ".sixps-visually-hidden", "position: static; width: auto; height: 0;"
        + " overflow: hidden; margin: 0; padding: 0");
    // The layout engine gives an element its own structure element, with /Lang from its lang
    // attribute, only when it lays it out as a block: a run of words in another language (a
    // child's words in Urdu) is an inline block so that the PDF marks its language as the HTML
    // does. Most such runs follow a label on the same line, as before; a long one starts below.
    rule(css, "span[lang]", "display: inline-block");
    rule(css, "h2", "margin-top: 1.1em; padding-top: 0.35em; page-break-after: avoid");
    rule(css, "h3, h4, h5, h6", "page-break-after: avoid");
    // A heading needs room for some of what it heads below it, or it starts the next page: the
    // layout engine keeps a heading with a paragraph or list that follows, not with a table.
    // (The family's handout has no tables, and its page 1 must not lose the child's words.)
    if (!largePrint) {
      rule(css, "h2, h3, h4", "-fs-page-break-min-height: 5cm");
    }
    rule(css, "tr, th, td, li, .sixps-teaching, .sixps-banner, .sixps-writing, figcaption",
        "page-break-inside: avoid");
    // A picture is never split anyway; its text may follow on the next page.
    rule(css, "figure", "page-break-inside: auto");
    // The family tree's sentences run long in a big family: kept whole, they left a page
    // empty before the picture; they follow it a line at a time instead.
    rule(css, "#sixps-genogram figcaption", "page-break-inside: auto");
    rule(css, "thead", "display: table-header-group");
    // Column widths come from PdfPage, on the header cells; a fixed layout keeps to them, and
    // a long unbroken word wraps inside its cell instead of widening the table off the page.
    rule(css, "table", "-fs-table-paginate: paginate; width: 100%; table-layout: fixed");
    // Long words, addresses and ids wrap at the edge of their box, as a browser wraps them,
    // instead of running off the page: in every block, table cell and heading.
    rule(css, "", "word-wrap: break-word");
    rule(css, "h1, h2, h3, h4, h5, h6, p, li, td, th, dd, dt, caption, span, strong",
        "word-wrap: break-word");
    rule(css, ".sixps-figure svg", "display: block; margin: 0 auto");
    // The closing footer ("Made with SixPs" and the marking) is left out of the PDF: the marking
    // is in every page's margins and SixPs is the PDF's creator, and on its own the footer
    // could spill onto a last page that held nothing else.
    rule(css, ".sixps-footer", "display: none");
    // The 6Ps picture's words are its description in the PDF's structure, for screen readers;
    // printed, they would say again what the sections after it say.
    rule(css, ".sixps-diagram + figcaption", "display: none");
    // Every page's margin carries the marking, so the page's own copy under it is left out.
    rule(css, ".sixps-header .sixps-marking", "display: none");
    if (largePrint) {
      // Every line a family reads is at least 16pt: nothing is set smaller than the body.
      rule(css, "table, .sixps-details, .sixps-figure figcaption, .sixps-writing-label,"
          + " .sixps-teaching-label, .sixps-tag, .sixps-footer, .sixps-marking",
          "font-size: 1em");
      handout(css);
    }
    return css.toString();
  }

  /**
   * The family's handout: large print that still fits a handful of pages. The print stays at
   * 16pt; what goes is space that holds nothing (the screen's generous gaps between entries and
   * around headings) and what is said twice.
   */
  private static void handout(StringBuilder css) {
    rule(css, "p, ul, ol, dl, table, figure, aside", "margin: 0 0 0.4em");
    rule(css, ".sixps-header", "margin: 0 0 0.8em");
    // The title is the largest print on the page, yet on one line where it can be: a second
    // line would take the room of the last thing page 1 holds.
    rule(css, "h1", "font-size: 1.4em; margin: 0 0 0.3em");
    rule(css, "h2", "font-size: 1.35em; margin: 0.6em 0 0.25em; padding-top: 0.25em");
    rule(css, "h3", "font-size: 1.15em; margin: 0.6em 0 0.2em");
    rule(css, ".sixps-entries", "margin: 0 0 0.4em");
    rule(css, ".sixps-entries > li", "padding: 0.1em 0");
    // A picture's words may run on to the next page, one whole line at a time, rather than
    // leave most of a page empty under the picture.
    rule(css, "figure, figcaption", "page-break-inside: auto; break-inside: auto");
    rule(css, ".sixps-details", "margin: 0.1em 0 0");
    rule(css, ".sixps-details > li", "margin: 0");
    rule(css, "li + li", "margin-top: 0");
    rule(css, ".sixps-figure", "margin: 0.3em 0 0.5em");
    // The diagram's words say again what the sections after it say. The chart is the other
    // way round: its key is too small to be large print, and its words under it give every
    // score in large print, so the printed handout keeps the words and leaves out the chart.
    rule(css, ".sixps-diagram + figcaption, #sixps-reviews .sixps-figure svg", "display: none");
    // Who said each thing stays under what we are worried about, where it matters most whose
    // worry it is; under the factors it goes from the printed handout (the web page keeps it),
    // so that a large family's handout still fits ten pages.
    rule(css, "#sixps-predisposing .sixps-details, #sixps-precipitating .sixps-details,"
        + " #sixps-perpetuating .sixps-details, #sixps-protective .sixps-details",
        "display: none");
  }

  /**
   * Tighter spacing for the supervision summary: smaller headings and gaps, and text of 11pt,
   * page furniture included, for practitioners. Large print stays large.
   */
  static String compact(boolean largePrint) {
    StringBuilder css = new StringBuilder();
    if (!largePrint) {
      // Nothing under 11pt, page furniture included: a manager reads it at a glance.
      rule(css, "", "font-size: 11pt; line-height: 1.3");
      rule(css, "table, .sixps-details, .sixps-tag, .sixps-marking", "font-size: 1em");
      css.append("@page { @top-right { font-size: 11pt; } @bottom-left { font-size: 11pt; }"
          + " @bottom-center { font-size: 11pt; } }\n");
    }
    rule(css, "h1", "font-size: 1.6em; margin: 0 0 0.4em");
    rule(css, "h2", "font-size: 1.3em; margin: 0.7em 0 0.3em; padding-top: 0.2em");
    rule(css, "h3", "font-size: 1.1em; margin: 0.5em 0 0.2em");
    rule(css, "p", "margin: 0 0 0.5em");
    rule(css, ".sixps-figure", "margin: 0.4em 0");
    rule(css, ".sixps-marking", "margin: 0 0 0.6em");
    rule(css, ".sixps-entries > li", "padding: 0.2em 0");
    rule(css, ".sixps-entries", "margin: 0 0 0.3em");
    // The chart's words are its alternative text in the PDF's structure, which screen readers
    // read; printed, the chart and its key say the same, so the summary stays short.
    rule(css, ".sixps-figure figcaption", "display: none");
    return css.toString();
  }

  /**
   * The blank worksheet: each sheet on one A4 page turned sideways, the six boxes three by two
   * and the three houses side by side with the hypothesis under them, every box with its
   * heading, question and lines inside its border. Floats stand in for the web page's grid,
   * which the layout engine does not know.
   */
  static String worksheet(boolean largePrint) {
    StringBuilder css = new StringBuilder();
    css.append("@page { size: A4 landscape; margin: 16mm 14mm 14mm; }\n");
    rule(css, "h1", "font-size: " + (largePrint ? "1.3em" : "1.5em") + "; margin: 0 0 0.2em");
    rule(css, ".sixps-header", "margin: 0");
    // The facts, with lines to fill in, on one row under the title.
    // (A block of its own, which holds its floats, so the heading below keeps clear of them.)
    rule(css, ".sixps-facts", "margin: 0 0 2mm; overflow: hidden");
    rule(css, ".sixps-facts dt", "float: left; clear: none; width: auto; margin: 0 2mm 0 0");
    rule(css, ".sixps-facts dd, .sixps-facts dd.sixps-fill", "float: left; width: "
        + (largePrint ? "50mm" : "60mm") + "; min-width: 0; min-height: 0; height: 1.2em; margin: 0 5mm 0 0;"
        + " border-bottom: 1px solid #767676");
    rule(css, "#sixps-worksheet-boxes, #sixps-worksheet-houses", "clear: both; display: block");
    rule(css, "#sixps-worksheet-boxes > h2, #sixps-worksheet-houses > h2", "font-size: 1.1em;"
        + " margin: 0 0 1mm; padding: 0; border-top: 0");
    rule(css, "#sixps-worksheet-houses", "page-break-before: always");
    // Three boxes a row, the same height, with gaps between them outside every border.
    String boxes = "#sixps-worksheet-boxes > .sixps-section,"
        + " #sixps-worksheet-houses > .sixps-section";
    // (The layout engine adds padding and borders to a width: the padding is on what is
    // inside, and three widths, two gaps and six borders come to less than the page.)
    rule(css, boxes, "float: left; width: 32%; margin: 0 1% 3mm 0; padding: 0 0 2mm;"
        + " border: 2px solid #1a1a1a; border-radius: 0; page-break-inside: avoid");
    rule(css, boxes.replace(".sixps-section", ".sixps-section > *"), "padding-left: 2.5mm;"
        + " padding-right: 2.5mm");
    rule(css, "#sixps-worksheet-boxes > .sixps-section", "min-height: "
        + (largePrint ? "66mm" : "76mm"));
    rule(css, "#sixps-worksheet-houses > .sixps-section", "min-height: "
        + (largePrint ? "97mm" : "93mm"));
    rule(css, "#sixps-worksheet-houses > #sixps-hypothesis", "min-height: 0");
    rule(css, "#sixps-precipitating, #sixps-plan, #sixps-house-needs-to-happen",
        "margin-right: 0");
    rule(css, "#sixps-perpetuating", "clear: left");
    rule(css, "#sixps-worksheet-houses > #sixps-hypothesis", "clear: left; width: 98%;"
        + " margin-right: 0");
    rule(css, "#sixps-worksheet-boxes h3, #sixps-worksheet-houses h3", "font-size: "
        + (largePrint ? "1em" : "1.1em") + "; margin: 0 0 0.5mm; padding-top: 1.5mm;"
        + " page-break-after: avoid");
    rule(css, "#sixps-worksheet-boxes p, #sixps-worksheet-houses p", "margin: 0");
    rule(css, "#sixps-worksheet-boxes .sixps-writing, #sixps-worksheet-houses .sixps-writing",
        "margin: 0");
    rule(css, "#sixps-worksheet-boxes .sixps-writing-label,"
        + " #sixps-worksheet-houses .sixps-writing-label", "height: 0; overflow: hidden;"
        + " margin: 0; font-size: 1em");
    rule(css, ".sixps-writing-line", "height: " + (largePrint ? "8mm" : "9mm"));
    // A house: a roof over its box.
    rule(css, "#sixps-worksheet-houses > .sixps-section", "margin-top: 15mm");
    rule(css, "#sixps-worksheet-houses > #sixps-hypothesis", "margin-top: 0");
    rule(css, "#sixps-worksheet-houses > .sixps-section::before", "content: \"\";"
        + " display: block; width: 0; height: 0; margin: -15mm 0 0 -2px;"
        + " border-left: 43.7mm solid #ffffff; border-right: 43.7mm solid #ffffff;"
        + " border-bottom: 15mm solid #4a4a4a");
    rule(css, "#sixps-worksheet-houses > #sixps-hypothesis::before", "content: none;"
        + " display: none");
    return css.toString();
  }

  /** The part that changes with each document: its title in the running header. */
  static String perDocument(PdfFonts fonts, String title, boolean largePrint) {
    String shown = title.strip();
    if (shown.codePointCount(0, shown.length()) > HEADER_TITLE_LENGTH) {
      int end = shown.offsetByCodePoints(0, HEADER_TITLE_LENGTH - 1);
      shown = shown.substring(0, end).stripTrailing() + "\u2026";
    }
    // The header is set without the layout's bidirectional step; the shaping text renderer
    // orders its right-to-left runs when it draws it.
    return "@page { @top-left { content: " + string(shown)
        + "; font-family: " + fonts.cssFamilies() + "; font-size: " + (largePrint ? "11pt" : "8pt")
        + "; color: #1a1a1a; vertical-align: bottom; padding-bottom: 3mm; text-align: left; } }\n";
  }

  /** Whether the text's first letter of a strong direction is a right-to-left one. */
  static boolean rightToLeft(String text) {
    return new JdkBidiSplitter().getBaseDirection(text) == BidiSplitter.RTL;
  }

  private static void rule(StringBuilder css, String selectors, String declarations) {
    boolean first = true;
    for (String selector : selectors.split(",")) {
      String s = selector.strip();
      css.append(first ? "" : ", ").append(SCOPE).append(s.isEmpty() ? "" : " " + s);
      first = false;
    }
    css.append(" { ").append(declarations).append("; }\n");
  }

  /**
   * A CSS string holding {@code text}: anything but ASCII letters, digits and spaces is a
   * hexadecimal escape ended by a space, so no text can end the string or the rule. The text is
   * {@link PdfText#clean cleaned} first, as all user text is.
   */
  /**
   * As {@link #string}, but keeping the spaces at either end, which a part of a longer text
   * needs: the words between a page's numbers, "Page " and " of ".
   */
  static String part(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && text.charAt(start) == ' ') {
      start++;
    }
    while (end > start && text.charAt(end - 1) == ' ') {
      end--;
    }
    String inner = string(text.substring(start, end));
    return "\"" + " ".repeat(start) + inner.substring(1, inner.length() - 1)
        + " ".repeat(text.length() - end) + "\"";
  }

  static String string(String text) {
    StringBuilder s = new StringBuilder("\"");
    PdfText.clean(text).codePoints().forEach(c -> {
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == ' ') {
        s.append((char) c);
      } else {
        // The space ends the escape and is swallowed by it, so a real space after it stays.
        s.append(String.format(Locale.ROOT, "\\%06x ", c));
      }
    });
    return s.append('"').toString();
  }
}

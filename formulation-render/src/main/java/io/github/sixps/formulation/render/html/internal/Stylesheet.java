package io.github.sixps.formulation.render.html.internal;

import io.github.sixps.formulation.render.internal.Words;

import java.util.Locale;
import java.util.Optional;

/**
 * The inline stylesheet. Every selector is written under {@value #SCOPE}, the class of the page's
 * body or the fragment's article, so a fragment cannot restyle the page it is embedded in. Only
 * the standalone page adds an {@code @page} rule, which cannot be scoped.
 *
 * <p>Colours keep text at a contrast of at least 4.5:1: body text {@code #1a1a1a}, quieter text
 * {@code #4a4a4a}, and the theme's accent, which {@code Theme} holds to 4.5:1 against white and
 * so is only ever used for text on white. Fonts are the reader's own system fonts: nothing is
 * fetched.
 */
final class Stylesheet {
  /** The class every selector is scoped under. */
  static final String SCOPE = ".sixps-article";

  private static final String FONTS = "system-ui, -apple-system, \"Segoe UI\", Roboto,"
      + " \"Helvetica Neue\", Arial, \"Noto Sans\", \"Liberation Sans\", sans-serif";
  private static final String TEXT = "#1a1a1a";
  private static final String QUIET = "#4a4a4a";
  private static final String BORDER = "#767676";
  private static final String HAIRLINE = "#c8c8c8";
  private static final String ZEBRA = "#f2f2f2";

  private final StringBuilder css = new StringBuilder();

  private Stylesheet() {}

  /**
   * The stylesheet for one accent colour.
   *
   * @param accent a {@code #rrggbb} colour, already checked by {@code Theme}
   * @param largePrint whether to use large print (20px text, looser spacing) for families
   * @param page whether this is a standalone page, which may set {@code @page}
   */
  static String build(String accent, boolean largePrint, boolean page) {
    Stylesheet s = new Stylesheet();
    s.screen(accent, largePrint);
    s.print(largePrint);
    if (page) {
      s.css.append("@page { size: A4; margin: 18mm 16mm; }\n");
    }
    return s.css.toString();
  }

  /**
   * The printed page's margins: the protective marking at the top and foot of every page, as
   * government guidance asks, and page numbers. Only for a standalone page; browsers that do
   * not print margin boxes still show the marking at the top and end of the document.
   */
  static String pageMargins(Optional<String> marking, Words words) {
    String font = "font-family: " + FONTS + "; font-size: 8pt; color: " + TEXT;
    StringBuilder css = new StringBuilder("@page {");
    marking.ifPresent(m -> {
      String content = "content: " + cssString(m) + "; " + font + "; font-weight: 700";
      css.append(" @top-center { ").append(content).append("; }");
      css.append(" @bottom-center { ").append(content).append("; }");
    });
    css.append(" @bottom-right { content: ").append(PageNumberCss.content(
        words.text("document.pageNumber"), Stylesheet::cssString)).append("; ")
        .append(font).append("; }");
    return css.append(" }\n").toString();
  }

  /**
   * A CSS string holding {@code text}. Anything but letters, digits and spaces is written as a
   * hexadecimal escape, so nothing in the text can end the string, the rule or the stylesheet;
   * control characters are dropped, as {@link HtmlWriter} drops them.
   */
  static String cssString(String text) {
    StringBuilder s = new StringBuilder("\"");
    text.codePoints().forEach(c -> {
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == ' ') {
        s.append((char) c);
      } else if (c >= 0x20 && !(c >= 0x7F && c <= 0x9F)) {
        int safe = Character.isSurrogate((char) c) && c < 0x10000 ? 0xFFFD : c;
        s.append(String.format(Locale.ROOT, "\\%06x", safe));
      }
    });
    return s.append('"').toString();
  }

  /** A light tint of the accent, for fills behind dark text. */
  static String tint(String accent, double amount) {
    StringBuilder hex = new StringBuilder("#");
    for (int i = 0; i < 3; i++) {
      int c = Integer.parseInt(accent.substring(1 + 2 * i, 3 + 2 * i), 16);
      int mixed = (int) Math.round(255 - (255 - c) * amount);
      hex.append(String.format(Locale.ROOT, "%02x", mixed));
    }
    return hex.toString();
  }

  private void screen(String accent, boolean large) {
    String tint = tint(accent, 0.08);
    String gap = large ? "1em" : "0.75em";
    rule("", "font-family: " + FONTS + "; font-size: " + (large ? "1.25rem" : "1rem")
        + "; line-height: " + (large ? "1.6" : "1.5") + "; color: " + TEXT
        + "; background: #ffffff; max-width: 46rem; margin: 0 auto;"
        + " padding: 1.5rem 1.25rem 2.5rem; overflow-wrap: break-word;"
        + " -webkit-text-size-adjust: 100%; text-size-adjust: 100%");
    rule("*, *::before, *::after", "box-sizing: border-box");
    rule("p, ul, ol, dl, table, figure, aside", "margin: 0 0 " + gap);
    rule("ul, ol", "padding-left: 1.5em");
    rule("li + li", "margin-top: 0.25em");
    rule("h1, h2, h3, h4, h5, h6", "line-height: 1.25; font-weight: 700; color: " + TEXT);
    rule("h1", "font-size: 2em; color: " + accent + "; margin: 0.25em 0 0.5em");
    rule("h2", "font-size: 1.45em; color: " + accent + "; margin: 2.25em 0 0.75em;"
        + " padding-top: 0.6em; border-top: 3px solid " + accent);
    rule("h3", "font-size: 1.2em; margin: 1.75em 0 0.5em");
    rule("h4, h5, h6", "font-size: 1.05em; margin: 1.5em 0 0.5em");
    rule("a", "color: " + accent + "; text-decoration: underline");
    rule(":focus-visible", "outline: 3px solid " + TEXT + "; outline-offset: 2px");

    rule(".sixps-header", "margin: 0 0 1.5em");
    rule(".sixps-marking", "margin: 0 0 1.25em; padding: 0.25em 0; text-align: center;"
        + " font-size: 0.875em; font-weight: 700; letter-spacing: 0.08em;"
        + " border-top: 2px solid " + TEXT + "; border-bottom: 2px solid " + TEXT);
    rule(".sixps-logo", "display: block; width: auto; height: auto; max-height: 4em;"
        + " max-width: 14em; margin: 0 0 0.75em");
    rule(".sixps-facts", "display: grid; grid-template-columns: max-content 1fr;"
        + " gap: 0.2em 1.25em; margin: 0 0 1em");
    rule(".sixps-facts dt", "font-weight: 700");
    rule(".sixps-facts dd", "margin: 0");
    rule(".sixps-facts dd.sixps-fill", "min-height: 1.8em; min-width: 12em;"
        + " border-bottom: 1px solid " + BORDER);
    rule(".sixps-banner", "margin: 1em 0 0; padding: 0.7em 1em; font-weight: 700;"
        + " background: #fff6d6; border: 2px solid " + TEXT + "; border-left-width: 0.5em");

    rule(".sixps-empty", "font-style: italic; color: " + QUIET);
    rule(".sixps-entries", "list-style: none; padding: 0; margin: 0 0 1em;"
        + " border-top: 1px solid " + HAIRLINE);
    rule(".sixps-entries > li", "margin: 0; padding: " + (large ? "0.8em" : "0.6em")
        + " 0; border-bottom: 1px solid " + HAIRLINE);
    rule(".sixps-entry", "margin: 0");
    rule(".sixps-tag", "display: inline-block; margin: 0 0.5em 0 0; padding: 0 0.4em;"
        + " font-size: 0.8em; font-weight: 700; line-height: 1.5; color: " + accent
        + "; border: 1.5px solid " + accent + "; border-radius: 0.3em");
    rule(".sixps-details", "list-style: none; padding: 0; margin: 0.3em 0 0; font-size: "
        + (large ? "0.9em" : "0.875em") + "; color: " + QUIET);
    rule(".sixps-details > li", "margin: 0.1em 0 0");

    rule(".sixps-table-wrap", "overflow-x: auto; margin: 0.5em 0 1.5em");
    rule("table", "width: 100%; border-collapse: collapse; margin: 0; font-size: "
        + (large ? "1em" : "0.9375em"));
    rule("caption", "caption-side: top; text-align: left; font-weight: 700;"
        + " padding: 0 0 0.4em; color: " + TEXT);
    rule("th, td", "padding: 0.45em 0.6em; text-align: left; vertical-align: top;"
        + " border: 1px solid " + BORDER);
    rule("thead th", "background: " + tint + "; border-bottom: 2px solid " + TEXT);
    rule("tbody th", "font-weight: 700");
    rule("tbody tr:nth-child(even)", "background: " + ZEBRA);
    rule(".sixps-visually-hidden", "position: absolute; width: 1px; height: 1px; padding: 0;"
        + " margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0");

    rule(".sixps-teaching", "padding: 0.75em 1em; margin: 0 0 1.25em; background: " + tint
        + "; border: 1px solid " + accent + "; border-left: 0.4em solid " + accent);
    // Dark, not the accent: an accent only just readable on white is not readable on its tint.
    rule(".sixps-teaching-label", "margin: 0 0 0.3em; font-size: 0.8125em; font-weight: 700;"
        + " letter-spacing: 0.06em; text-transform: uppercase; color: " + TEXT);
    rule(".sixps-teaching p", "margin: 0 0 0.5em");
    rule(".sixps-prompts", "margin: 0; padding-left: 1.25em");

    rule(".sixps-writing", "margin: 0.5em 0 1.5em");
    rule(".sixps-writing-label", "margin: 0; font-size: 0.875em; color: " + QUIET);
    rule(".sixps-writing-line", "height: 2.25em; border-bottom: 1px solid " + BORDER);

    worksheet(accent);

    rule(".sixps-figure", "margin: 1em 0 1.5em");
    rule(".sixps-figure svg", "display: block; width: 100%; height: auto; max-width: 100%;"
        + " font-family: inherit");
    // On a screen the family tree keeps its own size, so names stay readable on a phone, and
    // scrolls sideways in its region rather than shrink; in print it fits the page. A rule, not
    // a style attribute: pages served under a strict Content-Security-Policy (the editor's)
    // refuse inline style.
    css.append("@media screen {\n");
    rule(".sixps-figure .sixps-table-wrap > svg.sixps-genogram", "width: auto; max-width: none");
    css.append("}\n");
    rule(".sixps-figure svg.sixps-timeline", "max-width: " + Svg.num(TimelineSvg.MAX_WIDTH)
        + "px");
    rule(".sixps-figure figcaption", "margin: 0.75em 0 0; font-size: 0.9375em");
    rule(".sixps-caption", "margin: 0 0 0.25em; font-weight: 700");
    rule(".sixps-figure-text", "margin: 0; padding-left: 1.25em");

    rule(".sixps-footer", "margin: 3em 0 0; padding: 0.75em 0 0; font-size: 0.8125em;"
        + " color: " + QUIET + "; border-top: 1px solid " + BORDER);
    rule(".sixps-footer p", "margin: 0 0 0.4em");
    rule(".sixps-footer .sixps-marking", "margin: 0.75em 0 0; color: " + TEXT);
  }

  /**
   * The blank worksheet: its boxes side by side as far as the screen has room (three on a
   * desktop, one on a phone), each heading inside its box with its question and lines; the
   * houses with a heavy top for a roof. Printed, each sheet starts a page.
   */
  private void worksheet(String accent) {
    String sheets = "#sixps-worksheet-boxes, #sixps-worksheet-houses";
    rule(sheets, "display: grid; grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr));"
        + " gap: 0.75em; align-items: stretch");
    rule("#sixps-worksheet-boxes > h2, #sixps-worksheet-houses > h2, #sixps-hypothesis",
        "grid-column: 1 / -1");
    String boxes = "#sixps-worksheet-boxes > .sixps-section, #sixps-worksheet-houses >"
        + " .sixps-section";
    rule(boxes, "margin: 0; padding: 0.5em 0.75em 0.75em; border: 2px solid " + accent
        + "; border-radius: 0.4em");
    rule("#sixps-worksheet-boxes h3, #sixps-worksheet-houses h3", "margin: 0 0 0.25em");
    rule("#sixps-worksheet-boxes .sixps-writing, #sixps-worksheet-houses .sixps-writing",
        "margin: 0");
    // The lines say "space to write" by being there; the words are for screen readers.
    rule("#sixps-worksheet-boxes .sixps-writing-label,"
        + " #sixps-worksheet-houses .sixps-writing-label", "position: absolute; width: 1px;"
        + " height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0);"
        + " white-space: nowrap; border: 0");
    // A house's roof is its heavy, rounded top; a drawn roof (a pseudo-element) would leave
    // the browser's checks unable to tell the contrast of the text under it.
    rule("#sixps-worksheet-houses > .sixps-section:not(#sixps-hypothesis)",
        "border-top-width: 0.75em; border-radius: 2em 2em 0.4em 0.4em");
  }

  private void print(boolean large) {
    css.append("@media print {\n");
    rule("", "max-width: none; margin: 0; padding: 0; color: #000000; font-size: "
        + (large ? "14pt" : "10.5pt") + "; -webkit-print-color-adjust: exact;"
        + " print-color-adjust: exact");
    rule("h1, h2, h3, h4, h5, h6", "break-after: avoid; page-break-after: avoid");
    rule("h2", "margin-top: 1.5em");
    rule("tr, li, figure, aside, section > h2, .sixps-banner, .sixps-writing",
        "break-inside: avoid; page-break-inside: avoid");
    rule("thead", "display: table-header-group");
    rule("#sixps-worksheet-houses", "break-before: page; page-break-before: always");
    rule(".sixps-table-wrap", "overflow: visible");
    rule("a[href]::after", "content: \" (\" attr(href) \")\"");
    css.append("}\n");
  }

  private void rule(String selectors, String declarations) {
    boolean first = true;
    for (String selector : selectors.split(",")) {
      String s = selector.strip();
      css.append(first ? "" : ", ").append(SCOPE).append(s.isEmpty() ? "" : " " + s);
      first = false;
    }
    css.append(" { ").append(declarations).append("; }\n");
  }
}

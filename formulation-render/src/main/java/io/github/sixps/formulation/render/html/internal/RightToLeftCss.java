package io.github.sixps.formulation.render.html.internal;

import io.github.sixps.formulation.render.Direction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stylesheet turned round for a right-to-left page: left and right swap in every property
 * name, value and page-margin box, and the right and left sides of four-value margins and
 * paddings swap, so headings, lists, tables and the running header sit as a right-to-left
 * reader expects. Used rather than CSS's logical properties ({@code padding-inline-start}),
 * which the PDF layout engine does not know, so the page and the PDF agree.
 */
public final class RightToLeftCss {
  private static final Pattern SIDE = Pattern.compile("\\b(left|right)\\b");
  private static final Pattern FOUR = Pattern.compile(
      "\\b(margin|padding): ([^ ;]+) ([^ ;]+) ([^ ;]+) ([^ ;]+)(?=;|\\s*})");

  private RightToLeftCss() {}

  /**
   * The stylesheet for a direction: as it is for left to right, turned round for right to left.
   *
   * @param css a stylesheet written for left-to-right pages
   * @param direction the page's direction
   * @return the stylesheet for that direction
   */
  public static String of(String css, Direction direction) {
    return direction == Direction.RTL ? mirror(css) + DIRECTIONS : css;
  }

  /**
   * The direction of each box as HTML gives it, said in CSS: a browser does so already, but the
   * PDF layout engine takes a paragraph's direction only from CSS, so without these every
   * heading and paragraph of a right-to-left page was a left-to-right paragraph there (an
   * English heading's words, and a date after them, in left-to-right order). {@code dir="auto"}
   * is resolved to one of the two before the PDF is laid out.
   *
   * <p>The pictures draw each line of words at an x where it starts, ends or is centred, and
   * set the direction of the lines themselves ({@code Svg}); the page's direction, inherited by
   * the rest, would turn "start" into the right end and push words out of their boxes (seen in
   * Chromium), so a picture keeps its own.
   */
  private static final String DIRECTIONS = "\nhtml, [dir=\"rtl\"] { direction: rtl; }\n"
      + "[dir=\"ltr\"] { direction: ltr; }\nsvg { direction: ltr; }\n";

  /**
   * Turns a left-to-right stylesheet round.
   *
   * @param css a stylesheet written for left-to-right pages
   * @return the same stylesheet for right-to-left pages
   */
  public static String mirror(String css) {
    // Strings (a marking, a title) are text, not layout: only what is between them turns. The
    // stylesheets escape every quote inside a string, so a quote always starts or ends one.
    String[] parts = css.split("\"", -1);
    StringBuilder out = new StringBuilder(css.length());
    for (int i = 0; i < parts.length; i++) {
      out.append(i == 0 ? "" : "\"").append(i % 2 == 0 ? mirrorRules(parts[i]) : parts[i]);
    }
    return out.toString();
  }

  private static String mirrorRules(String css) {
    Matcher four = FOUR.matcher(css);
    StringBuilder swapped = new StringBuilder();
    while (four.find()) {
      four.appendReplacement(swapped, Matcher.quoteReplacement(four.group(1) + ": "
          + four.group(2) + " " + four.group(5) + " " + four.group(4) + " " + four.group(3)));
    }
    four.appendTail(swapped);
    Matcher side = SIDE.matcher(swapped);
    StringBuilder out = new StringBuilder();
    while (side.find()) {
      side.appendReplacement(out, side.group(1).equals("left") ? "right" : "left");
    }
    side.appendTail(out);
    return out.toString();
  }
}

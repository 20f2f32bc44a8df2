package io.github.sixps.formulation.render.html.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CSS {@code content} of a printed page's number, from the terminology's pattern such as
 * "Page {page} of {pages}": the words as CSS strings, the placeholders as the page counters, so
 * that a translation can put the numbers where its language does.
 */
public final class PageNumberCss {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(page|pages)}");

  private PageNumberCss() {}

  /**
   * The value of a {@code content} property showing the page number.
   *
   * @param pattern the words, with {@code {page}} and {@code {pages}} where the numbers go
   * @param quote makes a CSS string of plain text, escaping whatever could end it
   * @return such as {@code "Page " counter(page) " of " counter(pages)}
   */
  public static String content(String pattern, UnaryOperator<String> quote) {
    return content(pattern, quote, false);
  }

  /**
   * The value of a {@code content} property showing the page number, its parts in reverse
   * order when {@code reversed}: for a layout engine that places a margin box's parts right to
   * left on a right-to-left page, each part as its own run, so that words that run left to
   * right ("Page 2 of 4") come out in their own order instead of "4 of 2Page".
   *
   * @param pattern the words, with {@code {page}} and {@code {pages}} where the numbers go
   * @param quote makes a CSS string of plain text, escaping whatever could end it
   * @param reversed whether the parts are given last first
   * @return such as {@code "Page " counter(page) " of " counter(pages)}
   */
  public static String content(String pattern, UnaryOperator<String> quote, boolean reversed) {
    List<String> parts = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(pattern);
    int at = 0;
    while (m.find()) {
      if (m.start() > at) {
        parts.add(quote.apply(pattern.substring(at, m.start())));
      }
      parts.add("counter(" + m.group(1) + ")");
      at = m.end();
    }
    if (at < pattern.length() || parts.isEmpty()) {
      parts.add(quote.apply(pattern.substring(at)));
    }
    if (reversed) {
      Collections.reverse(parts);
    }
    return String.join(" ", parts);
  }
}

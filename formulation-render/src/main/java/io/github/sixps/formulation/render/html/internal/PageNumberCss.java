package io.github.sixps.formulation.render.html.internal;

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
    StringBuilder css = new StringBuilder();
    Matcher m = PLACEHOLDER.matcher(pattern);
    int at = 0;
    while (m.find()) {
      if (m.start() > at) {
        css.append(css.length() == 0 ? "" : " ").append(quote.apply(pattern.substring(at,
            m.start())));
      }
      css.append(css.length() == 0 ? "" : " ").append("counter(").append(m.group(1))
          .append(')');
      at = m.end();
    }
    if (at < pattern.length() || css.length() == 0) {
      css.append(css.length() == 0 ? "" : " ").append(quote.apply(pattern.substring(at)));
    }
    return css.toString();
  }
}

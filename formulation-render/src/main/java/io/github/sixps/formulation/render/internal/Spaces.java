package io.github.sixps.formulation.render.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * White space as a regular expression's {@code \s} sees it: space, tab, line feed, vertical
 * tab, form feed and carriage return. Done by hand because the outline and the pictures collapse
 * and split every statement they shorten or wrap, and a regular expression did it several times
 * more slowly.
 */
public final class Spaces {
  private Spaces() {}

  /** Whether {@code c} is one of the six white space characters. */
  public static boolean is(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** The text with each run of white space made one space, as {@code replaceAll("\\s+", " ")}. */
  public static String collapse(String text) {
    int i = firstChange(text);
    if (i < 0) {
      // Most text has single spaces only, and is returned as it is.
      return text;
    }
    int n = text.length();
    StringBuilder s = new StringBuilder(n).append(text, 0, i);
    while (i < n) {
      char c = text.charAt(i);
      if (is(c)) {
        s.append(' ');
        while (i < n && is(text.charAt(i))) {
          i++;
        }
      } else {
        s.append(c);
        i++;
      }
    }
    return s.toString();
  }

  /** Where {@code text} first differs from its collapsed form, or -1 if it does not. */
  private static int firstChange(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' ? i + 1 < text.length() && is(text.charAt(i + 1)) : is(c)) {
        return i;
      }
    }
    return -1;
  }

  /** The runs of other characters between white space, in order; none for blank text. */
  public static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && is(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !is(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        words.add(text.substring(start, i));
      }
    }
    return words;
  }
}

package io.github.sixps.formulation.render.internal;

/**
 * A statement cut to fit where there is room for only a line of it, such as a box of the
 * diagram or a name in the chart's legend.
 */
final class ShortText {
  private ShortText() {}

  /** Cuts a long statement at a word boundary so it fits in a box of the diagram. */
  static String of(String s) {
    String one = Spaces.collapse(s.strip());
    if (one.codePointCount(0, one.length()) <= 60) {
      return one;
    }
    int cut = one.offsetByCodePoints(0, 57);
    int space = one.lastIndexOf(' ', cut);
    return withoutEndPunctuation(one.substring(0, space > 30 ? space : cut)) + "…";
  }

  /** Drops full stops, commas and the like from the end, so an ellipsis can follow cleanly. */
  static String withoutEndPunctuation(String s) {
    int end = s.length();
    while (end > 0 && ".,;:!?".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(0, end);
  }
}

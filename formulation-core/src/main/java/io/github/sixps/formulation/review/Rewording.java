package io.github.sixps.formulation.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The parts of a text that changed between two versions, each with a few words around it, so a
 * reader can see what was reworded without comparing two long quotes by eye: "…from 27 November.
 * Zofia…" became "…from 11 December. Zofia…".
 *
 * <p>Texts are compared word by word (a word is what lies between spaces, punctuation included)
 * with a longest-common-subsequence match. A text rewritten from start to end, or changed in
 * many places, is shown as one piece running from the first change to the last.
 */
final class Rewording {
  /** Words of unchanged text shown either side of a change. */
  private static final int CONTEXT = 2;
  /** Runs of unchanged words shorter than this are folded into the changes around them. */
  private static final int SHORTEST_KEPT_RUN = 4;
  /** More pieces than this read as a rewrite, so they are shown as one. */
  private static final int MOST_PIECES = 3;
  /** The word-by-word match costs words × words; beyond this it is skipped. */
  private static final long MOST_CELLS = 250_000;

  /** One changed part: the older and the newer words, with "…" where the text goes on. */
  record Piece(String before, String after) {}

  private Rewording() {}

  /**
   * The changed parts from {@code before} to {@code after}, in order; empty when the two have
   * the same words and differ only in spacing.
   */
  static List<Piece> between(String before, String after) {
    String[] a = words(before);
    String[] b = words(after);
    int start = 0;
    while (start < a.length && start < b.length && a[start].equals(b[start])) {
      start++;
    }
    int end = 0;
    while (end < a.length - start && end < b.length - start
        && a[a.length - 1 - end].equals(b[b.length - 1 - end])) {
      end++;
    }
    if (start == a.length && start == b.length) {
      return List.of();
    }
    List<int[]> hunks = hunks(a, b, start, a.length - end, start, b.length - end);
    if (hunks.size() > MOST_PIECES) {
      hunks = List.of(new int[] {start, a.length - end, start, b.length - end});
    }
    List<Piece> pieces = new ArrayList<>();
    for (int[] h : hunks) {
      pieces.add(new Piece(excerpt(a, h[0], h[1]), excerpt(b, h[2], h[3])));
    }
    return pieces;
  }

  private static String[] words(String text) {
    String line = Quotation.oneLine(text).strip();
    return line.isEmpty() ? new String[0] : line.split(" ");
  }

  /**
   * The changed ranges {@code [fromA, toA, fromB, toB]} within {@code a[i0, i1)} and
   * {@code b[j0, j1)}, which differ at both ends, with short unchanged runs folded in.
   */
  private static List<int[]> hunks(String[] a, String[] b, int i0, int i1, int j0, int j1) {
    int n = i1 - i0;
    int m = j1 - j0;
    List<int[]> raw = new ArrayList<>();
    if (n == 0 || m == 0 || (long) n * m > MOST_CELLS) {
      raw.add(new int[] {i0, i1, j0, j1});
      return raw;
    }
    // lcs[i][j]: the longest common run of a[i0 + i..] and b[j0 + j..], as a word count.
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = a[i0 + i].equals(b[j0 + j]) ? lcs[i + 1][j + 1] + 1
            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    int[] open = null;
    int same = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[i0 + i].equals(b[j0 + j])) {
        i++;
        j++;
        same++;
        continue;
      }
      if (open == null || same >= SHORTEST_KEPT_RUN) {
        open = new int[] {i0 + i, 0, j0 + j, 0};
        raw.add(open);
      }
      same = 0;
      if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
        i++;
      } else {
        j++;
      }
      open[1] = i0 + i;
      open[3] = j0 + j;
    }
    return raw;
  }

  /** The words {@code w[from, to)} with a little context, "…" marking text left out. */
  private static String excerpt(String[] w, int from, int to) {
    int first = Math.max(0, from - CONTEXT);
    int last = Math.min(w.length, to + CONTEXT);
    String words = String.join(" ", Arrays.asList(w).subList(first, last));
    if (last < w.length) {
      // "…fights…", not "…fights,…": the text goes on, so its punctuation here says nothing.
      int end = words.length();
      while (end > 1 && ",;:.".indexOf(words.charAt(end - 1)) >= 0) {
        end--;
      }
      words = words.substring(0, end) + "…";
    }
    return (first > 0 ? "…" : "") + words;
  }
}

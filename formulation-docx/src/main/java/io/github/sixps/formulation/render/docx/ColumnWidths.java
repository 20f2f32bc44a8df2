package io.github.sixps.formulation.render.docx;

import java.util.List;

/**
 * The widths of a table's columns, shared out as a browser's automatic table layout shares them:
 * each column at least as wide as its longest word, where the page allows, and the rest of the
 * width in proportion to how much more its longest cell needs. Equal columns broke words such as
 * "grandmother" across lines in a narrow column of a chronology while a column of short dates
 * beside it stood half empty. Text is measured in characters, at an average width for the body
 * font's size, since the document does not know which font the reader's machine will use.
 */
final class ColumnWidths {
  /** Left and right cell margins of the Table Grid style, in twips. */
  private static final int CELL_MARGINS = 2 * 108;
  /** Roughly the average advance of a letter of Arial, as a fraction of its size. */
  private static final double LETTER_EM = 0.55;

  private ColumnWidths() {}

  /**
   * The width of each column in twips, adding up to {@code total}.
   *
   * @param rows the header then each row, a cell's text per column (a short row is padded)
   * @param columns how many columns
   * @param fontPt the size of the table's text in points
   */
  static int[] of(List<List<String>> rows, int columns, int total, double fontPt) {
    double letter = fontPt * 20 * LETTER_EM;
    double[] least = new double[columns];
    double[] most = new double[columns];
    for (List<String> row : rows) {
      for (int c = 0; c < columns && c < row.size(); c++) {
        String text = Runs.fold(row.get(c));
        for (String word : text.split(" ")) {
          least[c] = Math.max(least[c], word.codePointCount(0, word.length()) * letter);
        }
        most[c] = Math.max(most[c], text.codePointCount(0, text.length()) * letter);
      }
    }
    double leastSum = 0;
    double extraSum = 0;
    for (int c = 0; c < columns; c++) {
      least[c] += CELL_MARGINS + letter;
      most[c] = Math.max(most[c] + CELL_MARGINS, least[c]);
      leastSum += least[c];
      extraSum += most[c] - least[c];
    }
    double[] share = new double[columns];
    if (leastSum >= total) {
      // Not even the longest words fit: each column in proportion to its longest word.
      for (int c = 0; c < columns; c++) {
        share[c] = least[c] / leastSum;
      }
    } else if (extraSum <= total - leastSum) {
      // Everything fits on one line: the room left shared out evenly.
      for (int c = 0; c < columns; c++) {
        share[c] = (most[c] + (total - leastSum - extraSum) / columns) / total;
      }
    } else {
      for (int c = 0; c < columns; c++) {
        share[c] = (least[c] + (total - leastSum) * (most[c] - least[c]) / extraSum) / total;
      }
    }
    int[] widths = new int[columns];
    int given = 0;
    for (int c = 0; c < columns; c++) {
      widths[c] = c == columns - 1 ? total - given : (int) Math.floor(share[c] * total);
      given += widths[c];
    }
    return widths;
  }
}

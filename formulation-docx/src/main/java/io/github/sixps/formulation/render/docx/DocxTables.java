package io.github.sixps.formulation.render.docx;

import io.github.sixps.formulation.render.internal.Block;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHeightRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Tables as Word's accessibility checker asks: a header row that repeats on every page it runs
 * onto, rows that are not split across pages, no merged cells, columns as wide as their words
 * need ({@link ColumnWidths}), a title for the table in its
 * properties and, when it says more than the heading above it, a visible caption. The blank
 * worksheet's room to write is a table too: a labelled box that a practitioner can type into or
 * a family can write in by hand.
 */
final class DocxTables {
  private static final String WORD =
      "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private final DocxWriter writer;
  /** The size of the tables' text, the body's, in points. */
  private final double fontPt;

  DocxTables(DocxWriter writer, boolean large) {
    this.writer = writer;
    this.fontPt = large ? 16 : 11;
  }

  /** A table of the outline, with its caption unless it only repeats {@code heading}. */
  void table(XWPFDocument doc, Block.Table t, String heading) {
    String caption = Runs.isBlank(t.caption()) ? writer.words().text("document.notWritten")
        : t.caption();
    if (!Runs.fold(caption).equals(Runs.fold(heading))) {
      writer.runs().add(writer.fixed(doc, "Caption"), caption, false);
    }
    int columns = Math.max(1, t.header().size());
    List<List<String>> cells = new ArrayList<>();
    cells.add(t.header());
    cells.addAll(t.rows());
    XWPFTable table = create(doc, 1 + t.rows().size(), caption,
        ColumnWidths.of(cells, columns, DocxStyles.TEXT_WIDTH, fontPt));
    row(table.getRow(0), t.header(), "TableHeading");
    for (int r = 0; r < t.rows().size(); r++) {
      row(table.getRow(r + 1), t.rows().get(r), "TableText");
    }
  }

  /**
   * Room to write: a box headed "Space to write", as tall as {@code lines} handwritten lines.
   */
  void writingSpace(XWPFDocument doc, int lines, boolean large) {
    String label = writer.words().text("document.spaceToWrite");
    XWPFTable table = create(doc, 2, label, new int[] {DocxStyles.TEXT_WIDTH});
    row(table.getRow(0), List.of(label), "TableHeading");
    XWPFTableRow room = table.getRow(1);
    // About 1 cm a line in large print, 0.8 cm otherwise: room for handwriting.
    int twips = lines * (large ? 567 : 454);
    room.setHeight(twips);
    room.getCtRow().getTrPr().getTrHeightArray(0).setHRule(STHeightRule.AT_LEAST);
    room.getCell(0).getParagraphs().get(0).setStyle("TableText");
  }

  /** A table of {@code rows} rows and a column of each width, in twips. */
  private XWPFTable create(XWPFDocument doc, int rows, String caption, int[] widths) {
    int columns = widths.length;
    XWPFTable table = doc.createTable(rows, columns);
    table.setStyleID("TableGrid");
    CTTblPr pr = table.getCTTbl().getTblPr();
    // POI gives every new table its own borders; the style's are the ones wanted.
    if (pr.isSetTblBorders()) {
      pr.unsetTblBorders();
    }
    CTTblWidth width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
    width.setType(STTblWidth.DXA);
    width.setW(BigInteger.valueOf(DocxStyles.TEXT_WIDTH));
    (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout())
        .setType(STTblLayoutType.FIXED);
    // The grid, which Word and LibreOffice read for the columns' widths.
    CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
        : table.getCTTbl().addNewTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int column : widths) {
      grid.addNewGridCol().setW(BigInteger.valueOf(column));
    }
    for (XWPFTableRow row : table.getRows()) {
      row.setCantSplitRow(true);
      List<XWPFTableCell> cells = row.getTableCells();
      for (int i = 0; i < cells.size(); i++) {
        cells.get(i).setWidth(String.valueOf(widths[i]));
      }
    }
    XWPFTableRow header = table.getRow(0);
    header.setRepeatHeader(true);
    // The table's title, which Word shows as its Alt Text and screen readers announce: the
    // last of the table's properties, so it goes at the end.
    try (XmlCursor c = pr.newCursor()) {
      c.toEndToken();
      c.beginElement(new QName(WORD, "tblCaption", "w"));
      c.insertAttributeWithValue(new QName(WORD, "val", "w"), Runs.fold(caption));
    }
    return table;
  }

  private void row(XWPFTableRow row, List<String> cells, String style) {
    for (int i = 0; i < row.getTableCells().size(); i++) {
      String text = i < cells.size() ? cells.get(i) : "";
      XWPFParagraph p = writer.user(row.getCell(i), style, text);
      if (!Runs.isBlank(text)) {
        writer.runs().add(p, text, false);
      }
    }
  }
}

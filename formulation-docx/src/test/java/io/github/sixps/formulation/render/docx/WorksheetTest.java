package io.github.sixps.formulation.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.render.Audience;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHeight;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHeightRule;

/**
 * The blank worksheet has room to write under each of its ten headings (the six boxes, the three
 * houses and what we think is happening): a box headed "Space to write" whose writing row is at least as tall as its lines of handwriting, taller in large print,
 * and a line to fill in after each of the facts at the top.
 */
class WorksheetTest {
  @Test
  void eachHeadingHasABoxToWriteIn() throws Exception {
    for (Audience audience : Audience.values()) {
      byte[] docx = DocxRenderer.builder().audience(audience).build().renderBlank();
      int lineTwips = audience == Audience.FAMILY ? 567 : 454;
      try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
        assertEquals(10, doc.getTables().size(), audience + ": one box for each heading");
        for (XWPFTable box : doc.getTables()) {
          assertEquals(2, box.getRows().size());
          assertTrue(box.getRow(0).isRepeatHeader());
          assertTrue(box.getRow(0).getCell(0).getText().startsWith("Space to write")
              || audience == Audience.FAMILY, box.getText());
          CTHeight height = box.getRow(1).getCtRow().getTrPr().getTrHeightArray(0);
          assertEquals(STHeightRule.AT_LEAST, height.getHRule());
          assertTrue(new BigInteger(height.xgetVal().getStringValue())
              .compareTo(BigInteger.valueOf(3L * lineTwips)) >= 0,
              audience + ": three lines or more (the shortest, under the houses, has three)");
        }
        long fillIns = doc.getParagraphs().stream()
            .filter(p -> "FillIn".equals(p.getStyleID())).count();
        assertEquals(3, fillIns, "family, date and who was there, each with a line");
      }
    }
  }
}

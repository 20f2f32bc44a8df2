package io.github.sixps.formulation.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.util.List;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/**
 * {@link WordAccessibility} passes every worked example in every view, and finds each of its
 * rules broken in a document made to break them.
 */
class AccessibilityTest {
  @Test
  void everyDocumentPasses() throws Exception {
    for (Preview.Made made : Preview.all()) {
      assertEquals(List.of(), WordAccessibility.problems(Files.readAllBytes(made.file())),
          made.name());
    }
  }

  @Test
  void aDocumentThatBreaksEachRuleIsCaught() throws Exception {
    // A well-styled document, with its styles, then broken on purpose.
    byte[] good = DocxRenderer.builder().build().renderBlank();
    byte[] bad;
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(good))) {
      doc.getProperties().getCoreProperties().setTitle("");
      XWPFParagraph skipped = doc.createParagraph();
      skipped.setStyle("Heading5");
      skipped.createRun().setText("A heading that skips levels");
      doc.createParagraph().setStyle("Normal");
      XWPFParagraph picture = doc.createParagraph();
      picture.createRun().addPicture(new ByteArrayInputStream(SvgRaster.paint(
          "<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'/>", 1).bytes()),
          PictureType.PNG, "chart.png", 100000, 100000);
      XWPFTable table = doc.createTable(2, 2);
      table.getRow(0).getCell(0).setText("no header row");
      table.getRow(1).getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(
          java.math.BigInteger.TWO);
      XWPFParagraph pale = doc.createParagraph();
      pale.createRun().setText("pale text");
      pale.getRuns().get(0).setColor("BBBBBB");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      bad = out.toByteArray();
    }
    String problems = String.join("\n", WordAccessibility.problems(bad));
    for (String expected : List.of("no title", "is Heading 5 after Heading ",
        "an empty paragraph (Normal)", "alternative text is a file name: chart.png",
        "no caption", "not a repeating header row", "merged cells", "#BBBBBB")) {
      assertTrue(problems.contains(expected), "missed: " + expected + "\n" + problems);
    }
  }
}

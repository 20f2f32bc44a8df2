package io.github.sixps.formulation.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/**
 * Every document of {@link Preview}, read back with POI: its headings, in Word's heading styles,
 * are the outline's in order, and its paragraphs and table cells hold every user text whole.
 */
class PreviewTest {
  @Test
  void headingsAreTheOutlinesAndEveryUserTextIsWhole() throws Exception {
    for (Preview.Made made : Preview.all()) {
      try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(
          Files.readAllBytes(made.file())))) {
        List<String> headings = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (XWPFParagraph p : doc.getParagraphs()) {
          if (p.getStyleID() != null && p.getStyleID().startsWith("Heading")) {
            headings.add(p.getText());
          }
          text.append(p.getText()).append('\n');
        }
        doc.getTables().forEach(t -> text.append(t.getText()).append('\n'));
        assertEquals(made.headings(), headings, made.name());
        String all = text.toString().replaceAll("\\s+", " ");
        for (String userText : made.userText()) {
          assertTrue(all.contains(userText), made.name() + " lacks: " + userText);
        }
      }
    }
  }
}

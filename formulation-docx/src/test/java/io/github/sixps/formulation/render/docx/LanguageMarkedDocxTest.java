package io.github.sixps.formulation.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.model.FamilyTree;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.testing.WordsInUrdu;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A child's words said in Urdu carry {@code w:lang w:bidi="ur"} on their runs in the Word file,
 * read from the document's XML as Word reads it; their English words inside stay English, and
 * the label before them and the rest of the document are not marked Urdu.
 */
class LanguageMarkedDocxTest {
  private static final String W =
      "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  @ParameterizedTest
  @EnumSource(Audience.class)
  void theChildsUrduWordsAreMarkedUrdu(Audience audience) throws Exception {
    // Word has no family tree or timeline yet (DocxWriter refuses them), so they are left out.
    Formulation f = WordsInUrdu.formulation().toBuilder().family(FamilyTree.empty())
        .events(List.of()).build();
    byte[] docx = DocxRenderer.builder().audience(audience).build().render(f);
    List<String> urdu = new ArrayList<>();
    NodeList runs = document(docx).getElementsByTagNameNS(W, "r");
    for (int i = 0; i < runs.getLength(); i++) {
      Element run = (Element) runs.item(i);
      NodeList t = run.getElementsByTagNameNS(W, "t");
      NodeList lang = run.getElementsByTagNameNS(W, "lang");
      if (t.getLength() == 0 || lang.getLength() == 0) {
        continue;
      }
      String text = t.item(0).getTextContent();
      Element l = (Element) lang.item(0);
      if ("ur".equals(l.getAttributeNS(W, "bidi"))) {
        urdu.add(text);
      }
      if (text.contains("Art club")) {
        assertEquals("en-GB", l.getAttributeNS(W, "val"), "English inside stays English");
      }
    }
    String all = String.join("", urdu);
    assertTrue(all.contains("صبح میرے پیٹ میں درد ہوتا ہے۔"), "the worry is marked: " + urdu);
    assertTrue(all.contains("میں بڑی ہو کر آرٹسٹ بنوں گی۔"), "the dream is marked: " + urdu);
    assertTrue(all.contains("مجھے"), urdu.toString());
    assertFalse(all.contains("Worries"), "the label is in the document's language");
  }

  private static Document document(byte[] docx) throws Exception {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals("word/document.xml")) {
          DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
          f.setNamespaceAware(true);
          f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
          return f.newDocumentBuilder().parse((InputStream) zip);
        }
      }
    }
    throw new AssertionError("no word/document.xml");
  }
}

package io.github.sixps.formulation.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.testing.UserText;
import io.github.sixps.formulation.testing.Formulations;
import java.io.ByteArrayInputStream;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Over generated drafts, hostile text included (control characters, U+FEFF, noncharacters, lone
 * surrogates, right-to-left and CJK writing, emoji, very long words), for both audiences: every
 * document passes the accessibility check, POI reads it back, and it holds every user text
 * whole.
 */
class AccessibilityProperties {
  private static final DocxRenderer PRACTITIONER = DocxRenderer.builder().build();
  private static final DocxRenderer FAMILY = DocxRenderer.builder().audience(Audience.FAMILY)
      .build();

  @Provide
  Arbitrary<Formulation> drafts() {
    return Formulations.drafts();
  }

  @Property(tries = 40)
  void everyDraftIsAccessibleAndWhole(@ForAll("drafts") Formulation f,
      @ForAll Audience audience) throws Exception {
    byte[] docx = (audience == Audience.FAMILY ? FAMILY : PRACTITIONER).render(f);
    assertEquals(List.of(), WordAccessibility.problems(docx));
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      String all = text.getText().replaceAll("\\s+", " ");
      for (String userText : UserText.of(f, audience)) {
        assertTrue(all.contains(userText), "lacks: " + userText);
      }
    }
  }
}

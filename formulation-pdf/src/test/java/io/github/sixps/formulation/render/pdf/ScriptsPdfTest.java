package io.github.sixps.formulation.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.model.ChildsVoice;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.model.PersonRole;
import io.github.sixps.formulation.model.PresentingIssue;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.testing.UserText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Every script families write, in one formulation: each character in a real glyph (PDFBox finds
 * no glyph 0), each string in the text layer in reading order, and no warning.
 */
class ScriptsPdfTest {
  /** A few words in each script, as a family might write them. */
  static final Map<String, String> SCRIPTS = new LinkedHashMap<>();

  static {
    SCRIPTS.put("Polish", "Zażółć gęślą jaźń");
    SCRIPTS.put("Romanian", "Știință și țară");
    SCRIPTS.put("Welsh", "Ŵyr ŷd a chŵn");
    SCRIPTS.put("Turkish", "Iğdır ışık şöyle");
    SCRIPTS.put("Vietnamese", "Tiếng Việt có dấu");
    SCRIPTS.put("Greek", "Καλημέρα σας");
    SCRIPTS.put("Cyrillic", "Доброе утро");
    SCRIPTS.put("Arabic", "مرحبا بكم");
    SCRIPTS.put("Urdu", "شیریں بیگم");
    SCRIPTS.put("Hebrew", "שלום לכולם");
    SCRIPTS.put("Bengali", "নানী আমার");
    SCRIPTS.put("Gurmukhi", "ਪੰਜਾਬੀ ਬੋਲੀ");
    SCRIPTS.put("Devanagari", "नमस्ते दादी");
    SCRIPTS.put("Gujarati", "ગુજરાતી ભાષા");
    SCRIPTS.put("Tamil", "தமிழ் மொழி");
    SCRIPTS.put("Tigrinya", "ትግርኛ ቋንቋ");
    SCRIPTS.put("Amharic", "አማርኛ");
    SCRIPTS.put("Thai", "ภาษาไทย");
    SCRIPTS.put("Chinese", "中文 奶奶");
    SCRIPTS.put("Japanese", "ひらがな カタカナ 日本語");
    SCRIPTS.put("Korean", "한국어 할머니");
    SCRIPTS.put("Emoji", "😢 😊 👍");
  }

  /** A formulation with every script: in the title, a name, a statement and the child's words. */
  static Formulation everyScript() {
    Formulation.Builder f = Formulation.builder().title("Every script: " + SCRIPTS.get("Urdu")
        + " " + SCRIPTS.get("Chinese"))
        .addPerson(Person.of("child", SCRIPTS.get("Bengali"), PersonRole.CHILD));
    List<String> words = new ArrayList<>();
    int i = 1;
    for (Map.Entry<String, String> e : SCRIPTS.entrySet()) {
      f.addPresenting(PresentingIssue.of("P" + i++, e.getKey() + ": " + e.getValue()));
      words.add(e.getValue());
    }
    f.addChildsVoice(ChildsVoice.of("child", words, List.of(), List.of()));
    return f.build();
  }

  @ParameterizedTest
  @EnumSource(Audience.class)
  void everyScriptIsDrawnAndReadsBackInOrder(Audience audience) throws IOException {
    List<PdfWarning> warnings = new ArrayList<>();
    PdfRenderer renderer = PdfRenderer.builder().audience(audience)
        .warnings(warnings::add).build();
    byte[] pdf = renderer.render(everyScript());
    if (System.getProperty("sixps.scripts.out") != null) {
      Files.write(Path.of(System.getProperty("sixps.scripts.out"), audience + ".pdf"), pdf);
    }
    assertEquals(List.of(), warnings);
    assertEquals(List.of(), PdfChecks.glyphZeros(pdf));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = PdfChecks.text(doc);
      assertFalse(text.contains("#"), "a character was replaced: " + text);
      List<String> missing = new ArrayList<>();
      SCRIPTS.forEach((script, words) -> {
        if (!text.contains(PdfChecks.fold(script + ": " + words))) {
          missing.add(script);
        }
      });
      assertEquals(List.of(), missing, text);
    }
  }

  @Test
  void everyScriptAndEveryControlCharacterPassPdfUaAndPdfA() throws IOException {
    // Each character that breaks a format (U+FEFF, the controls, noncharacters) in the title,
    // a name and a statement, between letters.
    String breakers = "Sara" + String.join("x", UserText.breakers()) + "Amira";
    Formulation f = everyScript().toBuilder().title("Title \uFEFF" + breakers)
        .addPresenting(PresentingIssue.of("P99", breakers))
        .addPerson(Person.of("p2", "\uFEFFSara\u0007", PersonRole.PARENT)).build();
    byte[] pdf = PdfRenderer.builder().archival(true).build().render(f);
    PdfChecks.assertConforms(pdf, PDFAFlavour.PDFUA_1, "every script and control");
    PdfChecks.assertConforms(pdf, PDFAFlavour.PDFA_3_A, "every script and control");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertTrue(PdfChecks.text(doc).contains(PdfChecks.fold(UserText.fold(breakers))));
    }
  }

  @Test
  void aCharacterNoFontHasIsReportedWithWhereItIs() {
    List<PdfWarning> warnings = new ArrayList<>();
    // U+0D85 is Sinhala, which the bundled fonts do not cover.
    Formulation f = Formulation.builder().title("Sinhala")
        .addPresenting(PresentingIssue.of("P1", "Amma \u0D85\u0D86 said")).build();
    byte[] pdf = PdfRenderer.builder().warnings(warnings::add).build().render(f);
    assertTrue(pdf.length > 0);
    // The statement, and its words again in the 6Ps picture's text alternative, which now
    // follows the sections it pictures.
    assertEquals(List.of("presenting", "diagram"),
        warnings.stream().map(PdfWarning::location).toList());
    PdfWarning w = warnings.get(0);
    assertEquals("presenting", w.location());
    assertEquals("\u0D85\u0D86", w.characters());
    assertTrue(w.message().contains("U+0D85 sinhala letter ayanna"), w.message());
  }
}

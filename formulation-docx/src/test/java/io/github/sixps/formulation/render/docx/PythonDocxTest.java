package io.github.sixps.formulation.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sixps.formulation.testing.ExternalTool;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * python-docx (Debian's {@code python3-docx}) reads every document back as another program
 * would: each heading paragraph in Word's heading style, the outline's headings in order;
 * every table's first row a repeating header; every picture the outline has (the 6Ps, the goal
 * chart, the timeline, the family tree) there in order, titled, with its text alternative in
 * {@code descr}; the title and language in the properties and the language in the default style;
 * every run's language; right-to-left paragraphs and runs where the text is right to left, with
 * a font for their script; the marking in every page's header and footer; large print for the
 * family.
 */
class PythonDocxTest {
  private static final Path PYTHON = Path.of("/usr/bin/python3");
  private static final Map<String, JsonNode> READ = new HashMap<>();

  @BeforeAll
  static void read() throws Exception {
    ExternalTool.require(List.of("python3"), "apt-get install python3-docx");
    Process check = new ProcessBuilder(PYTHON.toString(), "-c", "import docx")
        .redirectErrorStream(true).start();
    String checkOut = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (check.waitFor() != 0) {
      String missing = "python-docx is not installed for /usr/bin/python3 (" + checkOut.strip()
          + ")";
      if (System.getenv("CI") != null) {
        throw new AssertionError(missing + ", and CI is set: .ci/run should apt-get install"
            + " python3-docx");
      }
      System.out.println(missing + ": this check is skipped. To run it: apt-get install"
          + " python3-docx");
      Assumptions.abort(missing + ": to run it, apt-get install python3-docx");
    }
    Path script = Files.createTempFile("read_docx", ".py");
    try (InputStream in = PythonDocxTest.class.getResourceAsStream("read_docx.py")) {
      Files.write(script, in.readAllBytes());
    }
    List<String> command = new ArrayList<>(List.of(PYTHON.toString(), script.toString()));
    Preview.all().forEach(m -> command.add(m.file().toAbsolutePath().toString()));
    Process p = new ProcessBuilder(command).start();
    byte[] out = p.getInputStream().readAllBytes();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(5, TimeUnit.MINUTES));
    assertEquals(0, p.exitValue(), err);
    JsonNode all = new ObjectMapper().readTree(out);
    for (Preview.Made m : Preview.all()) {
      READ.put(m.name(), all.get(m.file().toAbsolutePath().toString()));
    }
  }

  @Test
  void headingsTablesPicturesTitleAndLanguageAreAsIntended() {
    for (Preview.Made m : Preview.all()) {
      JsonNode d = READ.get(m.name());
      assertNotNull(d, m.name());
      String language = m.name().startsWith("urdu") ? "ur" : "en-GB";
      assertEquals(m.title(), d.get("title").asText(), m.name());
      assertEquals(language, d.get("language").asText(), m.name());
      assertEquals(language, d.get("defaultLanguage").asText(), m.name());
      List<String> headings = new ArrayList<>();
      int level = 0;
      for (JsonNode p : d.get("paragraphs")) {
        String style = p.get("style").asText();
        if (style.startsWith("Heading ")) {
          int next = Integer.parseInt(style.substring("Heading ".length()));
          assertTrue(next <= level + 1, m.name() + ": " + style + " after Heading " + level);
          level = next;
          headings.add(Runs.fold(p.get("text").asText()));
        }
        if (!style.equals("Picture")) {
          assertFalse(p.get("text").asText().isBlank(), m.name() + ": an empty " + style);
        }
        for (JsonNode r : p.get("runs")) {
          // Runs without words (a picture, a tab, a page number's field) have no language.
          if (!r.get("text").asText().isBlank()) {
            assertFalse(r.get("lang").isNull(), m.name() + ": a run with no language: " + r);
          }
        }
      }
      assertEquals(m.headings(), headings, m.name());
      for (JsonNode t : d.get("tables")) {
        assertTrue(t.get("headerRepeats").asBoolean(), m.name() + ": " + t);
        assertEquals("Table Grid", t.get("style").asText(), m.name());
      }
      List<String> pictures = new ArrayList<>();
      for (JsonNode picture : d.get("pictures")) {
        String descr = picture.get("descr").asText("");
        String title = picture.get("title").asText("");
        assertFalse(descr.isBlank(), m.name() + ": a picture with no text alternative");
        assertFalse(descr.endsWith(".png"), m.name() + ": " + descr);
        // The alternative says what the picture shows, after its title.
        assertTrue(descr.startsWith(title + ". ") && descr.length() > title.length() + 2,
            m.name() + ": " + picture);
        assertTrue(picture.get("widthEmu").asLong() > 0 && picture.get("heightEmu").asLong() > 0,
            m.name() + ": " + picture);
        pictures.add(title);
      }
      assertEquals(m.pictures().stream().map(Runs::fold).toList(), pictures,
          m.name() + ": its pictures, by title");
      assertTrue(d.get("headers").toString().contains("OFFICIAL-SENSITIVE"), m.name());
      assertTrue(d.get("footers").toString().contains("OFFICIAL-SENSITIVE"), m.name());
      double body = m.name().contains("family") ? 16 : 11;
      assertEquals(body, d.get("bodySizePt").asDouble(), m.name());
    }
  }

  @Test
  void rightToLeftAndOtherScriptsAreMarked() {
    JsonNode d = READ.get("every-script.docx");
    boolean sawRtlParagraph = false;
    for (JsonNode p : d.get("paragraphs")) {
      String text = p.get("text").asText();
      if (text.endsWith(Scripts.RIGHT_TO_LEFT)) {
        assertTrue(p.get("bidi").asBoolean(), "a right-to-left paragraph: " + text);
        sawRtlParagraph = true;
      }
      for (JsonNode r : p.get("runs")) {
        String run = r.get("text").asText();
        if (run.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
            == Character.UnicodeScript.ARABIC)) {
          assertTrue(r.get("rtl").asBoolean(), "an Arabic-script run: " + run);
          assertEquals("Arial", r.get("cs").asText(), run);
        }
        if (run.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
            == Character.UnicodeScript.BENGALI)) {
          assertEquals("Nirmala UI", r.get("cs").asText(), run);
          assertFalse(r.get("rtl").asBoolean(), run);
        }
        if (run.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
            == Character.UnicodeScript.HAN)) {
          assertEquals("Microsoft YaHei", r.get("eastAsia").asText(), run);
        }
      }
    }
    assertTrue(sawRtlParagraph, "the Urdu and Arabic statement runs right to left");
    JsonNode urdu = READ.get("urdu-family.docx");
    boolean urduHeading = false;
    for (JsonNode p : urdu.get("paragraphs")) {
      if (p.get("style").asText().startsWith("Heading 2")) {
        assertTrue(p.get("bidi").asBoolean(), "an Urdu heading is right to left: " + p);
        urduHeading = true;
      }
    }
    assertTrue(urduHeading);
  }
}

package io.github.sixps.formulation.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.io.ResultsJson;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.PresentingIssue;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A language finding says which words it is about, as offsets into the text at its path, so
 * that an editor can underline them; the JSON of findings carries them too.
 */
class FindingWordsTest {
  @Test
  void aLanguageFindingGivesTheOffsetsOfItsWords() {
    String statement = "Mum is failing to engage, and home conditions are chaotic.";
    Formulation f = Formulation.builder().id("F1").title("Test")
        .presenting(List.of(PresentingIssue.of("P1", statement))).build();

    ValidationReport report = Validator.standard().validate(f, LocalDate.of(2026, 12, 7));

    List<Finding> language = report.findings().stream()
        .filter(x -> x.code().equals("deficit-language")).toList();
    assertTrue(language.size() >= 2, report.toString());
    for (Finding x : language) {
      TextSpan w = x.words().orElseThrow(() -> new AssertionError("no words: " + x));
      String words = statement.substring(w.start(), w.end());
      assertTrue(x.message().startsWith("\"" + words + "\""), words + " in " + x.message());
    }
    var json = ResultsJson.findings("x.yaml", report);
    json.forEach(o -> {
      if (o.get("code").asText().equals("deficit-language")) {
        String words = statement.substring(o.get("start").asInt(), o.get("end").asInt());
        assertTrue(o.get("message").asText().startsWith("\"" + words + "\""), o.toString());
      }
    });
  }

  @Test
  void aFindingAboutAPlaceAsAWholeHasNoWords() {
    Finding f = new Finding(Severity.WARNING, "no-owner", "plan.actions[A1]", "No one owns it.",
        java.util.Optional.empty());

    assertEquals(java.util.Optional.empty(), f.words());
  }
}

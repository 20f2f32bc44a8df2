package io.github.sixps.formulation.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sixps.formulation.model.Factor;
import io.github.sixps.formulation.model.FactorKind;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.PresentingIssue;
import io.github.sixps.formulation.prioritise.Prioritiser;
import io.github.sixps.formulation.review.FormulationDiff;
import io.github.sixps.formulation.validate.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The results' JSON, which the command line and the HTTP API both give, made by the core alone:
 * a program that only validates needs neither the server nor Jetty for it.
 */
class ResultsJsonTest {
  private static final Formulation DRAFT = Formulation.builder()
      .addPresenting(PresentingIssue.of("P1", ""))
      .addFactor(Factor.builder(FactorKind.PERPETUATING, "M1").statement("Mornings are rushed.")
          .explains(List.of("P1")).build())
      .build();

  @Test
  void findingsAreOneObjectEachWithTheFileTheyAreAbout() {
    ArrayNode findings = ResultsJson.findings("draft.yaml",
        Validator.standard().validate(DRAFT, LocalDate.of(2026, 11, 10)));
    assertFalse(findings.isEmpty());
    for (JsonNode f : findings) {
      assertEquals("draft.yaml", f.get("file").asText());
      assertTrue(List.of("error", "warning", "info").contains(f.get("severity").asText()),
          f::toString);
      for (String field : List.of("code", "path", "message")) {
        assertFalse(f.get(field).asText().isBlank(), () -> field + " in " + f);
      }
    }
    assertTrue(names(findings, "path").contains("presenting[P1].statement"), findings::toString);
  }

  @Test
  void readingProblemsHaveTheirPlaceAndTheSuggestionInWords() {
    FormulationReadException e = assertThrows(FormulationReadException.class,
        () -> FormulationReader.standard().read("schema: sixps/1\ntitel: Ahmed\n",
            FileFormat.YAML, "ahmed.yaml"));
    ArrayNode problems = ResultsJson.problems(e.problems());
    JsonNode p = problems.get(0);
    assertEquals("ahmed.yaml", p.get("file").asText());
    assertEquals("unreadable", p.get("code").asText());
    assertEquals(2, p.get("line").asInt());
    assertEquals("Did you mean \"title\"?", p.get("suggestion").asText(), p::toString);
  }

  @Test
  void theRankingSaysHowItWasWorkedOutAndLeavesNoScoreOutUnsaid() {
    Prioritiser prioritiser = Prioritiser.standard();
    ObjectNode ranking = ResultsJson.ranking(DRAFT, prioritiser, prioritiser.rank(DRAFT));
    assertTrue(ranking.get("method").has("weights"));
    JsonNode m1 = ranking.get("factors").get(0);
    assertEquals("M1", m1.get("id").asText());
    assertTrue(m1.has("score") && m1.get("score").isNull(), "not rated, so not scored: " + m1);
  }

  @Test
  void changesSayWhatHappenedUnderWhichHeading() {
    Formulation later = DRAFT.toBuilder().title("With the Ahmed family").build();
    ObjectNode changes = ResultsJson.changes(FormulationDiff.between(DRAFT, later));
    JsonNode title = changes.get("changes").get(0);
    assertEquals("edited", title.get("kind").asText(), changes::toString);
    assertEquals("With the Ahmed family", title.get("after").asText());
  }

  private static List<String> names(ArrayNode list, String field) {
    List<String> values = new ArrayList<>();
    list.forEach(n -> values.add(n.get(field).asText()));
    return values;
  }
}

package io.github.sixps.formulation.server.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.validate.Finding;
import io.github.sixps.formulation.validate.Validator;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Model paths to field names and back, and every finding of a real check finding its place. */
class FieldPathsTest {
  private static Formulation ahmed() throws Exception {
    return FormulationReader.standard()
        .read(EditorPagesTest.WORKED.resolve("school-avoidance-ahmed.yaml"));
  }

  @Test
  void pathsByIdBecomeFieldsByPositionAndBack() throws Exception {
    FormFields form = FormulationForm.encode(ahmed());
    FieldPaths paths = FieldPaths.of(form);
    assertEquals(Optional.of("plan.actions[1].due"), paths.field("plan.actions[A2].due"));
    assertEquals(Optional.of("perpetuating[0].priority.impact"),
        paths.field("perpetuating[M1].priority.impact"));
    assertEquals(Optional.of("childsVoice[0].worries[1]"),
        paths.field("childsVoice[0].worries[1]"));
    assertEquals(Optional.of("reviews[0].scale[0].value"), paths.field("reviews[0].scale.G1"));
    assertEquals("reviews[0].scale.G1", paths.path("reviews[0].scale[0].value"));
    assertEquals("reviews[0].actions.A1", paths.path("reviews[0].actions[0].status"));
    assertEquals("plan.actions[1].due", paths.path("plan.actions[1].due"));
    assertEquals(Optional.empty(), paths.field("plan.actions[A99].due"));
    assertEquals(Optional.empty(), paths.field(""));
  }

  @Test
  void everyFindingOfAnEditedFormulationHasAPlaceInTheForm() throws Exception {
    Formulation f = ahmed().toBuilder().title("").build();
    FormFields form = FormulationForm.encode(f);
    Set<String> anchors = FieldNotes.anchors(form);
    for (Finding finding : Validator.standard().validate(f, LocalDate.of(2027, 3, 1))
        .findings()) {
      String place = FieldNotes.place(FieldPaths.of(form).field(finding.path()).orElse(""),
          anchors);
      assertEquals(true, place.isEmpty() && finding.path().isEmpty() || anchors.contains(place),
          finding + " is placed at " + place);
      assertEquals(!finding.path().isEmpty(), !place.isEmpty(), finding + " has a place");
    }
  }

  @Test
  void fieldsAreDescribedInWords() {
    assertEquals("Action 2, by when", FieldLabels.of("plan.actions[1].due"));
    assertEquals("Review 1, goal scale 3", FieldLabels.of("reviews[0].scale[2].value"));
    assertEquals("Title", FieldLabels.of("title"));
    assertEquals("Child's voice 1, worry 2", FieldLabels.of("childsVoice[0].worries[1]"));
  }
}

package io.github.sixps.formulation.server.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.model.PersonRole;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Saving in the editor keeps what its form does not hold yet: the chronology and family tree. */
class UneditedPartsTest {
  private static final Path AHMED =
      Path.of("../examples/src/main/resources/worked/school-avoidance-ahmed.yaml");

  @Test
  void aFormulationThroughTheFormAndSavedIsTheSameAsTheFile() throws Exception {
    Formulation file = FormulationReader.standard().read(AHMED);
    Formulation viaForm = FormulationForm.decode(FormulationForm.encode(file)).formulation();

    assertEquals(file, UneditedParts.carry(file, viaForm));
  }

  @Test
  void aPersonAddedInTheFormIsKeptAndOneRemovedStaysRemoved() throws Exception {
    Formulation file = FormulationReader.standard().read(AHMED);
    List<Person> people = new ArrayList<>(file.people().subList(0, 3));
    people.add(Person.of("nadia", "Nadia", PersonRole.FRIEND));
    Formulation edited = FormulationForm.decode(FormulationForm.encode(
        file.toBuilder().people(people).build())).formulation();

    Formulation saved = UneditedParts.carry(file, edited);

    assertEquals(people, saved.people());
    assertEquals(file.events(), saved.events());
    assertEquals(file.family(), saved.family());
  }
}

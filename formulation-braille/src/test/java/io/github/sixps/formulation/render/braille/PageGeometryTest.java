package io.github.sixps.formulation.render.braille;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.View;
import io.github.sixps.formulation.render.testing.WorkedExamples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Pages of 40 cells by 25 lines, numbered in order, for every worked example and audience. */
class PageGeometryTest {
  private static final BrailleRenderer FAMILY = BrailleRenderer.builder().build();
  private static final BrailleRenderer PRACTITIONER = BrailleRenderer.builder()
      .audience(Audience.PRACTITIONER).build();

  static List<String> examples() {
    return WorkedExamples.names();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void familyPages(String name) {
    int pages = BrfGeometry.check(FAMILY.render(WorkedExamples.read(name)), 40, 25, false);
    assertTrue(pages >= 2, name + " has " + pages + " pages");
  }

  @ParameterizedTest
  @MethodSource("examples")
  void practitionerPagesHoldTheRecordAsLists(String name) {
    Formulation f = WorkedExamples.read(name);
    String practitioner = PRACTITIONER.render(f);
    BrfGeometry.check(practitioner, 40, 25, false);
    // The record has the reference a family version leaves out.
    String reference = BrailleAscii.encode(UebTranslator.of(BrailleGrade.CONTRACTED)
        .translate("Reference: " + f.id(), c -> { }));
    assertTrue(practitioner.contains(reference), name + ": no " + reference);
    assertTrue(!FAMILY.render(f).contains(reference), name);
  }

  @Test
  void otherSizesAndNumbersAtTheTop() {
    Formulation f = WorkedExamples.read("school-avoidance-ahmed");
    BrailleRenderer small = BrailleRenderer.builder().cellsPerLine(32).linesPerPage(20)
        .pageNumbersAtTop(true).build();
    int pages = BrfGeometry.check(small.render(f), 32, 20, true);
    int usual = BrfGeometry.check(FAMILY.render(f), 40, 25, false);
    assertTrue(pages > usual, pages + " small pages, " + usual + " usual ones");
  }

  @Test
  void supervisionSummaryAndChangesToo() {
    Formulation after = WorkedExamples.read("young-carer-kowalski");
    Formulation before = WorkedExamples.beforeReview("young-carer-kowalski");
    BrailleRenderer summary = BrailleRenderer.builder().view(View.SUPERVISION)
        .asOf(LocalDate.of(2026, 12, 7)).build();
    BrfGeometry.check(summary.renderSince(before, after), 40, 25, false);
    BrfGeometry.check(FAMILY.renderChanges(
        io.github.sixps.formulation.review.FormulationDiff.between(before, after)), 40, 25,
        false);
  }

  @Test
  void writesTheSameAsciiToAStream() throws IOException {
    Formulation f = WorkedExamples.read("young-carer-kowalski");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    FAMILY.render(f, bytes);
    assertEquals(FAMILY.render(f), new String(bytes.toByteArray(), StandardCharsets.US_ASCII));
  }

  @Test
  void optionsOutOfRangeAreRefusedWithTheirName() {
    IllegalArgumentException narrow = assertThrows(IllegalArgumentException.class,
        () -> BrailleRenderer.builder().cellsPerLine(8));
    assertTrue(narrow.getMessage().contains("cellsPerLine"), narrow.getMessage());
    IllegalArgumentException shortPage = assertThrows(IllegalArgumentException.class,
        () -> BrailleRenderer.builder().linesPerPage(2));
    assertTrue(shortPage.getMessage().contains("linesPerPage"), shortPage.getMessage());
  }

  @Test
  void defaultsAreTheFamilyInContractedBrailleOnPagesOf40By25() {
    assertEquals(Audience.FAMILY, FAMILY.options().audience());
    assertEquals(BrailleGrade.CONTRACTED, FAMILY.grade());
    assertEquals(40, FAMILY.cellsPerLine());
    assertEquals(25, FAMILY.linesPerPage());
  }
}

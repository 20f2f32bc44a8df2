package io.github.sixps.formulation.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.model.ChildsVoice;
import io.github.sixps.formulation.model.Factor;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.testing.UserText;
import io.github.sixps.formulation.render.testing.WorkedExamples;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A parent's check of page 1 of each worked example's family handout, from the PDF's own text:
 * it holds every strength (at least its first sentence) and the child's own words, and no page
 * says the protective marking more than once.
 */
class FamilyFirstPageTest {
  private static final PdfRenderer FAMILY = PdfRenderer.builder().audience(Audience.FAMILY)
      .build();
  private static final String MARKING = "OFFICIAL-SENSITIVE";

  static List<String> examples() {
    return WorkedExamples.names();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void pageOneHoldsEveryStrengthAndTheChildsWords(String name) throws IOException {
    Formulation f = WorkedExamples.read(name);
    try (PDDocument pdf = Loader.loadPDF(FAMILY.render(f))) {
      String first = PdfChecks.fold(page(pdf, 1));
      List<String> missing = new ArrayList<>();
      for (Factor s : f.protective()) {
        if (!first.contains(PdfChecks.fold(UserText.fold(firstSentence(s.statement()))))) {
          missing.add(s.id());
        }
      }
      assertEquals(List.of(), missing, name + ": strengths not on page 1");
      Optional<String> childsFirstWords = f.childsVoice().stream()
          .flatMap(v -> said(v).stream()).filter(s -> !s.isBlank()).findFirst();
      childsFirstWords.ifPresent(w -> assertTrue(
          first.contains(PdfChecks.fold(UserText.fold(firstSentence(w)))),
          name + ": the child's words are not on page 1: " + w));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void noPageSaysTheMarkingMoreThanOnce(String name) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(FAMILY.render(WorkedExamples.read(name)))) {
      for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
        String text = page(pdf, p);
        int count = (text.length() - text.replace(MARKING, "").length()) / MARKING.length();
        assertTrue(count <= 1, name + ": page " + p + " says " + MARKING + " " + count
            + " times");
        assertTrue(count == 1, name + ": page " + p + " has no marking");
      }
    }
  }

  private static List<String> said(ChildsVoice v) {
    List<String> all = new ArrayList<>(v.worries());
    all.addAll(v.goodThings());
    all.addAll(v.dreams());
    return all;
  }

  /** The first sentence of a statement, or all of it if it has one. */
  static String firstSentence(String s) {
    String one = s.strip().replaceAll("\\s+", " ");
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("[.!?](?=\\s)").matcher(one);
    return m.find() ? one.substring(0, m.end()) : one;
  }

  private static String page(PDDocument pdf, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(pdf);
  }
}

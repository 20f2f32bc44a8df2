package io.github.sixps.formulation.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.model.ChildsVoice;
import io.github.sixps.formulation.model.Factor;
import io.github.sixps.formulation.model.Action;
import io.github.sixps.formulation.model.ActionStatus;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.review.CurrentState;
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

  /**
   * The actions done as they stand now (the latest review that speaks of each, not the plan as
   * first written) follow the child's words under "What has been done already", newest first:
   * three at most, each the start of its words, then how many more. Page 1 holds them where
   * the strengths and the child's words leave room.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void whatIsDoneAlreadyFollowsTheChildsWordsNewestFirst(String name) throws IOException {
    Formulation f = WorkedExamples.read(name);
    List<Action> done = doneNewestFirst(f);
    try (PDDocument pdf = Loader.loadPDF(FAMILY.render(f))) {
      String all = PdfChecks.fold(PdfChecks.text(pdf));
      int heading = all.indexOf(PdfChecks.fold(DONE_ALREADY));
      assertEquals(!done.isEmpty(), heading >= 0, name + ": " + DONE_ALREADY);
      if (done.isEmpty()) {
        return;
      }
      int childsWords = all.indexOf(PdfChecks.fold("In the child's own words"));
      assertTrue(f.childsVoice().isEmpty() || (childsWords >= 0 && childsWords < heading),
          name + ": what is done comes after the child's words");
      int at = heading;
      for (Action a : done.subList(0, Math.min(3, done.size()))) {
        int found = all.indexOf(PdfChecks.fold(UserText.fold(start(a.action()))), at);
        assertTrue(found > at, name + ": " + a.id() + " is not next under " + DONE_ALREADY);
        at = found;
      }
      if (done.size() > 3) {
        assertTrue(all.indexOf(PdfChecks.fold("And " + (done.size() - 3) + " more"), at) > at,
            name + ": says how many more are done");
      } else {
        assertEquals(-1, all.indexOf(PdfChecks.fold(" more, under"), heading), name);
      }
    }
  }

  /**
   * Kai's handout, read as his mum would read it: page 1 has his words, what is helping (his
   * boxing, his coach Desmond) and the two actions his review of 3 December records as done,
   * which the plan as first written did not.
   */
  @org.junit.jupiter.api.Test
  void kaisPageOneShowsHisWordsHisStrengthsAndWhatIsDone() throws IOException {
    Formulation kai = WorkedExamples.read("exploitation-rendell");
    List<Action> done = doneNewestFirst(kai);
    assertEquals(List.of("A2", "A3"), done.stream().map(Action::id).sorted().toList());
    try (PDDocument pdf = Loader.loadPDF(FAMILY.render(kai))) {
      String first = PdfChecks.fold(page(pdf, 1));
      for (String text : List.of("Box for England.", "Kai loves boxing.", "Desmond",
          DONE_ALREADY, start(done.get(0).action()), start(done.get(1).action()))) {
        assertTrue(first.contains(PdfChecks.fold(UserText.fold(text))),
            "page 1 of Kai's handout does not say: " + text);
      }
    }
  }

  private static final String DONE_ALREADY = "What has been done already";

  private static List<Action> doneNewestFirst(Formulation f) {
    return CurrentState.of(f).actions().stream()
        .filter(a -> a.status() == ActionStatus.DONE)
        .sorted(java.util.Comparator.comparingInt(
            (CurrentState.ActionNow a) -> a.source().review()).reversed())
        .map(CurrentState.ActionNow::action).toList();
  }

  /** The first five words of an action, which its shortened line always keeps. */
  private static String start(String text) {
    String[] words = text.strip().split("\\s+");
    return String.join(" ", java.util.Arrays.copyOf(words, Math.min(5, words.length)))
        .replaceAll("[,:;.]$", "");
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

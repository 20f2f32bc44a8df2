package io.github.sixps.formulation.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.language.LabelledCorpus.Sentence;
import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The standard lexicon measured against the labelled corpus in {@code corpus.tsv}: how much of the
 * language that guidance asks workers to change it finds (recall), and how often it flags a
 * sentence that is fine (the false-flag rate), overall and per category. The figures are printed
 * on every run, and the targets are enforced for the whole corpus and for each category.
 */
class PlainLanguageCorpusTest {
  /** At least this share of the sentences that should be flagged are. */
  static final double RECALL_TARGET = 0.92;
  /** At most this share of the sentences that should not be flagged are. */
  static final double FALSE_FLAG_LIMIT = 0.03;

  static final ImmutableList<Sentence> CORPUS = LabelledCorpus.read("corpus.tsv");

  /** Counts for one category, or for the whole corpus. */
  record Tally(int flagged, int caught, int clean, int falseFlags) {
    static final Tally NONE = new Tally(0, 0, 0, 0);

    Tally plus(Sentence s, boolean answered) {
      return s.flag()
          ? new Tally(flagged + 1, caught + (answered ? 1 : 0), clean, falseFlags)
          : new Tally(flagged, caught, clean + 1, falseFlags + (answered ? 0 : 1));
    }

    double recall() {
      return flagged == 0 ? 1 : (double) caught / flagged;
    }

    double falseFlagRate() {
      return clean == 0 ? 0 : (double) falseFlags / clean;
    }

    boolean meetsTargets() {
      return recall() >= RECALL_TARGET && falseFlagRate() <= FALSE_FLAG_LIMIT;
    }

    String row(String name) {
      return String.format(Locale.ROOT, "%-12s %4d/%-4d %6.1f%%   %3d/%-4d %5.1f%%",
          name, caught, flagged, 100 * recall(), falseFlags, clean, 100 * falseFlagRate());
    }
  }

  @Test
  void meetsTheTargetsOverallAndInEveryCategory() {
    PlainLanguage plain = PlainLanguage.standard();
    Map<String, Tally> byCategory = new LinkedHashMap<>();
    LabelledCorpus.CATEGORIES.forEach(c -> byCategory.put(c, Tally.NONE));
    Tally overall = Tally.NONE;
    List<String> misses = new ArrayList<>();
    List<String> falseFlags = new ArrayList<>();
    for (Sentence s : CORPUS) {
      List<LanguageIssue> issues = plain.check(s.text());
      boolean answered = s.isAnsweredBy(issues);
      byCategory.merge(s.category(), Tally.NONE, (t, unused) -> t.plus(s, answered));
      overall = overall.plus(s, answered);
      if (!answered) {
        (s.flag() ? misses : falseFlags).add(s + (s.flag() ? "" : "  <- " + issues));
      }
    }

    StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
        "%nPlain-language corpus, %d sentences (targets: recall >= %.0f%%, false flags <= %.0f%%)"
            + "%n%-12s %9s %7s   %8s %6s%n",
        CORPUS.size(), 100 * RECALL_TARGET, 100 * FALSE_FLAG_LIMIT,
        "category", "caught", "recall", "flagged", "false"));
    byCategory.forEach((c, t) -> report.append(t.row(c)).append('\n'));
    report.append(overall.row("overall")).append('\n');
    misses.forEach(m -> report.append("  missed: ").append(m).append('\n'));
    falseFlags.forEach(f -> report.append("  false flag: ").append(f).append('\n'));
    System.out.print(report);

    assertTrue(overall.meetsTargets(), "overall: " + overall.row("overall") + report);
    for (Map.Entry<String, Tally> e : byCategory.entrySet()) {
      assertTrue(e.getValue().meetsTargets(), e.getValue().row(e.getKey()) + report);
    }
  }

  @Test
  void isLargeEnoughAndCoversEveryCategoryBothWays() {
    long flagged = CORPUS.stream().filter(Sentence::flag).count();
    long clean = CORPUS.size() - flagged;
    assertTrue(flagged >= 250, "sentences to flag: " + flagged);
    assertTrue(clean >= 250, "sentences not to flag: " + clean);
    for (String category : LabelledCorpus.CATEGORIES) {
      for (boolean flag : new boolean[] {true, false}) {
        long n = CORPUS.stream().filter(s -> s.category().equals(category) && s.flag() == flag)
            .count();
        assertTrue(n >= 40, category + (flag ? " flag: " : " clean: ") + n);
      }
    }
  }

  @Test
  void hasNoSentenceTwice() {
    Set<String> seen = new HashSet<>();
    List<String> twice = new ArrayList<>();
    for (Sentence s : CORPUS) {
      if (!seen.add(s.text())) {
        twice.add(s.toString());
      }
    }
    assertEquals(List.of(), twice);
  }

  @Test
  void readsTheBracketsAsTheWordsToFind() throws Exception {
    List<Sentence> read = parse("label\tflag\tMum is [an addict] and [a runaway].\n"
        + "# a comment\n\nlabel\tclean\tMum has an addiction.\n");
    assertEquals(2, read.size());
    Sentence flagged = read.get(0);
    assertEquals("Mum is an addict and a runaway.", flagged.text());
    assertEquals(List.of(new LabelledCorpus.Span(7, 16), new LabelledCorpus.Span(21, 30)),
        flagged.targets());
    assertEquals(1, flagged.line());
    assertEquals(4, read.get(1).line());
  }

  @Test
  void aFlaggedSentenceNeedsEveryBracketedPartFound() {
    Sentence s = parse("label\tflag\t[ab] cd [ef]\n").get(0);
    LexiconEntry e = LexiconEntry.of("ab", LexiconKind.JARGON, "x");
    LanguageIssue first = new LanguageIssue(e, "ab", 0, 2);
    LanguageIssue last = new LanguageIssue(e, "ef", 6, 8);
    LanguageIssue middle = new LanguageIssue(e, "cd", 3, 5);
    assertTrue(s.isAnsweredBy(List.of(first, last)));
    assertTrue(!s.isAnsweredBy(List.of(first, middle)));
    assertTrue(!s.isAnsweredBy(List.of()));
    Sentence clean = parse("label\tclean\tab cd\n").get(0);
    assertTrue(clean.isAnsweredBy(List.of()));
    assertTrue(!clean.isAnsweredBy(List.of(first)));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "label\tflag", "label\tflag\t[a]\textra", "labels\tflag\t[a]", "label\tyes\t[a]",
      "label\tflag\tno brackets", "label\tclean\t[a]", "label\tflag\t[a", "label\tflag\ta]",
      "label\tflag\t[[a]]", "label\tflag\t[]"})
  void rejectsAMalformedLineNamingIt(String row) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> parse("# header\n" + row + "\n"));
    assertTrue(e.getMessage().startsWith("test.tsv line 2: "), e.getMessage());
  }

  private static List<Sentence> parse(String tsv) {
    try {
      return LabelledCorpus.parse(new BufferedReader(new StringReader(tsv)), "test.tsv");
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}

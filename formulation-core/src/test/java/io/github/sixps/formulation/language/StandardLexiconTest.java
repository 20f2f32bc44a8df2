package io.github.sixps.formulation.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped lexicon resource, and the file format it is written in. */
class StandardLexiconTest {
  private static final Lexicon STANDARD = Lexicon.standard();

  @Test
  void hasAtLeastEightyEntriesOfEveryKind() {
    assertTrue(STANDARD.size() >= 80, "entries: " + STANDARD.size());
    Map<LexiconKind, Long> byKind = STANDARD.entries().stream()
        .collect(Collectors.groupingBy(LexiconEntry::kind, Collectors.counting()));
    for (LexiconKind kind : LexiconKind.values()) {
      assertTrue(byKind.getOrDefault(kind, 0L) >= 20, kind + ": " + byKind.get(kind));
    }
  }

  @Test
  void hasNoDuplicatePhrases() {
    Set<String> seen = new HashSet<>();
    List<String> duplicates = new ArrayList<>();
    for (LexiconEntry e : STANDARD.entries()) {
      // Acronyms differ by case (CiC is not cic); other phrases are matched without regard to it.
      String key =
          e.kind() == LexiconKind.ACRONYM ? e.phrase() : e.phrase().toLowerCase(Locale.ROOT);
      if (!seen.add(key)) {
        duplicates.add(e.phrase());
      }
    }
    assertEquals(List.of(), duplicates);
  }

  @Test
  void everyEntryHasAnAlternativeAndANote() {
    for (LexiconEntry e : STANDARD.entries()) {
      assertFalse(e.alternative().isBlank(), e.phrase());
      assertFalse(e.note().isBlank(), e.phrase());
      assertFalse(e.alternative().equalsIgnoreCase(e.phrase()), e.phrase());
    }
  }

  @Test
  void everyEntryMatchesItsOwnPhrase() {
    PlainLanguage plain = PlainLanguage.standard();
    List<String> failures = new ArrayList<>();
    for (LexiconEntry e : STANDARD.entries()) {
      List<LanguageIssue> issues = plain.check(e.phrase());
      if (issues.size() != 1 || !issues.get(0).entry().equals(e)
          || !issues.get(0).matched().equals(e.phrase())) {
        failures.add(e.phrase() + " -> " + issues);
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void noAlternativeIsItselfFlagged() {
    // An alternative that is itself jargon would send the reader round in circles.
    PlainLanguage plain = PlainLanguage.standard();
    List<String> flagged = new ArrayList<>();
    for (LexiconEntry e : STANDARD.entries()) {
      List<LanguageIssue> issues = plain.check(e.alternative());
      if (!issues.isEmpty()) {
        flagged.add(e.phrase() + ": " + issues);
      }
    }
    assertEquals(List.of(), flagged);
  }

  @Test
  void isLoadedOnce() {
    assertTrue(Lexicon.standard() == Lexicon.standard());
    assertTrue(PlainLanguage.standard() == PlainLanguage.standard());
    assertThrows(UnsupportedOperationException.class, () -> STANDARD.entries().clear());
  }

  @Test
  void readsTheFileFormat() throws Exception {
    String yaml = """
        # a comment
        - phrase: fail to engage
          kind: deficit
          alternative: "has not found a way to work with us yet"
          note: Puts the responsibility on the family.
        - phrase: CIN
          kind: ACRONYM
          alternative: child in need
          note: A code.
        """;
    List<LexiconEntry> entries = LexiconFile.read(stream(yaml), "test.yaml");
    assertEquals(List.of(
        LexiconEntry.of("fail to engage", LexiconKind.DEFICIT,
            "has not found a way to work with us yet", "Puts the responsibility on the family."),
        LexiconEntry.of("CIN", LexiconKind.ACRONYM, "child in need", "A code.")), entries);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "phrase: x",
      "- phrase: x\n  kind: jargon\n  alternative: y",
      "- phrase: x\n  kind: slang\n  alternative: y\n  note: z",
      "- phrase: x\n  kind: jargon\n  alternative: y\n  note: z\n  notes: w",
      "- phrase: x\n  kind: jargon\n  alternative: [y]\n  note: z",
      "- phrase: x\n  kind: jargon\n  alternative: ' '\n  note: z",
      "- phrase: 'x, y'\n  kind: jargon\n  alternative: y\n  note: z",
      "- just text"})
  void rejectsAMalformedFileNamingTheLine(String yaml) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LexiconFile.read(stream(yaml), "bad.yaml"));
    assertTrue(e.getMessage().startsWith("bad.yaml line "), e.getMessage());
  }

  private static ByteArrayInputStream stream(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }
}

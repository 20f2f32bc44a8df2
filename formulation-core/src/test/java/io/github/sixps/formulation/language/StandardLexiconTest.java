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
  void everyEntryMatchesItsOwnPhraseWhereItsContextHolds() {
    // An entry with no "when" is found as its phrase alone; one with a "when" is found in the
    // example its first fitting pattern makes ("supervised _" gives "supervised contact").
    PlainLanguage plain = PlainLanguage.standard();
    List<String> failures = new ArrayList<>();
    for (LexiconEntry e : STANDARD.entries()) {
      List<String> texts = e.context().when().isEmpty() ? List.of(e.phrase())
          : e.context().when().stream().map(n -> n.around(e.phrase())).toList();
      boolean found = false;
      for (String text : texts) {
        List<LanguageIssue> issues = plain.check(text);
        found |= issues.size() == 1 && issues.get(0).entry().equals(e)
            && issues.get(0).matched().equals(e.phrase());
      }
      if (!found) {
        failures.add(e.phrase() + " in none of " + texts);
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void anEntryWithAWhenIsNotFoundOnItsOwn() {
    PlainLanguage plain = PlainLanguage.standard();
    List<String> found = new ArrayList<>();
    for (LexiconEntry e : STANDARD.entries()) {
      if (!e.context().when().isEmpty()) {
        plain.check(e.phrase()).stream().filter(i -> i.entry().equals(e))
            .forEach(i -> found.add(e.phrase()));
      }
    }
    assertEquals(List.of(), found);
  }

  @Test
  void usesEveryWordSetItDefines() throws Exception {
    // A set no pattern names is a mistake waiting to happen: someone thinks it is in use.
    String file;
    try (var in = Lexicon.class.getResourceAsStream("lexicon.yaml")) {
      file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String words = file.substring(file.indexOf("\nwords:\n"), file.indexOf("\nentries:\n"));
    String entries = file.substring(file.indexOf("\nentries:\n"));
    List<String> unused = new ArrayList<>();
    for (String line : words.split("\n")) {
      if (line.matches("  [a-z][a-z0-9-]*: \\[.*")) {
        String name = line.substring(2, line.indexOf(':'));
        if (!entries.contains("@" + name)) {
          unused.add(name);
        }
      }
    }
    assertEquals(List.of(), unused);
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
    java.util.Collection<?> entries = STANDARD.entries();   // as callers see it: no deprecation
    assertThrows(UnsupportedOperationException.class, entries::clear);
  }

  @Test
  void readsTheFullFileFormatWithWordSetsAndContexts() throws Exception {
    String yaml = """
        words:
          family: [mum, dad]
        entries:
          - phrase: contact
            kind: jargon
            forms: noun
            when: ["supervised _", "_ with @family"]
            unless: "eye _"
            alternative: family time
            note: Children asked for it.
        """;
    List<LexiconEntry> entries = LexiconFile.read(stream(yaml), "test.yaml");
    Map<String, List<String>> sets = Map.of("family", List.of("mum", "dad"));
    assertEquals(List.of(LexiconEntry.of("contact", LexiconKind.JARGON, "family time",
            "Children asked for it.")
        .withForms(PhraseForms.NOUN)
        .withContext(Context.parse(List.of("supervised _", "_ with @family"), List.of("eye _"),
            sets))), entries);
    PlainLanguage plain = PlainLanguage.of(Lexicon.of(entries));
    assertEquals(1, plain.check("Contact with Dad is on Friday.").size());
    assertEquals(List.of(), plain.check("Dad contacted the school."));
    assertEquals(List.of(), plain.check("Eye contact with Dad is hard for Ben."));
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
      "- just text",
      "- phrase: x\n  kind: jargon\n  forms: verb\n  alternative: y\n  note: z",
      "- phrase: x\n  kind: jargon\n  when: [\"x\"]\n  alternative: y\n  note: z",
      "- phrase: x\n  kind: jargon\n  when: [\"@nope _\"]\n  alternative: y\n  note: z",
      "- phrase: x\n  kind: jargon\n  unless: {a: b}\n  alternative: y\n  note: z",
      "- phrase: x\n  kind: jargon\n  when: [\"a _\"]\n  when: [\"b _\"]\n  alternative: y\n  note: z",
      "words:\n  Family: [mum]\nentries: []",
      "words:\n  family: []\nentries: []",
      "words:\n  family: {mum: 1}\nentries: []",
      "words:\n  family: [mum]\n  family: [dad]\nentries: []",
      "words:\n  family: [mum]",
      "entries: {}",
      "lexicon: []",
      "just text"})
  void rejectsAMalformedFileNamingTheLine(String yaml) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LexiconFile.read(stream(yaml), "bad.yaml"));
    assertTrue(e.getMessage().startsWith("bad.yaml line "), e.getMessage());
  }

  private static ByteArrayInputStream stream(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }
}

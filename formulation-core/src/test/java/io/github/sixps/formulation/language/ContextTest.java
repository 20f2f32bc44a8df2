package io.github.sixps.formulation.language;

import static io.github.sixps.formulation.language.LexiconKind.ACRONYM;
import static io.github.sixps.formulation.language.LexiconKind.JARGON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How an entry's context, written as patterns of neighbouring words, decides where it counts. */
class ContextTest {
  private static final Map<String, List<String>> SETS =
      Map.of("family", List.of("mum", "dad", "nan"), "thing", List.of("bus", "letter"));

  /** The matched texts when a lexicon of the one entry checks {@code text}. */
  private static List<String> found(LexiconEntry entry, String text) {
    return PlainLanguage.of(Lexicon.of(List.of(entry))).check(text).stream()
        .map(LanguageIssue::matched).toList();
  }

  private static LexiconEntry contact(List<String> when, List<String> unless) {
    return LexiconEntry.of("contact", JARGON, "family time")
        .withForms(PhraseForms.NOUN)
        .withContext(Context.parse(when, unless, SETS));
  }

  @Test
  void aPhraseWithAWhenCountsOnlyBesideOneOfItsPatterns() {
    LexiconEntry e = contact(List.of("supervised|weekly _", "_ with [her|his] @family"), List.of());
    assertEquals(List.of("contact"), found(e, "Supervised contact is on Friday."));
    assertEquals(List.of("contact"), found(e, "Weekly contact went well."));
    assertEquals(List.of("Contact"), found(e, "Contact with her nan is on Friday."));
    assertEquals(List.of("contact"), found(e, "Her contact with Dad is on Friday."));
    assertEquals(List.of("Contacts"), found(e, "Contacts with his dad are weekly."));
    assertEquals(List.of(), found(e, "Contact the school on Friday."));
    assertEquals(List.of(), found(e, "Contact with the school is by email."));
  }

  @Test
  void unlessWinsOverWhen() {
    LexiconEntry e = contact(List.of("no|more _"), List.of("_ details"));
    assertEquals(List.of("contact"), found(e, "There is no contact at the moment."));
    assertEquals(List.of(), found(e, "There are no contact details on file."));
  }

  @Test
  void anEntryWithOnlyUnlessCountsEverywhereElse() {
    LexiconEntry e = LexiconEntry.of("respite", JARGON, "a short break")
        .withContext(Context.parse(List.of(), List.of("_ from [the] heat|rain"), SETS));
    assertEquals(List.of("Respite"), found(e, "Respite is every other weekend."));
    assertEquals(List.of(), found(e, "The trees gave a respite from the heat."));
    assertEquals(List.of(), found(e, "The trees gave a respite from rain."));
  }

  @Test
  void nounFormsLeaveTheVerbAlone() {
    LexiconEntry e = contact(List.of(), List.of());
    assertEquals(List.of("contact", "contacts", "contact's"),
        found(e, "contact, contacts, contact's, contacted, contacting"));
  }

  @Test
  void optionalSlotsMayBeLeftOutAndStarIsAnyWord() {
    LexiconEntry e = LexiconEntry.of("allow", LexiconKind.DEFICIT, "say who did what")
        .withContext(Context.parse(List.of("_ [*] [*] back"), List.of(), SETS));
    assertEquals(List.of("allowed"), found(e, "Mum allowed Dad back."));
    assertEquals(List.of("allowed"), found(e, "Mum allowed her partner back."));
    assertEquals(List.of("allows"), found(e, "Mum allows back."));
    assertEquals(List.of(), found(e, "Mum allowed the children's own father back."));
    assertEquals(List.of(), found(e, "Mum allowed Jay to stay up."));
  }

  @Test
  void patternWordsAreFoundInTheirFormsButShortWordsOnlyAsWritten() {
    LexiconEntry took = LexiconEntry.of("contact", JARGON, "family time")
        .withForms(PhraseForms.NOUN)
        .withContext(Context.parse(List.of("_ take place", "be _"), List.of(), SETS));
    assertEquals(List.of("Contact"), found(took, "Contact took place at the centre."));
    assertEquals(List.of("contact"), found(took, "Family contact taking place weekly."));
    assertEquals(List.of("contact"), found(took, "It was contact."));
    LexiconEntry a = LexiconEntry.of("user", JARGON, "uses")
        .withContext(Context.parse(List.of("a _"), List.of(), SETS));
    assertEquals(List.of("user"), found(a, "She is a user."));
    assertEquals(List.of(), found(a, "As user, she may"), "\"a\" does not find \"as\"");
    LexiconEntry mum = LexiconEntry.of("contact", JARGON, "family time")
        .withContext(Context.parse(List.of("@family _"), List.of(), SETS));
    assertEquals(List.of("contact"), found(mum, "Mum's contact is on Friday."));
    assertEquals(List.of("contact"), found(mum, "Nans contact is on Friday."));
  }

  @Test
  void neighboursFollowOnButMayStepOverAnAside() {
    LexiconEntry e = contact(List.of("_ take place"), List.of());
    assertEquals(List.of("Contact"), found(e, "Contact, which Dad asked for, took place."));
    assertEquals(List.of("Contact"), found(e, "Contact (at the centre) took place."));
    assertEquals(List.of("Contact"), found(e, "Contact \u2014 at last \u2014 took place."));
    assertEquals(List.of(), found(e, "Contact, which Dad asked for. It took place."));
    assertEquals(List.of(), found(e, "Contact. Took place."));
    LexiconEntry before = contact(List.of("supervised _"), List.of());
    assertEquals(List.of("contact"), found(before, "Supervised, as agreed, contact."));
    assertEquals(List.of("contact"), found(before, "Supervised (as agreed) contact."));
    assertEquals(List.of(), found(before, "Supervised. Contact."));
    assertEquals(List.of(), found(before, "Supervised (as agreed, contact."));
    assertEquals(List.of(), found(before, "Supervised, as agreed) contact."));
    assertEquals(List.of("contact"),
        found(before, "Supervised, one two three four five six seven eight, contact."));
    assertEquals(List.of(),
        found(before, "Supervised, one two three four five six seven eight nine, contact."));
    assertEquals(List.of(), found(before, "Supervised, as, agreed, contact."));
  }

  @Test
  void theFirstEntryWhoseContextHoldsWins() {
    Lexicon lexicon = Lexicon.of(List.of(
        LexiconEntry.of("contact", JARGON, "first")
            .withContext(Context.parse(List.of("supervised _"), List.of(), SETS)),
        LexiconEntry.of("Contact", JARGON, "second")));
    PlainLanguage plain = PlainLanguage.of(lexicon);
    assertEquals("first", plain.check("supervised contact").get(0).entry().alternative());
    assertEquals("second", plain.check("weekly contact").get(0).entry().alternative());
  }

  @Test
  void aLongerPhraseWhoseContextFailsGivesWayToAShorterOne() {
    Lexicon lexicon = Lexicon.of(List.of(
        LexiconEntry.of("did not engage", LexiconKind.DEFICIT, "did not take up the offer")
            .withContext(Context.parse(List.of(), List.of("@thing _"), SETS)),
        LexiconEntry.of("engage", LexiconKind.DEFICIT, "work with")));
    PlainLanguage plain = PlainLanguage.of(lexicon);
    assertEquals(List.of("did not engage"),
        plain.check("Dad did not engage.").stream().map(LanguageIssue::matched).toList());
    assertEquals(List.of("engage"),
        plain.check("The bus did not engage.").stream().map(LanguageIssue::matched).toList());
  }

  @Test
  void anAcronymCanHaveAContextToo() {
    LexiconEntry dna = LexiconEntry.of("DNA", ACRONYM, "missed the appointment")
        .withContext(Context.parse(List.of("be _"), List.of(), SETS));
    assertEquals(List.of("DNA"), found(dna, "The baby was DNA twice."));
    assertEquals(List.of(), found(dna, "The DNA test came back."));
    assertEquals(List.of(), found(dna, "The baby was dna twice."), "acronyms keep their case");
  }

  @Test
  void aroundMakesAnExampleFromTheWordsThatAreNotOptional() {
    assertEquals("supervised contact", Neighbours.parse("supervised|weekly _").around("contact"));
    assertEquals("contact with mum",
        Neighbours.parse("_ with [her|his] @family", SETS).around("contact"));
    assertEquals("allow something back", Neighbours.parse("_ * [*] back").around("allow"));
  }

  @Test
  void patternsAreValuesShownAsWritten() {
    Neighbours a = Neighbours.parse("  supervised   _ ");
    assertEquals("supervised _", a.pattern());
    assertEquals("supervised _", a.toString());
    assertEquals(a, Neighbours.parse("supervised _"));
    assertEquals(a.hashCode(), Neighbours.parse("supervised _").hashCode());
    assertNotEquals(a, Neighbours.parse("_ supervised"));
    assertNotEquals(a, Neighbours.parse("[supervised] _ session"));
    assertEquals("any", Context.ANY.toString());
    assertTrue(Context.ANY.isAny());
    Context c = Context.parse(List.of("a _"), List.of("b _"), SETS);
    assertEquals("when [a _], unless [b _]", c.toString());
    assertEquals("when [a _]", Context.parse(List.of("a _"), List.of(), SETS).toString());
    assertEquals("unless [b _]", Context.parse(List.of(), List.of("b _"), SETS).toString());
    assertEquals(c, Context.of(List.of(Neighbours.parse("a _")), List.of(Neighbours.parse("b _"))));
    assertEquals(LexiconEntry.of("x", JARGON, "y"),
        new LexiconEntry("x", JARGON, "y", "", PhraseForms.ALL, Context.ANY));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "_", "supervised", "_ _", "[a] _ [b]", "a, _", "a _ b,c", "_ @nope", "_ []",
      "_ a||b", "_ [[a]]", "_ half-brother"})
  void rejectsAMalformedPatternNamingIt(String pattern) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Neighbours.parse(pattern, SETS));
    assertTrue(e.getMessage().startsWith("pattern"), e.getMessage());
    assertTrue(e.getMessage().contains("\"" + pattern + "\""), e.getMessage());
  }

  @Test
  void rejectsAWordSetWithNoWordsAndNulls() {
    assertThrows(IllegalArgumentException.class,
        () -> Neighbours.parse("_ @empty", Map.of("empty", List.of())));
    assertThrows(NullPointerException.class, () -> Neighbours.parse(null));
    assertThrows(NullPointerException.class, () -> Neighbours.parse("a _", null));
    assertThrows(NullPointerException.class, () -> Context.of(null, List.of()));
    assertThrows(NullPointerException.class, () -> Context.of(List.of(), null));
    assertThrows(NullPointerException.class,
        () -> LexiconEntry.of("x", JARGON, "y").withContext(null));
    assertThrows(NullPointerException.class,
        () -> LexiconEntry.of("x", JARGON, "y").withForms(null));
  }
}

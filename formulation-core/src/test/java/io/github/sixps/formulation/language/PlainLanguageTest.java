package io.github.sixps.formulation.language;

import static io.github.sixps.formulation.language.LexiconKind.ACRONYM;
import static io.github.sixps.formulation.language.LexiconKind.DEFICIT;
import static io.github.sixps.formulation.language.LexiconKind.JARGON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.testing.Formulations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlainLanguageTest {
  private static final PlainLanguage PLAIN = PlainLanguage.standard();

  /** One expected hit: the entry's phrase and kind, and the text it matched. */
  record Hit(String phrase, LexiconKind kind, String matched) {
    @Override
    public String toString() {
      return kind + " " + phrase + " as \"" + matched + "\"";
    }
  }

  private static Hit hit(LexiconKind kind, String phrase, String matched) {
    return new Hit(phrase, kind, matched);
  }

  private static Arguments flagged(String sentence, Hit... hits) {
    return Arguments.of(sentence, List.of(hits));
  }

  /** Sentences as practitioners write them, each with every hit the standard lexicon must find. */
  static Stream<Arguments> flaggedSentences() {
    return Stream.of(
        // Acronyms
        flagged("Amira has been on a CIN plan since March.", hit(ACRONYM, "CIN", "CIN")),
        flagged("The CP conference is on Tuesday at ten.", hit(ACRONYM, "CP", "CP")),
        flagged("Jay's PEP says he wants more help with reading.", hit(ACRONYM, "PEP", "PEP")),
        flagged("Mum asked what an EHCP would mean for Leo.", hit(ACRONYM, "EHCP", "EHCP")),
        flagged("Both boys now have EHCPs in place.", hit(ACRONYM, "EHCP", "EHCPs")),
        flagged("The IRO's view is that the plan is working.", hit(ACRONYM, "IRO", "IRO's")),
        flagged("A referral to CAMHS was made in May.", hit(ACRONYM, "CAMHS", "CAMHS")),
        flagged("Dad was invited to the TAF meeting but could not get time off work.",
            hit(ACRONYM, "TAF", "TAF")),
        flagged("The S47 enquiry found that the bruise was from a fall.",
            hit(ACRONYM, "s47", "S47")),
        flagged("Sara has been in care under s20 since the summer.", hit(ACRONYM, "s20", "s20")),
        flagged("Two ACEs were noted in the chronology.", hit(ACRONYM, "ACEs", "ACEs")),
        flagged("The SENCO will meet Nana on Monday.", hit(ACRONYM, "SENCO", "SENCO")),
        flagged("The family was discussed at MARAC last week.", hit(ACRONYM, "MARAC", "MARAC")),
        flagged("There were several DV incidents before the move.", hit(ACRONYM, "DV", "DV")),
        flagged("The school DSL rang the social worker.", hit(ACRONYM, "DSL", "DSL")),
        flagged("We talked about the PLO letter and what it means.", hit(ACRONYM, "PLO", "PLO")),
        flagged("Kai has been NEET since he left college.", hit(ACRONYM, "NEET", "NEET")),
        // Jargon
        flagged("Ellie has contact with her dad every other Saturday.",
            hit(JARGON, "have contact with", "has contact with")),
        flagged("The placement has been stable for six months.",
            hit(JARGON, "placement", "placement")),
        flagged("Respite with Aunt Jo gives Mum a rest at weekends.",
            hit(JARGON, "respite", "Respite")),
        flagged("The family was stepped down to early help in June.",
            hit(JARGON, "step down", "stepped down")),
        flagged("Sam presented as withdrawn and tired at school.",
            hit(JARGON, "present as", "presented as")),
        flagged("Supervised contact takes place at the family centre.",
            hit(JARGON, "supervised contact", "Supervised contact")),
        flagged("A multi-agency meeting was held on 3 May.",
            hit(JARGON, "multi-agency", "multi-agency")),
        flagged("School raised safeguarding concerns about bruising.",
            hit(JARGON, "safeguarding concern", "safeguarding concerns")),
        flagged("Mia's LAC review is due in April.", hit(JARGON, "LAC review", "LAC review")),
        flagged("The care plan was agreed at the last meeting.",
            hit(JARGON, "care plan", "care plan")),
        flagged("A package of support was offered to the family.",
            hit(JARGON, "package of support", "package of support")),
        flagged("The worry did not meet the threshold for a strategy meeting.",
            hit(JARGON, "threshold", "threshold"),
            hit(JARGON, "strategy meeting", "strategy meeting")),
        flagged("Tom gets very dysregulated after phone calls with his brother.",
            hit(JARGON, "dysregulated", "dysregulated")),
        flagged("Mum was signposted to the food bank.",
            hit(JARGON, "signpost", "signposted")),
        flagged("The worries were escalated to the team manager.",
            hit(JARGON, "escalate", "escalated")),
        flagged("Looked-after children have a right to an advocate.",
            hit(JARGON, "looked after child", "Looked-after children")),
        flagged("We spoke to Kai in relation to his worries about school.",
            hit(JARGON, "in relation to", "in relation to")),
        // Deficit and blaming phrases
        flagged("Mum failed to engage with the parenting course.",
            hit(DEFICIT, "fail to engage", "failed to engage")),
        flagged("Dad has been non-compliant with the safety plan.",
            hit(DEFICIT, "non-compliant", "non-compliant")),
        flagged("Staff described Leo as attention-seeking at lunchtime.",
            hit(DEFICIT, "attention-seeking", "attention-seeking")),
        flagged("The family were seen as hard to reach.",
            hit(DEFICIT, "hard to reach", "hard to reach")),
        flagged("Ruby kicked off when her phone was taken away.",
            hit(DEFICIT, "kick off", "kicked off")),
        flagged("The home was described as chaotic.", hit(DEFICIT, "chaotic", "chaotic")),
        flagged("Mum lacks insight into how the arguments affect the children.",
            hit(DEFICIT, "lack insight", "lacks insight")),
        flagged("Jade absconded from her foster home twice last month.",
            hit(DEFICIT, "abscond", "absconded")),
        flagged("Kyle did not attend his dental appointment.",
            hit(DEFICIT, "did not attend", "did not attend")),
        flagged("Kyle didn\u2019t attend the review.",
            hit(DEFICIT, "did not attend", "didn\u2019t attend")),
        flagged("Dad refused to let the worker in.", hit(DEFICIT, "refuse", "refused")),
        flagged("Ryan shows challenging behaviour in class.",
            hit(DEFICIT, "challenging behaviour", "challenging behaviour")),
        flagged("The report gives poor parenting as the main factor.",
            hit(DEFICIT, "poor parenting", "poor parenting")),
        flagged("Mum is in denial about Dad's drinking.", hit(DEFICIT, "in denial", "in denial")),
        flagged("Chloe is putting herself at risk by going to parties with older men.",
            hit(DEFICIT, "put herself at risk", "putting herself at risk")),
        flagged("The placement breakdown in March was hard for Ava.",
            hit(DEFICIT, "placement breakdown", "placement breakdown")),
        flagged("Owen has disengaged from school since Easter.",
            hit(DEFICIT, "disengage", "disengaged")),
        flagged("The chronology shows disguised compliance over two years.",
            hit(DEFICIT, "disguised compliance", "disguised compliance")),
        flagged("Mum was hostile when we visited.", hit(DEFICIT, "hostile", "hostile")),
        flagged("Jess is manipulative with staff.", hit(DEFICIT, "manipulative", "manipulative")),
        // More than one kind in a sentence
        flagged("Mum failed to engage with the CIN plan.",
            hit(DEFICIT, "fail to engage", "failed to engage"), hit(ACRONYM, "CIN", "CIN")),
        flagged("The IRO said the placement was at risk because of Leo's challenging behaviour.",
            hit(ACRONYM, "IRO", "IRO"), hit(JARGON, "placement", "placement"),
            hit(DEFICIT, "challenging behaviour", "challenging behaviour")));
  }

  /** Plain, respectful sentences of the kind a formulation holds: none may be flagged. */
  static final List<String> PLAIN_SENTENCES = List.of(
      "Amira sees her dad every Saturday at Nana's house.",
      "Tobi has short breaks home with his family every other weekend.",
      "Mum and Amira bake together on Sunday afternoons.",
      "Nana picks the children up from school on Tuesdays and Thursdays.",
      "Leo says his best day is when he plays football with his cousins.",
      "I want to feel safe when I go to bed.",
      "I worry that Mum gets sad when Dad shouts.",
      "When I grow up I want to be a vet and look after animals.",
      "Dad will phone the school every Friday to ask how the week went.",
      "Mum will keep a diary of Jay's sleep for four weeks.",
      "Sara's aunt has offered to have the children to stay one weekend a month.",
      "Jo, the family support worker, will visit each Wednesday at four.",
      "The health visitor will check Ben's weight at the clinic next month.",
      "Mum has stopped drinking for three months and is proud of it.",
      "Kai finds it hard to calm down after phone calls with his brother.",
      "Ruby gets upset when her phone is taken away, and settles if she can go to her room.",
      "Dad has missed the last two meetings because of his shifts at work.",
      "We have not yet found a time for meetings that works for Dad.",
      "Mum and Dad live apart and both want to stay close to the children.",
      "Grandad takes Owen fishing every other Sunday.",
      "Owen's teacher says he is kind to younger children at lunchtime.",
      "Chloe told us that older men have been giving her lifts and gifts, and that she feels"
          + " scared.",
      "Mum said the court papers were hard to understand, so we went through them together.",
      "The plan to keep Mia safe will be looked at again on 12 June.",
      "Ellie would like to spend more time with her big sister.",
      "Mum has asked for help with money and the rent.",
      "Jay goes to a smaller school now and says the teachers listen to him.",
      "Dad has agreed to go on a course about how children feel when adults argue.",
      "Amira worries that Mum will get ill again and that nobody will pick her up.",
      "Good things: my dog, my friends, and chips on Friday.",
      "I\u2019m proud that I went to school every day this week.",
      "Mum's friend Priya helps with the school run when Mum works early.",
      "The family speak Arabic at home and would like letters in Arabic too.",
      "Leo's uncle is teaching him to ride a bike in the park.",
      "Sam wants his foster carers to come to his football matches.",
      "By the end of term, Jay will read with his mum for ten minutes each night.",
      "Mum will ring her sister when she feels low, instead of staying in bed.",
      "Dad says he wants to be a better dad than his own father was.",
      "Nana has been a steady, loving presence for all three children.",
      "Ben is autistic and loves trains; a picture timetable helps him start the day.",
      "Mia missed two dental appointments because the bus did not come.",
      "Kai is learning to name his feelings with the help of a counsellor.",
      "Ava moved to a new foster home in March and says she likes her room.",
      "The school nurse will meet Ruby every fortnight to talk about how she is sleeping.",
      "Dad does not agree that the children were in danger, and we will keep talking about it.",
      "Mum keeps in touch with the school by email.",
      "Ella will help Amira make a book about her family, with photos and drawings.",
      "I would like to see my brother more.",
      "We will meet again in six weeks to see what has changed.",
      "Mum's friends from church bring meals round when she is unwell.",
      "Owen is on the waiting list for speech and language therapy.",
      "Dad contacted the school to ask about the trip.",
      "Nana looked after the children while Mum was in hospital.");

  @ParameterizedTest
  @MethodSource("flaggedSentences")
  void findsEveryHitInAFlaggedSentence(String sentence, List<Hit> expected) {
    List<LanguageIssue> issues = PLAIN.check(sentence);
    List<Hit> actual = issues.stream()
        .map(i -> new Hit(i.entry().phrase(), i.entry().kind(), i.matched()))
        .collect(Collectors.toList());
    assertEquals(expected, actual, sentence);
    for (LanguageIssue issue : issues) {
      assertEquals(issue.matched(), sentence.substring(issue.start(), issue.end()));
    }
  }

  @Test
  void theCorpusIsLargeEnoughAndCoversEveryKind() {
    List<Arguments> flagged = flaggedSentences().collect(Collectors.toList());
    assertTrue(flagged.size() >= 40, "flagged sentences: " + flagged.size());
    assertTrue(PLAIN_SENTENCES.size() >= 40, "plain sentences: " + PLAIN_SENTENCES.size());
    Set<LexiconKind> kinds = EnumSet.noneOf(LexiconKind.class);
    for (Arguments a : flagged) {
      @SuppressWarnings("unchecked")
      List<Hit> hits = (List<Hit>) a.get()[1];
      hits.forEach(h -> kinds.add(h.kind()));
    }
    assertEquals(EnumSet.allOf(LexiconKind.class), kinds);
  }

  @Test
  void flagsNothingInPlainRespectfulSentences() {
    List<String> falsePositives = new ArrayList<>();
    for (String sentence : PLAIN_SENTENCES) {
      List<LanguageIssue> issues = PLAIN.check(sentence);
      if (!issues.isEmpty()) {
        falsePositives.add(sentence + " -> " + issues);
      }
    }
    assertEquals(List.of(), falsePositives);
  }

  // --- Forms of words -------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {
      "fail to engage", "fails to engage", "failed to engage", "failing to engage",
      "FAILED TO ENGAGE", "Failing To Engage", "failed\nto  engage", "failed-to-engage"})
  void findsEveryFormOfAVerbPhrase(String text) {
    assertOnlyHit("fail to engage", text, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "did not attend", "does not attend", "do not attend", "didn't attend", "didn\u2019t attend",
      "doesn't attend", "DIDN'T ATTEND"})
  void readsNegativeContractionsAsTwoWords(String text) {
    assertOnlyHit("did not attend", text, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "non-compliant", "non compliant", "noncompliant", "Non-Compliant", "non\u2011compliant",
      "non\u2013compliant", "non\u00ADcompliant"})
  void treatsHyphensAndSpacesAlike(String text) {
    assertOnlyHit("non-compliant", text, text);
  }

  @Test
  void findsOtherFormsOfLaterWords() {
    assertOnlyHit("challenging behaviour", "challenging behaviours", "challenging behaviours");
    assertOnlyHit("challenging behaviour", "challenging behavior", "challenging behavior");
    assertOnlyHit("looked after child", "looked after children", "looked after children");
    assertOnlyHit("looked after child", "a looked after child's plan", "looked after child's");
    assertOnlyHit("put herself at risk", "he puts himself at risk", "puts himself at risk");
    assertOnlyHit("put herself at risk", "putting themselves at risk",
        "putting themselves at risk");
    assertOnlyHit("have contact with", "they had contact with Mum", "had contact with");
    assertOnlyHit("kick off", "he kicks off", "kicks off");
    assertOnlyHit("kick off", "kicking off", "kicking off");
    assertOnlyHit("step down", "stepping down to early help", "stepping down");
    assertOnlyHit("minimise", "Dad minimizes it", "minimizes");
    assertOnlyHit("minimise", "minimising", "minimising");
    assertOnlyHit("placement", "two placements", "placements");
    assertOnlyHit("multi-agency", "multiagency", "multiagency");
    assertOnlyHit("safeguarding concern", "a safeguarding concern", "safeguarding concern");
  }

  @Test
  void findsPossessivesAndHyphenatedPhrases() {
    assertOnlyHit("threshold", "the threshold's purpose", "threshold's");
    assertOnlyHit("step down", "a step-down plan", "step-down");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Dad contacted the school.", "They are contacting the GP.", "a replacement boiler",
      "displacement", "the CPU is slow", "kicked the ball off the wall", "looking after children",
      "CINEMA", "s47a", "presenting issues"})
  void matchesWholeWordsAndPhrasesOnly(String text) {
    assertEquals(List.of(), PLAIN.check(text), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "failed, despite three reminders, to engage", "failed (as far as we know) to engage",
      "failed \u2014 again \u2014 to engage", "failed\u2014again\u2014to engage",
      "failed \u2013 again \u2013 to engage", "failed - again - to engage",
      "failed, one two three four five six seven eight, to engage"})
  void aPhraseMayStepOverAnAsideBetweenItsWords(String text) {
    PlainLanguage only = PlainLanguage.of(Lexicon.of(List.of(
        LexiconEntry.of("fail to engage", DEFICIT, "has not found a way to work with us yet"))));
    List<LanguageIssue> issues = only.check("Dad " + text + " with us.");
    assertEquals(List.of(text), issues.stream().map(LanguageIssue::matched).toList(), text);
  }

  @Test
  void theStandardLexiconFindsAPhraseSplitByAnAside() {
    assertOnlyHit("did not attend", "Dad did not, on three occasions, attend.",
        "did not, on three occasions, attend");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "failed. To engage", "failed, to engage", "failed to re-engage", "failed to, engage",
      "failed (to) engage", "failed, as ever to engage", "failed, to, engage",
      "failed, one two three four five six seven eight nine, to engage"})
  void aPhraseDoesNotRunOnAcrossPunctuationOrIntoAnotherWord(String text) {
    PlainLanguage only = PlainLanguage.of(Lexicon.of(List.of(
        LexiconEntry.of("fail to engage", DEFICIT, "has not found a way to work with us yet"))));
    assertEquals(List.of(), only.check(text), text);
  }

  // --- Case ----------------------------------------------------------------------------------

  @Test
  void matchesAcronymsWithRegardToCase() {
    assertOnlyHit("CIN", "on a CIN plan", "CIN");
    assertEquals(List.of(), PLAIN.check("cin"));
    assertEquals(List.of(), PLAIN.check("Cin"));
    assertOnlyHit("CP", "CP", "CP");
    assertEquals(List.of(), PLAIN.check("cp"));
    assertEquals(List.of(), PLAIN.check("CPU"));
    assertOnlyHit("CP", "a CP-registered child", "CP");
    assertOnlyHit("s47", "s47", "s47");
    assertOnlyHit("s47", "S47", "S47");
    assertOnlyHit("CiC", "CIC", "CIC");
    assertEquals(List.of(), PLAIN.check("cic"));
    assertOnlyHit("SALT", "SALT", "SALT");
    assertEquals(List.of(), PLAIN.check("a pinch of salt"));
  }

  @Test
  void matchesPhrasesWithoutRegardToCase() {
    assertOnlyHit("placement", "PLACEMENT", "PLACEMENT");
    assertOnlyHit("placement", "Placement", "Placement");
    assertOnlyHit("section 47", "SECTION 47 enquiry", "SECTION 47");
    assertOnlyHit("LAC review", "lac review", "lac review");
  }

  // --- Longest match, order and offsets --------------------------------------------------------

  @Test
  void theLongestMatchWins() {
    assertOnlyHit("placement breakdown", "placement breakdown", "placement breakdown");
    assertOnlyHit("LAC review", "LAC review", "LAC review");
    assertOnlyHit("LAC review", "LAC reviews", "LAC reviews");
    assertOnlyHit("LAC", "LAC children", "LAC");
    assertOnlyHit("safeguarding concern", "safeguarding concerns", "safeguarding concerns");
    assertOnlyHit("safeguarding", "safeguarding training", "safeguarding");
  }

  @Test
  void matchesDoNotOverlapAndComeInTextOrder() {
    Lexicon lexicon = Lexicon.of(List.of(
        LexiconEntry.of("red fox", JARGON, "fox"),
        LexiconEntry.of("fox den", JARGON, "den"),
        LexiconEntry.of("den", JARGON, "home")));
    List<LanguageIssue> issues = PlainLanguage.of(lexicon).check("a red fox den and a den");
    assertEquals(List.of("red fox", "den", "den"),
        issues.stream().map(LanguageIssue::matched).toList());
    assertEquals(List.of(2, 10, 20), issues.stream().map(LanguageIssue::start).toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "face-to-face", "face to face", "facetoface", "faceto-face", "face-toface", "Face-To-Face"})
  void joinsAnyOfSeveralHyphensInOnePhrase(String text) {
    Lexicon lexicon = Lexicon.of(List.of(LexiconEntry.of("face-to-face", JARGON, "in person")));
    List<LanguageIssue> issues = PlainLanguage.of(lexicon).check("We met " + text + " today.");
    assertEquals(List.of(text), issues.stream().map(LanguageIssue::matched).toList(), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"face-to-", "to-face", "face-face", "facetofacebook"})
  void aMissingWordOrALongerWordIsNotThePhrase(String text) {
    Lexicon lexicon = Lexicon.of(List.of(LexiconEntry.of("face-to-face", JARGON, "in person")));
    List<LanguageIssue> issues = PlainLanguage.of(lexicon).check("We met " + text + " today.");
    assertEquals(List.of(), issues.stream().map(LanguageIssue::matched).toList(), text);
  }

  @Test
  void theEarlierEntryWinsWhenTwoMatchTheSameWords() {
    Lexicon lexicon = Lexicon.of(List.of(
        LexiconEntry.of("non-compliant", DEFICIT, "first"),
        LexiconEntry.of("non compliant", DEFICIT, "second")));
    assertEquals("first",
        PlainLanguage.of(lexicon).check("non compliant").get(0).entry().alternative());
  }

  @Test
  void reportsOffsetsIntoTheText() {
    String text = "Mum failed to engage with the CIN plan.";
    List<LanguageIssue> issues = PLAIN.check(text);
    assertEquals(2, issues.size());
    assertEquals(4, issues.get(0).start());
    assertEquals(20, issues.get(0).end());
    assertEquals("failed to engage", issues.get(0).matched());
    assertEquals(30, issues.get(1).start());
    assertEquals(33, issues.get(1).end());
    String emoji = "\uD83D\uDE42 CIN";
    assertEquals(3, PLAIN.check(emoji).get(0).start());
  }

  // --- Adding and removing entries -----------------------------------------------------------

  @Test
  void callersCanAddEntries() {
    LexiconEntry fsp = LexiconEntry.of("FSP", ACRONYM, "family support plan");
    PlainLanguage ours = PlainLanguage.of(Lexicon.standard().with(fsp));
    assertEquals(List.of(fsp), ours.check("the FSP").stream().map(LanguageIssue::entry).toList());
    assertEquals(List.of(), PLAIN.check("the FSP"), "the standard checker is unchanged");
    assertEquals(Lexicon.standard().size() + 1, ours.lexicon().size());
  }

  @Test
  void callersCanRemoveEntries() {
    PlainLanguage ours = PlainLanguage.of(Lexicon.standard().without("placement"));
    assertEquals(List.of(), ours.check("the placement"));
    assertOnlyHit(ours, "placement breakdown", "the placement breakdown", "placement breakdown");
    assertEquals(Lexicon.standard().size() - 1, ours.lexicon().size());
    assertTrue(Lexicon.standard().entry("placement").isPresent());
  }

  @Test
  void addingAPhraseThatIsThereReplacesItInPlace() {
    LexiconEntry ours = LexiconEntry.of("respite", JARGON, "a weekend at Nana's");
    Lexicon lexicon = Lexicon.standard().with(ours);
    assertEquals(Lexicon.standard().size(), lexicon.size());
    assertEquals(Lexicon.standard().entries().indexOf(Lexicon.standard().entry("respite").get()),
        lexicon.entries().indexOf(ours));
    assertEquals("a weekend at Nana's",
        PlainLanguage.of(lexicon).check("respite").get(0).entry().alternative());
  }

  @Test
  void removingAPhraseThatIsNotThereChangesNothing() {
    Lexicon standard = Lexicon.standard();
    assertTrue(standard.without("no such phrase") == standard);
    assertEquals(standard, standard.without("Placement"), "phrases are matched exactly");
  }

  @Test
  void anEmptyLexiconFindsNothing() {
    PlainLanguage none = PlainLanguage.of(Lexicon.empty());
    assertEquals(List.of(), none.check("Mum failed to engage with the CIN plan."));
    Lexicon built = Lexicon.empty().withAll(List.of(LexiconEntry.of("toxic", DEFICIT, "harmful")));
    assertOnlyHit(PlainLanguage.of(built), "toxic", "toxic", "toxic");
  }

  @Test
  void rejectsDuplicatePhrasesAndNulls() {
    LexiconEntry a = LexiconEntry.of("toxic", DEFICIT, "harmful");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Lexicon.of(List.of(a, a)));
    assertTrue(e.getMessage().contains("toxic"), e.getMessage());
    NullPointerException npe = assertThrows(NullPointerException.class, () -> PLAIN.check(null));
    assertEquals("text", npe.getMessage());
    assertThrows(NullPointerException.class, () -> PlainLanguage.of(null));
    assertThrows(NullPointerException.class, () -> Lexicon.empty().with((LexiconEntry) null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "!!!", "CIN.", "fail, to engage", "'quoted'"})
  void rejectsPhrasesThatAreNotWords(String phrase) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LexiconEntry.of(phrase, JARGON, "plainer"));
    assertTrue(e.getMessage().startsWith("phrase"), e.getMessage());
  }

  @Test
  void rejectsABlankAlternative() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LexiconEntry.of("toxic", DEFICIT, " "));
    assertTrue(e.getMessage().startsWith("alternative"), e.getMessage());
  }

  @Test
  void stripsSpaceAroundAPhrase() {
    assertEquals("toxic", LexiconEntry.of("  toxic ", DEFICIT, "harmful").phrase());
  }

  @Test
  void oneCheckerCanBeSharedBetweenThreads() {
    List<String> texts = new ArrayList<>(PLAIN_SENTENCES);
    flaggedSentences().forEach(a -> texts.add((String) a.get()[0]));
    List<List<LanguageIssue>> alone = texts.stream().map(PLAIN::check).toList();
    for (int round = 0; round < 20; round++) {
      List<List<LanguageIssue>> together = texts.parallelStream().map(PLAIN::check).toList();
      assertEquals(alone, together);
    }
  }

  // --- Hostile text ----------------------------------------------------------------------------

  @Property(tries = 1000)
  void checkNeverThrowsAndEveryHitIsTheTextItClaims(@ForAll("hostile") String text) {
    assertConsistent(text, PLAIN.check(text));
    Readability r = PLAIN.readability(text);
    assertTrue(Double.isFinite(r.gradeLevel()) && r.gradeLevel() >= 0);
  }

  @Provide
  Arbitrary<String> hostile() {
    Arbitrary<String> lexiconWords = Arbitraries.of(
        "CIN", "CP", "s47", "failed", "to", "engage", "didn\u2019t", "attend", "non", "-",
        "compliant", "placement", "breakdown", "LAC", "review", "n't", "'", "\u2019", "\u00AD",
        "\u200B", "\u200F", " ", "\n", ".", "herself", "at", "risk", ",", "(", ")", "\u2014",
        " - ", "contact", "supervised", "with", "dad", "eye", "engaged", "to", "be", "the");
    Arbitrary<String> mixed = Arbitraries.oneOf(lexiconWords, Formulations.text(),
            Arbitraries.strings().all().ofMaxLength(8))
        .list().ofMaxSize(20).map(l -> String.join("", l));
    return Arbitraries.oneOf(mixed, Formulations.text(), Arbitraries.strings().all());
  }

  @Test
  void checksAMegabyteOfTextQuickly() {
    String hostile = "<b>CIN</b> \uD83D\uDC69\u200D\uD83D\uDC67 \u202Efailed to engage\u202C "
        + "\u0639\u0627\u0626\u0644\u0629 non\u2011compliant *placement* ";
    StringBuilder text = new StringBuilder();
    int repeats = 0;
    while (text.length() < 1_000_000) {
      text.append(hostile);
      repeats++;
    }
    String big = text.toString();
    int count = repeats;
    List<LanguageIssue> issues =
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> PLAIN.check(big));
    assertEquals(4 * count, issues.size());
    assertConsistent(big, issues);
    Readability r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> PLAIN.readability(big));
    assertTrue(r.words() > 0);
  }

  private static void assertConsistent(String text, List<LanguageIssue> issues) {
    int previousEnd = 0;
    for (LanguageIssue issue : issues) {
      assertEquals(issue.matched(), text.substring(issue.start(), issue.end()));
      assertTrue(issue.start() >= previousEnd, () -> "in order and without overlaps: " + issue);
      assertTrue(issue.end() > issue.start());
      previousEnd = issue.end();
    }
  }

  private static void assertOnlyHit(String phrase, String text, String matched) {
    assertOnlyHit(PLAIN, phrase, text, matched);
  }

  private static void assertOnlyHit(
      PlainLanguage checker, String phrase, String text, String matched) {
    List<LanguageIssue> issues = checker.check(text);
    assertEquals(1, issues.size(), () -> text + " -> " + issues);
    assertEquals(phrase, issues.get(0).entry().phrase(), text);
    assertEquals(matched, issues.get(0).matched(), text);
  }
}

package io.github.sixps.formulation.validate;

import static io.github.sixps.formulation.validate.RulesTest.AS_OF;
import static io.github.sixps.formulation.validate.RulesTest.action;
import static io.github.sixps.formulation.validate.RulesTest.all;
import static io.github.sixps.formulation.validate.RulesTest.base;
import static io.github.sixps.formulation.validate.RulesTest.build;
import static io.github.sixps.formulation.validate.RulesTest.nextReview;
import static io.github.sixps.formulation.validate.Severity.ERROR;
import static io.github.sixps.formulation.validate.Severity.INFO;
import static io.github.sixps.formulation.validate.Severity.WARNING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.model.Formulation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profiles, severities, switching rules off, custom rules and the clock. */
class ProfilesTest {

  /** The base with a problem for each category: structure, practice, SMART and supervision. */
  static Formulation troubled() {
    return all(
        build(b -> b.title("")),                                      // blank-text, error
        build(b -> b.childsVoice(List.of())),                         // no-childs-voice, warning
        RulesTest.sources(List.of("jo")),                            // single-perspective, info
        action("A3", a -> a.action("Jo will monitor attendance.")
            .measure(Optional.empty())),                              // SMART warning and info
        nextReview(Optional.of(LocalDate.of(2026, 11, 8))))          // review-overdue, warning
        .apply(base());
  }

  private static Map<String, Severity> severities(Validator v, Formulation f) {
    Map<String, Severity> out = new LinkedHashMap<>();
    v.validate(f, AS_OF).findings().forEach(x -> out.put(x.code(), x.severity()));
    return out;
  }

  @Test
  void standardRunsEveryRuleAtItsOwnSeverity() {
    Validator v = Validator.standard();
    assertSame(Profile.standard(), v.profile());
    for (Rule rule : v.rules()) {
      assertEquals(Optional.of(rule.defaultSeverity()), v.severityOf(rule.code()), rule.code());
    }
    assertEquals(Map.of("blank-text", ERROR, "no-childs-voice", WARNING,
        "single-perspective", INFO, "action-without-measure", WARNING, "vague-action", INFO,
        "review-overdue", WARNING), severities(v, troubled()));
  }

  @Test
  void draftRunsStructureRulesOnlyWithWhatIsLeftToWriteAsNotes() {
    Validator v = Validator.builder().profile(Profile.draft()).build();
    List<String> leftToDo = List.of("blank-text", "no-presenting-issue");
    for (Rule rule : v.rules()) {
      Optional<Severity> expected = rule.category() != RuleCategory.STRUCTURE ? Optional.empty()
          : Optional.of(leftToDo.contains(rule.code()) ? INFO : rule.defaultSeverity());
      assertEquals(expected, v.severityOf(rule.code()), rule.code());
    }
    assertEquals(Map.of("blank-text", INFO), severities(v, troubled()));
    assertEquals(Map.of("no-presenting-issue", INFO, "blank-text", INFO),
        severities(v, Formulation.builder().build()));
    // What is broken, rather than not yet written, is still an error in a draft.
    assertEquals(Map.of("unknown-reference", ERROR),
        severities(v, action("A1", a -> a.owner("kimm")).apply(base())));
  }

  @Test
  void aProfileExtendingDraftKeepsItsNotesUnlessItSaysOtherwise() {
    Validator v = Validator.builder()
        .profile(Profile.parse("extends: draft\nrules: { no-presenting-issue: error }", "d.yaml"))
        .build();
    assertEquals(Optional.of(INFO), v.severityOf("blank-text"));
    assertEquals(Optional.of(ERROR), v.severityOf("no-presenting-issue"));
  }

  @Test
  void aKeyGivenTwiceIsAnErrorAsInAFormulation() {
    assertEquals("council.yaml:4:3: the key \"no-strengths\" is given twice; it was first given "
        + "on line 2, column 3; keep one of them",
        parseError("rules:\n  no-strengths: error\n  single-perspective: off\n"
            + "  no-strengths: info\n"));
    assertEquals("council.yaml:3:1: the key \"extends\" is given twice; it was first given on "
        + "line 1, column 1; keep one of them",
        parseError("extends: strict\nrules: {}\nextends: draft\n"));
  }

  @Test
  void strictRaisesPracticeAndSmartWarningsOnly() {
    Validator v = Validator.builder().profile(Profile.strict()).build();
    for (Rule rule : v.rules()) {
      boolean raised = (rule.category() == RuleCategory.PRACTICE
          || rule.category() == RuleCategory.SMART) && rule.defaultSeverity() == WARNING;
      assertEquals(Optional.of(raised ? ERROR : rule.defaultSeverity()),
          v.severityOf(rule.code()), rule.code());
    }
    assertEquals(Map.of("blank-text", ERROR, "no-childs-voice", ERROR,
        "single-perspective", INFO, "action-without-measure", ERROR, "vague-action", INFO,
        "review-overdue", WARNING), severities(v, troubled()));
    assertEquals(Optional.of(WARNING), v.severityOf("action-overdue"));
    assertEquals(Optional.of(INFO), v.severityOf("single-perspective"));
  }

  @Test
  void builtInProfilesByName() {
    assertSame(Profile.standard(), Profile.named("standard"));
    assertSame(Profile.draft(), Profile.named("draft"));
    assertSame(Profile.strict(), Profile.named("Strict"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Profile.named("strickt"));
    assertEquals("no profile is called \"strickt\"; use standard, draft or strict, or a profile "
        + "file; did you mean \"strict\"?", e.getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Profile.named("lenient"))
        .getMessage().endsWith("or a profile file"));
  }

  // --- profile files --------------------------------------------------------------------------

  @Test
  void aProfileFileExtendsABuiltInProfileAndSetsRules() {
    Profile p = Profile.parse(String.join("\n",
        "# Our council's choices",
        "extends: strict",
        "rules:",
        "  no-childs-voice: warning",
        "  single-perspective: off",
        "  vague-action: Error",
        "  goal-not-moving: info",
        ""), "council.yaml");
    assertEquals("council.yaml", p.name());
    Validator v = Validator.builder().profile(p).build();
    assertEquals(Optional.of(WARNING), v.severityOf("no-childs-voice"));
    assertEquals(Optional.empty(), v.severityOf("single-perspective"));
    assertEquals(Optional.of(ERROR), v.severityOf("vague-action"));
    assertEquals(Optional.of(INFO), v.severityOf("goal-not-moving"));
    assertEquals(Optional.of(ERROR), v.severityOf("no-strengths"), "from strict");
    assertEquals(Map.of("blank-text", ERROR, "no-childs-voice", WARNING,
        "action-without-measure", ERROR, "vague-action", ERROR, "review-overdue", WARNING),
        severities(v, troubled()));
  }

  @Test
  void aProfileFileExtendsStandardByDefault() {
    Profile p = Profile.parse("rules: { no-strengths: error }", "p.yaml");
    Validator v = Validator.builder().profile(p).build();
    assertEquals(Optional.of(ERROR), v.severityOf("no-strengths"));
    assertEquals(Optional.of(WARNING), v.severityOf("no-childs-voice"));
    Validator draft = Validator.builder()
        .profile(Profile.parse("extends: draft\nrules: { no-strengths: warning }", "d.yaml"))
        .build();
    assertEquals(Optional.of(WARNING), draft.severityOf("no-strengths"));
    assertEquals(Optional.empty(), draft.severityOf("no-childs-voice"));
    assertEquals(Optional.of(ERROR), draft.severityOf("duplicate-id"));
  }

  @Test
  void aProfileFileIsLoadedFromDisk(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("council.yaml");
    Files.writeString(file, "extends: draft\nrules:\n  no-strengths: info\n",
        StandardCharsets.UTF_8);
    Profile p = Profile.load(file);
    assertEquals(file.toString(), p.name());
    assertEquals(Optional.of(INFO),
        Validator.builder().profile(p).build().severityOf("no-strengths"));
  }

  private static String parseError(String yaml) {
    return assertThrows(IllegalArgumentException.class, () -> Profile.parse(yaml, "council.yaml"))
        .getMessage();
  }

  @Test
  void anUnknownKeyIsLocatedWithASuggestion() {
    assertEquals("council.yaml:2:1: unknown key \"rule\" in a profile; the keys are extends and "
        + "rules; did you mean \"rules\"?",
        parseError("extends: strict\nrule:\n  no-strengths: error\n"));
    assertEquals("council.yaml:1:1: unknown key \"severity\" in a profile; the keys are extends "
        + "and rules", parseError("severity: high\n"));
  }

  @Test
  void anUnknownSeverityIsLocatedWithASuggestion() {
    assertEquals("council.yaml:3:17: \"eror\" is not a severity; use error, warning, info or off;"
        + " did you mean \"error\"?",
        parseError("extends: strict\nrules:\n  no-strengths: eror\n"));
    assertEquals("council.yaml:2:23: \"high\" is not a severity; use error, warning, info or off",
        parseError("rules:\n  single-perspective: high\n"));
  }

  @Test
  void anUnknownProfileNameIsLocatedWithASuggestion() {
    assertEquals("council.yaml:1:10: no profile is called \"stirct\"; use standard, draft or "
        + "strict, or a profile file; did you mean \"strict\"?", parseError("extends: stirct\n"));
  }

  @Test
  void valuesOfTheWrongShapeAreLocated() {
    assertEquals("council.yaml:1:1: expected a profile", parseError("- strict\n"));
    assertEquals("council.yaml:1:10: expected a profile name", parseError("extends: [strict]\n"));
    assertEquals("council.yaml:1:8: expected rule codes and severities",
        parseError("rules: no-strengths\n"));
    assertEquals("council.yaml:2:17: expected error, warning, info or off",
        parseError("rules:\n  no-strengths: [error]\n"));
    assertEquals("council.yaml:1:17: this is not valid YAML: expected ',' or '}', but got "
        + "<stream end>", parseError("rules: {a: error"));
    assertTrue(parseError("rules:\n\t- x").startsWith("council.yaml:2:1: this is not valid YAML: "
        + "found character '\\t(TAB)'"), parseError("rules:\n\t- x"));
  }

  @Test
  void offMeansOffEvenThoughYamlCallsItABoolean() {
    // YAML 1.1 reads a bare off as false; a profile file means "switch the rule off".
    Validator v = Validator.builder()
        .profile(Profile.parse("rules:\n  single-perspective: off\n  no-strengths: OFF\n", "p"))
        .build();
    assertEquals(Optional.empty(), v.severityOf("single-perspective"));
    assertEquals(Optional.empty(), v.severityOf("no-strengths"));
  }

  @Test
  void anUnknownRuleCodeInAProfileFailsAtBuildWithASuggestion() {
    Profile p = Profile.parse("rules:\n  no-child-voice: off\n", "council.yaml");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Validator.builder().profile(p).build());
    assertEquals("profile council.yaml: no rule has the code \"no-child-voice\"; did you mean "
        + "\"no-childs-voice\"?", e.getMessage());
  }

  // --- the builder ----------------------------------------------------------------------------

  @Test
  void theBuilderSetsOneRulesSeverityOrSwitchesItOff() {
    Validator v = Validator.builder()
        .profile(Profile.strict())
        .severity("single-perspective", ERROR)
        .severity("no-childs-voice", INFO)
        .disable("vague-action")
        .build();
    assertEquals(Optional.of(ERROR), v.severityOf("single-perspective"));
    assertEquals(Optional.of(INFO), v.severityOf("no-childs-voice"));
    assertEquals(Optional.empty(), v.severityOf("vague-action"));
    assertEquals(Optional.empty(), v.severityOf("no-such-rule"));
    assertTrue(v.rules().stream().anyMatch(r -> r.code().equals("vague-action")),
        "a rule switched off is still known");
    assertEquals(Map.of("blank-text", ERROR, "no-childs-voice", INFO,
        "single-perspective", ERROR, "action-without-measure", ERROR, "review-overdue", WARNING),
        severities(v, troubled()));
  }

  @Test
  void theBuilderCanSwitchOnARuleTheProfileLeavesOff() {
    Validator v = Validator.builder().profile(Profile.draft())
        .severity("no-childs-voice", WARNING).build();
    assertEquals(Map.of("blank-text", INFO, "no-childs-voice", WARNING),
        severities(v, troubled()));
  }

  @Test
  void theLastAdjustmentOfARuleWins() {
    Validator v = Validator.builder().disable("no-strengths").severity("no-strengths", INFO)
        .severity("no-hypothesis", ERROR).disable("no-hypothesis").build();
    assertEquals(Optional.of(INFO), v.severityOf("no-strengths"));
    assertEquals(Optional.empty(), v.severityOf("no-hypothesis"));
  }

  @Test
  void adjustingAnUnknownRuleFailsAtBuildWithASuggestion() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Validator.builder().disable("vague-actions").build());
    assertTrue(e.getMessage().contains("no rule has the code \"vague-actions\"; did you mean "
        + "\"vague-action\"?"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Validator.builder().severity("actoin-overdue", ERROR).build());
    assertTrue(e.getMessage().endsWith("did you mean \"action-overdue\"?"), e.getMessage());
  }

  @Test
  void theBuilderRefusesNulls() {
    assertThrows(NullPointerException.class, () -> Validator.builder().profile(null));
    assertThrows(NullPointerException.class, () -> Validator.builder().addRule(null));
    assertThrows(NullPointerException.class, () -> Validator.builder().severity("x", null));
    assertThrows(NullPointerException.class, () -> Validator.builder().disable(null));
    assertThrows(NullPointerException.class, () -> Validator.builder().clock(null));
    assertThrows(NullPointerException.class,
        () -> Validator.standard().validate(base(), null));
    assertThrows(NullPointerException.class,
        () -> Validator.standard().validate(null, AS_OF));
  }

  // --- custom rules ---------------------------------------------------------------------------

  static final BasicRule NEEDS_FRAMEWORK = BasicRule.of("council-framework",
      RuleCategory.PRACTICE, WARNING, "The formulation names our practice framework.",
      (context, out) -> {
        if (context.formulation().framework().isEmpty()) {
          out.report("framework", "No practice framework is named.",
              "Add framework: Leeds Practice Model.");
        }
      });

  @Test
  void aCustomRuleRunsAfterTheStandardOnesAndFollowsTheProfile() {
    Validator v = Validator.builder().addRule(NEEDS_FRAMEWORK).build();
    assertEquals(NEEDS_FRAMEWORK, v.rules().get(v.rules().size() - 1));
    assertEquals(Validator.standard().rules().size() + 1, v.rules().size());
    List<Finding> found = v.validate(base(), AS_OF).findings();
    assertEquals(List.of(new Finding(WARNING, "council-framework", "framework",
        "No practice framework is named.", Optional.of("Add framework: Leeds Practice Model."))),
        found);
    assertEquals(List.of(), v.validate(base().toBuilder().framework("Leeds Practice Model")
        .build(), AS_OF).findings());

    Validator strict = Validator.builder().profile(Profile.strict()).addRule(NEEDS_FRAMEWORK)
        .build();
    assertEquals(Optional.of(ERROR), strict.severityOf("council-framework"));
    Validator draft = Validator.builder().profile(Profile.draft()).addRule(NEEDS_FRAMEWORK)
        .build();
    assertEquals(List.of(), draft.validate(base(), AS_OF).findings());
    Validator named = Validator.builder().addRule(NEEDS_FRAMEWORK)
        .profile(Profile.parse("rules: { council-framework: error }", "council.yaml")).build();
    assertEquals(Optional.of(ERROR), named.severityOf("council-framework"));
  }

  @Test
  void aCustomRulesFindingsTakeTheirPlaceInDocumentOrder() {
    Validator v = Validator.builder().addRule(BasicRule.of("check-first-person",
        RuleCategory.PRACTICE, INFO, "Looks at the first person.",
        (c, out) -> out.report(c.pathOf(c.formulation().people().get(0)) + ".name", "Hello.")))
        .build();
    Formulation f = base().toBuilder().title("").build();
    assertEquals(List.of("blank-text title", "check-first-person people[kim].name"),
        v.validate(f, AS_OF).findings().stream().map(x -> x.code() + " " + x.path())
            .collect(Collectors.toList()));
  }

  @Test
  void aRuleThatThrowsBecomesAnErrorFindingAndTheOtherRulesStillRun() {
    BasicRule broken = BasicRule.of("council-broken", RuleCategory.PRACTICE, INFO,
        "Fails part way.", (c, out) -> {
          out.report("title", "Found before failing.");
          throw new IllegalStateException("no lookup table for Leeds");
        });
    BasicRule silent = BasicRule.of("council-silent", RuleCategory.PRACTICE, INFO,
        "Fails with no message.", (c, out) -> {
          throw new NullPointerException();
        });
    Validator v = Validator.builder().addRule(broken).addRule(silent).addRule(NEEDS_FRAMEWORK)
        .build();
    List<Finding> found = v.validate(base().toBuilder().title("").build(), AS_OF).findings();
    assertEquals(List.of(
        "error council-broken (formulation): The rule council-broken stopped before it finished"
            + " checking: no lookup table for Leeds (This is a fault in the rule, not in the"
            + " formulation: tell whoever looks after the rule council-broken. The other rules"
            + " have still been checked.)",
        "error council-silent (formulation): The rule council-silent stopped before it finished"
            + " checking: NullPointerException (This is a fault in the rule, not in the"
            + " formulation: tell whoever looks after the rule council-silent. The other rules"
            + " have still been checked.)",
        "error blank-text title", "info council-broken title",
        "warning council-framework framework"),
        found.stream().map(f -> f.path().isEmpty() ? f.toString()
            : f.severity().name().toLowerCase(java.util.Locale.ROOT) + " " + f.code() + " "
                + f.path()).collect(Collectors.toList()));
  }

  @Test
  void twoRulesWithOneCodeAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Validator.builder().addRule(BasicRule.of("duplicate-id", RuleCategory.STRUCTURE,
            ERROR, "Mine.", (c, out) -> { })).build());
    assertEquals("rules: two rules have the code duplicate-id", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Validator.builder()
        .addRule(NEEDS_FRAMEWORK).addRule(NEEDS_FRAMEWORK).build());
  }

  @Test
  void aBasicRuleCodeIsLowerKebabCase() {
    for (String bad : List.of("NoStrengths", "no_strengths", "-no", "no-", "no--strengths", "")) {
      assertThrows(IllegalArgumentException.class, () -> BasicRule.of(bad,
          RuleCategory.PRACTICE, WARNING, "x", (c, out) -> { }), bad);
    }
  }

  // --- the clock ------------------------------------------------------------------------------

  private static Clock on(LocalDate day) {
    return Clock.fixed(day.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
  }

  @Test
  void validateWithoutADateUsesTheBuildersClock() {
    Formulation f = base();
    assertEquals(List.of(), Validator.builder().clock(on(AS_OF)).build().validate(f)
        .findings());
    Validator later = Validator.builder().clock(on(LocalDate.of(2026, 12, 8))).build();
    assertEquals(later.validate(f, LocalDate.of(2026, 12, 8)), later.validate(f));
    assertEquals(List.of("plan.actions[A1].due", "plan.actions[A2].due", "plan.actions[A3].due",
        "plan.nextReview"), later.validate(f).findings().stream().map(Finding::path)
        .collect(Collectors.toList()));
  }
}

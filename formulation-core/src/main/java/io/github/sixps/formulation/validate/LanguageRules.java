package io.github.sixps.formulation.validate;

import static io.github.sixps.formulation.validate.RuleCategory.LANGUAGE;
import static io.github.sixps.formulation.validate.Severity.INFO;
import static io.github.sixps.formulation.validate.Severity.WARNING;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.language.LanguageIssue;
import io.github.sixps.formulation.language.LexiconKind;
import io.github.sixps.formulation.language.Readability;
import io.github.sixps.formulation.model.Action;
import io.github.sixps.formulation.model.ChildsVoice;
import io.github.sixps.formulation.model.Event;
import io.github.sixps.formulation.model.Factor;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Goal;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.model.PresentingIssue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Plain, respectful language: "words create worlds". The lexicon rules read what professionals
 * wrote; the child's own words are never marked as jargon or deficit language. The readability
 * rule reads text meant for families: the child's voice, goals and actions the family owns.
 */
final class LanguageRules {
  private LanguageRules() {}

  /** One piece of free text, where it is, and whether the family is its main reader. */
  record Text(String path, String text, boolean forFamily, boolean childsOwnWords) {}

  /** A piece of free text and what the plain-language checker found in it. */
  record Checked(Text text, List<LanguageIssue> issues) {}

  /** Fewer words than this give too noisy a readability estimate to report. */
  static final int FEWEST_WORDS = 12;

  /**
   * The grade above which family text is reported: a little above the suggested grade, since
   * the estimate is rough for the short sentences formulations are written in.
   */
  static final double FAMILY_GRADE = Readability.SUGGESTED_FAMILY_GRADE + 1;

  static ImmutableList<Rule> all() {
    return ImmutableList.of(
        lexicon("jargon", LexiconKind.JARGON,
            "Statements use everyday words rather than professional jargon.",
            "is professional jargon"),
        lexicon("acronym", LexiconKind.ACRONYM,
            "Statements spell out acronyms a family may not know.",
            "is an acronym a family may not know"),
        lexicon("deficit-language", LexiconKind.DEFICIT,
            "Statements describe what happens without blaming or labelling words.",
            "can read as blaming or labelling"),
        BasicRule.of("hard-to-read", LANGUAGE, INFO,
            "Text meant for families (the child's voice, goals, actions the family owns) reads"
                + " at school grade 9 or easier, by the Flesch-Kincaid estimate.",
            LanguageRules::hardToRead));
  }

  private static Rule lexicon(String code, LexiconKind kind, String description,
      String problem) {
    return BasicRule.of(code, LANGUAGE, WARNING, description, (c, out) -> {
      for (Checked checked : c.languageChecks()) {
        Text t = checked.text();
        for (LanguageIssue issue : checked.issues()) {
          if (issue.entry().kind() == kind) {
            String note = issue.entry().note().isBlank() ? "" : " " + issue.entry().note();
            out.report(t.path(), "\"" + issue.matched() + "\" " + problem + "." + note,
                "Try: " + issue.entry().alternative(), new TextSpan(issue.start(), issue.end()));
          }
        }
      }
    });
  }

  private static void hardToRead(RuleContext c, FindingSink out) {
    for (Text t : c.languageTexts()) {
      if (!t.forFamily()) {
        continue;
      }
      Readability r = c.plainLanguage().readability(t.text());
      if (r.words() >= FEWEST_WORDS && r.isHarderThan(FAMILY_GRADE)) {
        out.report(t.path(), String.format(Locale.ROOT, "This reads at about school grade %.0f;"
            + " families may find it hard going.", r.gradeLevel()),
            "Use shorter sentences and everyday words.");
      }
    }
  }

  /**
   * Every piece of free text in the formulation, in document order, with what the checker found
   * in it; the child's own words are never checked. {@link RuleContext#languageChecks()} keeps
   * this for the whole validation, so that the three lexicon rules read each text once between
   * them rather than once each.
   */
  static ImmutableList<Checked> check(RuleContext c) {
    ImmutableList.Builder<Checked> checked = ImmutableList.builder();
    for (Text t : c.languageTexts()) {
      checked.add(new Checked(t, t.childsOwnWords() ? List.of()
          : c.plainLanguage().check(t.text())));
    }
    return checked.build();
  }

  /**
   * Every piece of free text in the formulation, in document order; {@link
   * RuleContext#languageTexts()} keeps it for the whole validation.
   */
  static ImmutableList<Text> texts(RuleContext c) {
    Formulation f = c.formulation();
    List<Text> texts = new ArrayList<>();
    add(texts, "title", f.title(), false);
    for (PresentingIssue p : f.presenting()) {
      add(texts, c.pathOf(p) + ".statement", p.statement(), false);
    }
    for (Event e : f.events()) {
      // What happened and what it meant are told to the family too, in the family's version.
      add(texts, c.pathOf(e) + ".what", e.what(), true);
      e.impact().ifPresent(i -> add(texts, c.pathOf(e) + ".impact", i, true));
    }
    for (Factor factor : f.allFactors()) {
      add(texts, c.pathOf(factor) + ".statement", factor.statement(), false);
      factor.evidence().ifPresent(e -> add(texts, c.pathOf(factor) + ".evidence", e, false));
    }
    for (int i = 0; i < f.childsVoice().size(); i++) {
      ChildsVoice v = f.childsVoice().get(i);
      String at = RuleContext.pathOf("childsVoice", i);
      said(texts, at + ".worries", v.worries());
      said(texts, at + ".goodThings", v.goodThings());
      said(texts, at + ".dreams", v.dreams());
    }
    f.hypothesis().ifPresent(h -> {
      add(texts, "hypothesis.statement", h.statement(), false);
      h.expectedChange().ifPresent(e -> add(texts, "hypothesis.expectedChange", e, false));
    });
    for (Goal g : f.plan().goals()) {
      add(texts, c.pathOf(g) + ".outcome", g.outcome(), true);
    }
    for (Action a : f.plan().actions()) {
      boolean family = a.owner().flatMap(o -> f.find(o, Person.class)).isPresent();
      add(texts, c.pathOf(a) + ".action", a.action(), family);
      a.measure().ifPresent(m -> add(texts, c.pathOf(a) + ".measure", m, family));
    }
    for (int i = 0; i < f.reviews().size(); i++) {
      int n = i;
      f.reviews().get(i).notes().ifPresent(notes ->
          add(texts, RuleContext.pathOf("reviews", n) + ".notes", notes, false));
    }
    return ImmutableList.copyOf(texts);
  }

  private static void add(List<Text> texts, String path, String text, boolean forFamily) {
    if (!text.isBlank()) {
      texts.add(new Text(path, text, forFamily, false));
    }
  }

  private static void said(List<Text> texts, String path, List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      if (!words.get(i).isBlank()) {
        texts.add(new Text(path + "[" + i + "]", words.get(i), true, true));
      }
    }
  }
}

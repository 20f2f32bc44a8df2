package io.github.sixps.formulation.render.testing;

import io.github.sixps.formulation.render.internal.SafeText;
import io.github.sixps.formulation.model.Action;
import io.github.sixps.formulation.model.ActionStatus;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.model.ChildsVoice;
import io.github.sixps.formulation.model.Contributor;
import io.github.sixps.formulation.model.Factor;
import io.github.sixps.formulation.model.FamilyTree;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Review;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The pieces of user text a rendered formulation must show in full, for the given audience, and
 * the whitespace folding that every output format applies to them.
 */
public final class UserText {
  private UserText() {}

  /** Every piece of free text the audience should find in the output. */
  public static List<String> of(Formulation f, Audience audience) {
    List<String> texts = new ArrayList<>();
    texts.add(f.title());
    boolean family = audience == Audience.FAMILY;
    // The framework is a word for professionals: a family's version leaves it out.
    if (!family) {
      f.framework().ifPresent(texts::add);
    }
    io.github.sixps.formulation.review.CurrentState now =
        io.github.sixps.formulation.review.CurrentState.of(f);
    // The family's handout does not list the family to itself, only the professionals.
    if (!family) {
      f.people().forEach(p -> texts.add(p.name()));
    }
    for (Contributor c : f.contributors()) {
      texts.add(c.name());
      c.role().ifPresent(texts::add);
      c.agency().ifPresent(texts::add);
    }
    f.presenting().forEach(p -> texts.add(p.statement()));
    for (Factor factor : f.allFactors()) {
      texts.add(factor.statement());
      if (audience == Audience.PRACTITIONER) {
        factor.evidence().ifPresent(texts::add);
      }
    }
    for (ChildsVoice v : f.childsVoice()) {
      texts.addAll(v.worries());
      texts.addAll(v.goodThings());
      texts.addAll(v.dreams());
    }
    f.hypothesis().ifPresent(h -> {
      texts.add(h.statement());
      h.expectedChange().ifPresent(texts::add);
    });
    f.plan().goals().forEach(g -> texts.add(g.outcome()));
    for (Action a : f.plan().actions()) {
      texts.add(a.action());
      // For a family, how we will know is for what is still to be done.
      if (!family || now.stateOf(a).map(x -> x.status()).orElse(a.status())
          != ActionStatus.DONE) {
        a.measure().ifPresent(texts::add);
      }
    }
    // A family reads the latest review; the practitioner's record has them all.
    List<Review> reviews = family && !f.reviews().isEmpty()
        ? f.reviews().subList(f.reviews().size() - 1, f.reviews().size()) : f.reviews();
    reviews.forEach(r -> r.notes().ifPresent(texts::add));
    // The family's handout leaves the chronology and the family tree to documents of their own.
    if (!family) {
      texts.addAll(companions(f, audience));
    }
    List<String> kept = new ArrayList<>();
    for (String t : texts) {
      String folded = fold(t);
      if (!folded.isEmpty()) {
        kept.add(folded);
      }
    }
    return kept;
  }

  /**
   * The free text of the chronology and the family tree, which the practitioner's whole record
   * shows and a family's version shows in those two documents: what happened and what it meant
   * for the child (and, for practitioners, where it is known from), and the households' names.
   */
  public static List<String> companions(Formulation f, Audience audience) {
    boolean family = audience == Audience.FAMILY;
    List<String> texts = new ArrayList<>();
    for (var e : f.events()) {
      texts.add(e.what());
      e.impact().ifPresent(texts::add);
      if (!family) {
        e.source().ifPresent(texts::add);
      }
    }
    // A household is drawn when one of its members is someone the formulation names; a draft's
    // household of unknown ids is the checks' to report, not the tree's to draw.
    java.util.Set<String> people = f.people().stream().map(p -> p.id())
        .collect(java.util.stream.Collectors.toSet());
    f.family().households().stream().filter(h -> h.members().stream().anyMatch(people::contains))
        .forEach(h -> h.name().ifPresent(texts::add));
    return texts.stream().map(UserText::fold).filter(t -> !t.isEmpty()).toList();
  }

  /**
   * Folds text the way the outputs do: cleaned as every format cleans it ({@link
   * SafeText#clean}), runs of spaces, tabs and line breaks made one space, and the ends trimmed.
   */
  public static String fold(String text) {
    return SafeText.clean(text).replaceAll("[ \\t\\n\\r\\f\\u000B]+", " ").strip();
  }

  /**
   * Every character that would break an output format or shows nothing a reader could use: the
   * C0 controls but tab and line feed, DEL, the C1 controls, U+FEFF, the 66 noncharacters and a
   * lone surrogate of each kind, one string each. Written out here rather than taken from the
   * code under test.
   */
  public static List<String> breakers() {
    List<String> all = new ArrayList<>();
    for (int c = 0; c < 0x20; c++) {
      if (c != '\t' && c != '\n') {
        all.add(String.valueOf((char) c));
      }
    }
    for (int c = 0x7F; c <= 0x9F; c++) {
      all.add(String.valueOf((char) c));
    }
    all.add("\uFEFF");
    for (int c = 0xFDD0; c <= 0xFDEF; c++) {
      all.add(String.valueOf((char) c));
    }
    for (int plane = 0; plane <= 0x10; plane++) {
      all.add(new String(Character.toChars(plane * 0x10000 + 0xFFFE)));
      all.add(new String(Character.toChars(plane * 0x10000 + 0xFFFF)));
    }
    all.add("\uD800");
    all.add("\uDC00");
    return all;
  }

  /** Whether {@code text} holds a character of {@link #breakers()} (tab and line feed are fine). */
  public static boolean hasBreaker(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' || c >= 0x7F && c <= 0x9F || c == '\uFEFF'
          || c >= 0xFDD0 && c <= 0xFDEF) {
        return true;
      }
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, text.charAt(i + 1));
        if ((cp & 0xFFFE) == 0xFFFE) {
          return true;
        }
        i++;
      } else if (Character.isSurrogate(c) || (c & 0xFFFE) == 0xFFFE) {
        return true;
      }
    }
    return false;
  }

  /**
   * The free text the chronology on its own ({@code View.CHRONOLOGY}) shows the audience in
   * full: the title, and what happened, what it meant for the child and (for practitioners)
   * where it is known from.
   */
  public static List<String> ofChronology(Formulation f, Audience audience) {
    List<String> texts = new ArrayList<>();
    texts.add(fold(f.title()));
    texts.addAll(companions(f.toBuilder().family(FamilyTree.empty()).build(), audience));
    return texts.stream().filter(t -> !t.isEmpty()).toList();
  }

  /**
   * The free text the family tree on its own ({@code View.GENOGRAM}) shows in full: the title,
   * the name of everyone its links and households name, and the households' names.
   */
  public static List<String> ofFamilyTree(Formulation f) {
    Set<String> inTree = new HashSet<>();
    f.family().parents().forEach(l -> {
      inTree.add(l.parent());
      inTree.add(l.child());
    });
    f.family().partnerships().forEach(p -> {
      inTree.add(p.first());
      inTree.add(p.second());
    });
    f.family().siblings().forEach(s -> {
      inTree.add(s.first());
      inTree.add(s.second());
    });
    f.family().households().forEach(h -> inTree.addAll(h.members()));
    List<String> texts = new ArrayList<>();
    texts.add(fold(f.title()));
    f.people().stream().filter(p -> inTree.contains(p.id())).map(p -> fold(p.name()))
        .forEach(texts::add);
    texts.addAll(companions(f.toBuilder().events(List.of()).build(), Audience.PRACTITIONER));
    return texts.stream().filter(t -> !t.isEmpty()).toList();
  }
}

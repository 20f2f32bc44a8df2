package io.github.sixps.formulation.render.testing;

import io.github.sixps.formulation.model.Action;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.model.ChildsVoice;
import io.github.sixps.formulation.model.Contributor;
import io.github.sixps.formulation.model.Factor;
import io.github.sixps.formulation.model.Formulation;
import java.util.ArrayList;
import java.util.List;

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
    f.framework().ifPresent(texts::add);
    f.people().forEach(p -> texts.add(p.name()));
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
      a.measure().ifPresent(texts::add);
    }
    f.reviews().forEach(r -> r.notes().ifPresent(texts::add));
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
   * Folds text the way the outputs do: NUL dropped, runs of spaces, tabs and line breaks made one
   * space, and the ends trimmed.
   */
  public static String fold(String text) {
    return text.replace("\u0000", "").replaceAll("[ \\t\\n\\r\\f\\u000B]+", " ").strip();
  }

}

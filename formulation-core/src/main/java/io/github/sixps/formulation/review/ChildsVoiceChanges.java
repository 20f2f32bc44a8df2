package io.github.sixps.formulation.review;

import static io.github.sixps.formulation.review.Names.child;
import static io.github.sixps.formulation.review.Quotation.quote;
import static io.github.sixps.formulation.review.Sentences.capital;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.Multiset;
import io.github.sixps.formulation.model.ChildsVoice;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the changes to the child's voice: whose words they are, and each worry, good thing and
 * dream that was said or is no longer recorded.
 */
final class ChildsVoiceChanges {
  private ChildsVoiceChanges() {}

  static void find(Comparison c) {
    List<ChildsVoice> olds = c.older().childsVoice();
    List<ChildsVoice> news = c.newer().childsVoice();
    Map<String, Integer> oldByKey = voiceKeys(olds);
    Map<String, Integer> newByKey = voiceKeys(news);
    for (Map.Entry<String, Integer> e : newByKey.entrySet()) {
      int j = e.getValue();
      ChildsVoice b = news.get(j);
      String path = "childsVoice[" + j + "]";
      Integer i = oldByKey.get(e.getKey());
      if (i == null) {
        c.change(Change.Kind.ADDED, Heading.CHILDS_VOICE, path, Optional.empty(),
            Optional.of(allSaid(b)), "New words from " + child(c.newer(), b.child()) + ".");
        continue;
      }
      ChildsVoice a = olds.get(i);
      String oldPath = "childsVoice[" + i + "]";
      if (!a.child().equals(b.child())) {
        c.change(Change.Kind.EDITED, Heading.CHILDS_VOICE, path + ".child",
            Optional.of(a.child()), Optional.of(b.child()), "These words are now recorded as "
                + child(c.newer(), b.child()) + "'s (were " + child(c.older(), a.child())
                + "'s).");
      }
      if (!a.language().equals(b.language())) {
        c.change(Comparison.kindOf(a.language(), b.language()), Heading.CHILDS_VOICE,
            (b.language().isPresent() ? path : oldPath) + ".language", a.language(),
            b.language(), Sentences.sentence("The language of " + child(c.newer(), b.child())
                + "'s words", a.language(), b.language(), Quotation::plain));
      }
      sayings(c, oldPath, path, a.child(), b.child(), "worries", "worry", a.worries(),
          b.worries());
      sayings(c, oldPath, path, a.child(), b.child(), "goodThings", "good thing",
          a.goodThings(), b.goodThings());
      sayings(c, oldPath, path, a.child(), b.child(), "dreams", "dream", a.dreams(),
          b.dreams());
    }
    for (Map.Entry<String, Integer> e : oldByKey.entrySet()) {
      if (!newByKey.containsKey(e.getKey())) {
        ChildsVoice a = olds.get(e.getValue());
        c.change(Change.Kind.REMOVED, Heading.CHILDS_VOICE, "childsVoice[" + e.getValue() + "]",
            Optional.of(allSaid(a)), Optional.empty(),
            "The words from " + child(c.older(), a.child()) + " were removed.");
      }
    }
  }

  /** Everything one child said, on one line. */
  private static String allSaid(ChildsVoice v) {
    List<String> all = new ArrayList<>();
    all.addAll(v.worries());
    all.addAll(v.goodThings());
    all.addAll(v.dreams());
    return String.join(" / ", all);
  }

  private static Map<String, Integer> voiceKeys(List<ChildsVoice> entries) {
    Multiset<String> uses = HashMultiset.create();
    entries.forEach(v -> uses.add(v.child()));
    Map<String, Integer> out = new LinkedHashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      String child = entries.get(i).child();
      out.put(!child.isBlank() && uses.count(child) == 1 ? "child " + child : "at " + i, i);
    }
    return out;
  }

  private static void sayings(Comparison c, String oldPath, String path, String oldChild,
      String child, String key, String noun, List<String> before, List<String> after) {
    Multiset<String> was = HashMultiset.create(before);
    Multiset<String> now = HashMultiset.create(after);
    for (String s : after) {
      if (!was.remove(s)) {
        c.change(Change.Kind.ADDED, Heading.CHILDS_VOICE, path + "." + key, Optional.empty(),
            Optional.of(s), capital(child(c.newer(), child)) + " has a new " + noun + ": "
                + quote(s) + ".");
      }
    }
    for (String s : before) {
      if (!now.remove(s)) {
        c.change(Change.Kind.REMOVED, Heading.CHILDS_VOICE, oldPath + "." + key,
            Optional.of(s), Optional.empty(), "A " + noun + " of " + child(c.older(), oldChild)
                + "'s is no longer recorded: " + quote(s) + ".");
      }
    }
  }
}

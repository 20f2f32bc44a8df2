package io.github.sixps.formulation.render.internal;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.model.ChildsVoice;
import io.github.sixps.formulation.model.Contributor;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.render.Label;
import io.github.sixps.formulation.render.RenderOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The sections about people: who is involved, and what each child said in their own words. */
final class PeopleSections extends DocumentPart {
  PeopleSections(RenderOptions options) {
    super(options);
  }

  /** Who is involved: the family and the professionals. */
  Block.Section people(Formulation f) {
    List<Block> body = new ArrayList<>();
    // A family's handout does not list the family to itself: it lists the professionals, with
    // their organisations, which the rest of the handout names them without.
    if (!family && f.people().isEmpty()) {
      body.add(new Block.Empty(say.text("people.none")));
    } else if (!family) {
      List<ImmutableList<String>> rows = new ArrayList<>();
      for (Person p : f.people()) {
        rows.add(ImmutableList.of(text(p.name()), p.role().map(say::role).orElse(""),
            p.age().map(String::valueOf).orElse("")));
      }
      body.add(new Block.Table(say.text("people.family"),
          say.texts("people.name", "people.role", "people.age"), ImmutableList.copyOf(rows)));
    }
    if (!f.contributors().isEmpty()) {
      List<ImmutableList<String>> rows = new ArrayList<>();
      for (Contributor c : f.contributors()) {
        rows.add(ImmutableList.of(text(c.name()), c.role().orElse(""), c.agency().orElse("")));
      }
      String caption = say.text("people.professionals");
      body.add(family ? listed(caption, rows) : new Block.Table(caption,
          say.texts("people.name", "people.role", "people.organisation"),
          ImmutableList.copyOf(rows)));
    }
    return new Block.Section("people", 2, say.heading(Label.PEOPLE), body);
  }

  /**
   * The professionals' table as a list under its caption, for the family's large print, where
   * three columns leave each a word or two wide: "Kirsty Lambert: Social worker, Disabled
   * children's team", one line a person.
   */
  private static Block.Section listed(String caption, List<ImmutableList<String>> rows) {
    List<Block.Entry> entries = new ArrayList<>();
    for (List<String> row : rows) {
      String rest = row.subList(1, row.size()).stream().filter(s -> !s.isBlank())
          .collect(Collectors.joining(", "));
      entries.add(new Block.Entry("", rest.isEmpty() ? row.get(0) : row.get(0) + ": " + rest,
          List.of()));
    }
    return new Block.Section("professionals", 3, caption, List.of(new Block.Entries(entries)));
  }

  /** Each child's worries, good things and dreams, as they said them. */
  Block.Section childsVoice(Formulation f) {
    List<Block> body = new ArrayList<>();
    teaching(Label.CHILDS_VOICE).ifPresent(body::add);
    if (f.childsVoice().isEmpty()) {
      body.add(new Block.Empty(say.text("empty.childsVoice")));
    }
    for (ChildsVoice v : f.childsVoice()) {
      List<Block> said = new ArrayList<>();
      // Only the words' own language marks them: a person's language says what they speak,
      // not that the words here are in it (they are often written down in translation), and a
      // screen reader reading English in a Polish voice is worse than no mark.
      String language = v.language().orElse("");
      said(said, Label.WORRIES, v.worries(), language);
      said(said, Label.GOOD_THINGS, v.goodThings(), language);
      said(said, Label.DREAMS, v.dreams(), language);
      if (said.isEmpty()) {
        said.add(new Block.Empty(say.text("empty.childSaidNothing")));
      }
      // One child's words need no heading of their own: "About" at the top names the child.
      if (f.childsVoice().size() == 1) {
        body.addAll(said);
        continue;
      }
      body.add(new Block.Section("childsVoice-" + v.child(), 3,
          v.child().isEmpty() ? say.text("childsVoice.aChild") : name(f, v.child()), said));
    }
    return new Block.Section("childsVoice", 2, say.heading(Label.CHILDS_VOICE), body);
  }

  /**
   * What the child said under one label, as one paragraph led by the label: the child's words
   * come near the top of the first page, where a list of one line each would push what is going
   * well off it. A blank line, as the template from {@code formulation new} has, is the child not
   * yet heard: it is left out, not shown as a label with nothing.
   */
  /**
   * What can end a sentence as written: Latin marks and quotes, and the full stops and question
   * marks of other scripts (Urdu ۔, Arabic ؟, Devanagari and Bengali ।, Ethiopic ።, Chinese 。),
   * so that a child's Urdu sentence does not get an English full stop after its own.
   */
  private static final String ENDS_A_SENTENCE = ".!?…\"'”’)۔؟।॥።。！？";

  private void said(List<Block> said, Label label, List<String> lines, String language) {
    List<String> words = lines.stream().filter(s -> !s.isBlank()).map(String::strip)
        .map(s -> ENDS_A_SENTENCE.indexOf(s.charAt(s.length() - 1)) >= 0 ? s : s + ".")
        .collect(Collectors.toList());
    if (!words.isEmpty()) {
      said.add(new Block.Paragraph(say.heading(label), String.join(" ", words), language));
    }
  }
}

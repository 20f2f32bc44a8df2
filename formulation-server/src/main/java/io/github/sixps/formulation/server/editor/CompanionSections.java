package io.github.sixps.formulation.server.editor;

import io.github.sixps.formulation.review.FamilySentences;
import io.github.sixps.formulation.server.editor.Controls.Choice;
import java.util.List;

/**
 * The form's sections for the two companions of a formulation: the family tree (each person's
 * gender, birth, death and language; who is whose parent, partner, brother or sister; who lives
 * together), with the relationships said in sentences where the picture goes; and the
 * chronology of significant events, shown in date order, each with its date as people say it,
 * what happened, where that comes from, who was involved, whether it was a good or a hard time,
 * and the impact on the child kept apart.
 */
final class CompanionSections {
  /** Where the family tree's picture goes: the id of its place on the page. */
  static final String PICTURE = "family-picture";
  /** How a date is typed, in the hints. */
  static final String SAID_DATES = "As you would say it: 2019, March 2019, 14 March 2019, or"
      + " about 2015 if nobody is sure";

  private static final List<Choice> GENDERS = List.of(new Choice("female", "Female"),
      new Choice("male", "Male"), new Choice("another", "Another gender"));
  private static final List<Choice> PARENT_KINDS = List.of(new Choice("birth", "Birth parent"),
      new Choice("adoptive", "Adoptive parent"), new Choice("step", "Step-parent"),
      new Choice("foster", "Foster carer"), new Choice("kinship", "Kinship carer"));
  private static final List<Choice> TONES = List.of(new Choice("good", "A good time"),
      new Choice("hard", "A hard time"), new Choice("mixed", "Mixed"));

  private final EditorSections s;
  private final Html h;
  private final FormFields form;
  private final Controls c;

  CompanionSections(EditorSections sections, Html h, FormFields form, Controls c) {
    this.s = sections;
    this.h = h;
    this.form = form;
    this.c = c;
  }

  void family() {
    s.section("family", "Who is related to whom, and who lives together. The picture below"
        + " changes as you fill this in.");
    picture();
    List<Choice> people = s.personChoices();
    h.open("div", "id", "family.people", "class", "sub-list");
    h.element("h3", "About each person", "class", "heading-s");
    int n = 0;
    for (int i : form.positions("people")) {
      n++;
      String at = "people[" + i + "]";
      String name = form.text(at + ".name").strip();
      h.open("fieldset", "class", "item", "id", at + ".family");
      h.element("legend", name.isEmpty() ? "Person " + n + " (no name yet)" : name,
          "class", "item-legend");
      c.select(at + ".gender", "Gender", null, GENDERS, "Not recorded");
      c.input(at + ".born", "Born", SAID_DATES, "said-date");
      c.input(at + ".died", "Died", "Only if they have died. " + SAID_DATES, "said-date");
      c.input(at + ".language", "Language they speak",
          "As a short language code, for example en, pl, ur or bn", "code");
      h.close("fieldset");
    }
    if (n == 0) {
      h.element("p", "Add people under Who is involved first.", "class", "hint");
    }
    h.close("div");
    sub("family.parents", "Parents and carers", "Parent or carer link",
        "Add a parent or carer", at -> {
          c.select(at + ".parent", "Parent or carer", null, people, "Choose a person");
          c.select(at + ".child", "Child", null, people, "Choose a person");
          c.select(at + ".kind", "How they are a parent", null, PARENT_KINDS, "Not chosen yet");
        });
    sub("family.partnerships", "Partners", "Partnership", "Add a partnership", at -> {
      c.select(at + ".first", "One partner", null, people, "Choose a person");
      c.select(at + ".second", "The other partner", null, people, "Choose a person");
      c.select(at + ".state", "Where things are now", null,
          EditorSections.choices(io.github.sixps.formulation.model.PartnershipState.values()),
          "Not chosen yet");
      c.input(at + ".from", "Together from", SAID_DATES, "said-date");
      c.input(at + ".until", "Apart from", "If they have separated. " + SAID_DATES, "said-date");
    });
    sub("family.siblings", "Brothers and sisters", "Brother or sister link",
        "Add brothers or sisters", at -> {
          c.select(at + ".first", "One", null, people, "Choose a person");
          c.select(at + ".second", "The other", null, people, "Choose a person");
          c.checkboxes(at + ".twins", "Twins", null,
              List.of(new Choice(Companions.YES, "They are twins")), "");
        });
    sub("family.households", "Households", "Household", "Add a household", at -> {
      c.input(at + ".name", "What the family call this home", "For example: Mum's house",
          "text");
      c.checkboxes(at + ".members", "Who lives here", null, people, "Add people first.");
    });
    h.close("section");
  }

  /**
   * The family tree as sentences, one for each relationship, from what the form holds now.
   * This is where the family tree's picture goes once the editor can draw it: the sentences
   * then stay as the picture's text alternative.
   */
  private void picture() {
    h.open("figure", "id", PICTURE, "class", "family-picture", "aria-labelledby",
        PICTURE + "-caption");
    h.element("figcaption", "How the family are related", "id", PICTURE + "-caption",
        "class", "label");
    sentences(h, FormulationForm.decode(form).formulation());
    h.close("figure");
  }

  /**
   * The list of sentences saying the family tree, as the page shows it and as the script's live
   * update replaces it ({@code POST .../family}).
   *
   * @param h where to write it
   * @param f the formulation as the form holds it now
   */
  static void sentences(Html h, io.github.sixps.formulation.model.Formulation f) {
    List<String> said = FamilySentences.of(f);
    h.open("ul", "class", "family-sentences", "id", "family-sentences", "aria-live", "polite");
    if (said.isEmpty()) {
      h.element("li", "Nothing recorded yet: add parents, partners, brothers and sisters or"
          + " households below.");
    }
    said.forEach(sentence -> h.element("li", sentence));
    h.close("ul");
  }

  void events() {
    s.section("events", "Significant events in the child's life, from birth or before, in date"
        + " order: the good times too. Write what happened as facts; how it affected the child"
        + " has a box of its own.");
    // First in the section as well as after the list: from the section, one Tab and Enter start
    // a new event, with the cursor in its date.
    s.addButton("events", "Add an event");
    // In date order already (Companions.inDateOrder): the entries have no buttons to move them.
    List<Integer> byDate = form.positions("events");
    s.list("events", "Event", "Add another event", byDate, at -> {
      c.input(at + ".date", "When it happened", SAID_DATES, "said-date");
      c.textarea(at + ".what", "What happened", "The facts, in plain words");
      c.input(at + ".source", "Where this comes from",
          "For example: school records, or Sara told us", "text");
      c.checkboxes(at + ".people", "Who was involved", null, s.personChoices(),
          "Add people under Who is involved first.");
      c.select(at + ".tone", "Was it a good time or a hard time?", null, TONES,
          "Not recorded");
      c.textarea(at + ".impact", "The impact on the child",
          "Kept apart from the facts: how it affected the child, as far as we know");
      c.input(at + ".until", "Until", "Only if it went on for a while. " + SAID_DATES, "said-date");
      c.input(at + ".kind", "Kind of event", "If your team groups them, for example: school,"
          + " health or a move", "text");
    });
    h.close("section");
  }

  private void sub(String list, String title, String one, String add,
      java.util.function.Consumer<String> body) {
    h.open("div", "id", list, "class", "sub-list");
    h.element("h3", title, "class", "heading-s");
    c.findings(list);
    s.list(list, one, add, body);
    h.close("div");
  }
}

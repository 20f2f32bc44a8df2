package io.github.sixps.formulation.server.editor;

import io.github.sixps.formulation.model.ActionStatus;
import io.github.sixps.formulation.model.Domain;
import io.github.sixps.formulation.model.FormulationStatus;
import io.github.sixps.formulation.model.PersonRole;
import io.github.sixps.formulation.server.editor.Controls.Choice;
import java.util.List;

/**
 * The parts of the editor's form, in the order of a formulation: who is involved, the child's
 * voice, the presenting issues, the four kinds of factor, the hypothesis, the plan and the reviews.
 * Each list has its entries as fieldsets, with buttons to move and remove each and to add another;
 * links to other parts are chosen from what the form holds now.
 */
final class EditorSections {
  /** The ids of the sections and lists, where findings about a whole part are shown. */
  static final List<String> ANCHORS = List.of("people", "contributors", "family",
      "family.parents", "family.partnerships", "family.siblings", "family.households", "events",
      "childsVoice",
      "presenting", "predisposing", "precipitating", "perpetuating", "protective", "hypothesis",
      "plan", "plan.goals", "plan.actions", "reviews");

  /** Each section's heading, by its id: on the page, and in the checks' list of places. */
  static final java.util.Map<String, String> TITLES = java.util.Map.ofEntries(
      java.util.Map.entry("about", "About this formulation"),
      java.util.Map.entry("people", "Who is involved"),
      java.util.Map.entry("contributors", "Who formulated"),
      java.util.Map.entry("family", "Family tree"),
      java.util.Map.entry("events", "Chronology: significant events"),
      java.util.Map.entry("childsVoice", "The child's voice"),
      java.util.Map.entry("presenting", "Presenting issues"),
      java.util.Map.entry("predisposing", "Predisposing factors"),
      java.util.Map.entry("precipitating", "Precipitating factors"),
      java.util.Map.entry("perpetuating", "Perpetuating factors"),
      java.util.Map.entry("protective", "Protective factors"),
      java.util.Map.entry("hypothesis", "Hypothesis"),
      java.util.Map.entry("plan", "Plan"),
      java.util.Map.entry("reviews", "Reviews"));

  private static final String[][] FACTORS = {
      {"predisposing", "Predisposing factor",
          "What made the family vulnerable to this? History and background, to understand, not"
              + " to blame.", "Which worries does this help explain?"},
      {"precipitating", "Precipitating factor",
          "Why now? What happened recently that set things off?",
          "Which worries did this set off?"},
      {"perpetuating", "Perpetuating factor",
          "What keeps it going, day after day? The plan works on these.",
          "Which worries does this keep going?"},
      {"protective", "Protective factor",
          "What is helping? Strengths, skills, people and places. There are always some.",
          "What does this help with?"}};

  private final Html h;
  private final FormFields form;
  private final FieldNotes notes;
  private final Controls c;
  private final LinkChoices links;

  EditorSections(Html h, FormFields form, FieldNotes notes) {
    this.h = h;
    this.form = form;
    this.notes = notes;
    this.c = new Controls(h, form, notes);
    this.links = new LinkChoices(form);
  }

  static List<Choice> choices(Enum<?>[] values) {
    return LinkChoices.choices(values);
  }

  List<Choice> personChoices() {
    return links.people();
  }

  private List<Choice> whoever() {
    return links.whoever();
  }

  private List<Choice> factorsWorkedOn() {
    return links.factorsWorkedOn();
  }

  List<Choice> items(String list, String words) {
    return links.items(list, words);
  }

  void write() {
    about();
    people();
    CompanionSections companions = new CompanionSections(this, h, form, c);
    companions.family();
    companions.events();
    voice();
    presenting();
    for (String[] kind : FACTORS) {
      factors(kind);
    }
    hypothesis();
    plan();
    reviews();
  }

  private void about() {
    section("about", null);
    c.input("title", "Title", "For example: Formulation with the Begum family", "text");
    c.input("id", "Reference", "Your case or formulation reference, if you use one", "text");
    c.input("formulatedOn", "Formulated on", "The day you formulated together, for example "
        + Controls.DATE_EXAMPLE, "date");
    c.select("status", "Status", "Agreed once everyone agrees it; closed at the end",
        choices(FormulationStatus.values()), null);
    c.input("framework", "Practice framework", "Shown on handouts, if you want it named", "text");
    h.close("section");
  }

  private void people() {
    section("people",
        "The child or children, the family and their network.");
    list("people", "Person", "Add another person", at -> {
      c.input(at + ".name", "Name", null, "text");
      c.select(at + ".role", "Role", null, choices(PersonRole.values()), "Not recorded");
      c.input(at + ".age", "Age", "In years, if it helps", "number");
    });
    h.close("section");
    section("contributors",
        "The professionals, with their role and service.");
    list("contributors", "Professional", "Add another professional", at -> {
      c.input(at + ".name", "Name", null, "text");
      c.input(at + ".role", "Role", "For example: Social worker", "text");
      c.input(at + ".agency", "Service or agency", "For example: Children's social care", "text");
    });
    h.close("section");
  }

  private void voice() {
    section("childsVoice",
        "In the child's own words: what worries them, what is good, what they hope for.");
    list("childsVoice", "Child's voice", "Add another child's voice", at -> {
      c.select(at + ".child", "Whose words these are", null, personChoices(), null);
      sayings(at + ".worries", "Worries", "worry");
      sayings(at + ".goodThings", "Good things", "good thing");
      sayings(at + ".dreams", "Dreams", "dream");
      c.input(at + ".language", "Language the child said it in", "If not English: a short"
          + " language code, for example pl, ur or bn, so screen readers read it rightly",
          "code");
    });
    h.close("section");
  }

  private void sayings(String list, String title, String one) {
    h.open("fieldset", "class", "sayings", "id", list);
    h.element("legend", title, "class", "label");
    c.findings(list);
    int n = 0;
    for (int i : form.positions(list)) {
      String at = list + "[" + i + "]";
      n++;
      h.open("div", "class", "saying");
      c.textarea(at, capital(one) + " " + n, null);
      itemButtons(list, i, capital(one) + " " + n);
      h.close("div");
    }
    addButton(list, "Add another " + one);
    h.close("fieldset");
  }

  private void presenting() {
    section("presenting",
        "What are we worried about, here and now? How often, and for whom.");
    list("presenting", "Presenting issue", "Add another presenting issue", at -> {
      c.textarea(at + ".statement", "What is happening", null);
      c.select(at + ".domain", "Side of the Assessment Framework triangle", null,
          choices(Domain.values()), "Not recorded");
      c.checkboxes(at + ".sources", "Whose view this is", null, whoever(),
          "Add people or professionals first.");
    });
    h.close("section");
  }

  private void factors(String[] kind) {
    String list = kind[0];
    section(list, kind[2]);
    list(list, kind[1], "Add another " + kind[1].toLowerCase(java.util.Locale.ROOT), at -> {
      c.textarea(at + ".statement", "The factor, in plain words", null);
      c.checkboxes(at + ".explains", kind[3], null,
          items("presenting", ".statement"), "Add a presenting issue first.");
      c.checkboxes(at + ".sources", "Whose view this is", null, whoever(),
          "Add people or professionals first.");
      c.checkboxes(at + ".events", "Which events in the chronology it comes from", null,
          items("events", ".what"), "Add an event to the chronology first, if it helps.");
      c.input(at + ".evidence", "What this is based on", null, "text");
      if (list.equals("perpetuating")) {
        h.open("fieldset", "class", "priority", "id", at + ".priority");
        h.element("legend", "How it was rated, each from 1 (low) to 5 (high)", "class", "label");
        c.findings(at + ".priority");
        c.input(at + ".priority.impact", "Impact", "How strongly it keeps the worries going",
            "number");
        c.input(at + ".priority.urgency", "Urgency", "Risk of harm if it is left; 5 puts it first",
            "number");
        c.input(at + ".priority.changeability", "Changeability",
            "How realistic change is within this plan", "number");
        c.input(at + ".priority.familyPriority", "Family's priority",
            "How much the family want to change it", "number");
        c.input(at + ".priority.pin", "Rank set by hand", "Only to override the ranking, from 1",
            "number");
        c.input(at + ".priority.reason", "Why the rank was set by hand", null, "text");
        h.close("fieldset");
      }
    });
    h.close("section");
  }

  private void hypothesis() {
    section("hypothesis",
        "Your shared working theory: what keeps the worries going, and how that can change.");
    c.textarea("hypothesis.statement", "The working theory", null);
    c.checkboxes("hypothesis.focus", "The perpetuating factors it centres on", null,
        items("perpetuating", ".statement"), "Add a perpetuating factor first.");
    c.textarea("hypothesis.expectedChange", "What will be different if they are addressed",
        null);
    h.close("section");
  }

  private void plan() {
    section("plan", "What we will do, together.");
    h.open("div", "id", "plan.goals", "class", "sub-list");
    h.element("h3", "Goals", "class", "heading-s");
    c.findings("plan.goals");
    list("plan.goals", "Goal", "Add another goal", at -> {
      c.textarea(at + ".outcome", "What will be different", "In words the family would use");
      c.checkboxes(at + ".for", "Which presenting issues it is for", null,
          items("presenting", ".statement"), "Add a presenting issue first.");
      h.open("fieldset", "class", "scale", "id", at + ".scale");
      h.element("legend", "Scale from 0 to 10", "class", "label");
      c.findings(at + ".scale");
      c.input(at + ".scale.now", "Where things are now", null, "number");
      c.input(at + ".scale.target", "Where you aim to get to", null, "number");
      h.close("fieldset");
    });
    h.close("div");
    h.open("div", "id", "plan.actions", "class", "sub-list");
    h.element("h3", "Actions", "class", "heading-s");
    c.findings("plan.actions");
    list("plan.actions", "Action", "Add another action", at -> {
      c.textarea(at + ".action", "Who does what, when and where", null);
      c.select(at + ".owner", "Who will do it", "The family and network own actions too",
          whoever(), "Nobody yet");
      c.checkboxes(at + ".addresses", "Which factors it works on", null, factorsWorkedOn(),
          "Add a perpetuating or protective factor first.");
      c.checkboxes(at + ".goals", "Which goals it serves", null, items("plan.goals", ".outcome"),
          "Add a goal first.");
      c.input(at + ".due", "By when", "For example " + Controls.DATE_EXAMPLE, "date");
      c.input(at + ".measure", "How we will know it has happened", null, "text");
      c.select(at + ".status", "Status", null, choices(ActionStatus.values()), null);
    });
    h.close("div");
    c.input("plan.nextReview", "Next review", "When you will look at the plan again together,"
        + " for example " + Controls.DATE_EXAMPLE, "date");
    h.close("section");
  }

  private void reviews() {
    section("reviews", "After each review or supervision, add one, oldest first.");
    list("reviews", "Review", "Add another review", at -> {
      c.input(at + ".on", "Date of the review", "For example " + Controls.DATE_EXAMPLE, "date");
      c.select(at + ".by", "Who led it", null, whoever(), "Not recorded");
      rows(at + ".scale", "Goal scales at this review", "goal", "value",
          items("plan.goals", ".outcome"), "Add another goal scale");
      rows(at + ".actions", "Actions at this review", "action", "status",
          items("plan.actions", ".action"), "Add another action status");
      c.textarea(at + ".notes", "Notes", "What has gone well, what has not, what will change");
    });
    h.close("section");
  }

  private void rows(String list, String title, String key, String value, List<Choice> keys,
      String add) {
    h.open("fieldset", "class", "rows", "id", list);
    h.element("legend", title, "class", "label");
    c.findings(list);
    int n = 0;
    for (int i : form.positions(list)) {
      String at = list + "[" + i + "]";
      n++;
      h.open("div", "class", "row", "id", at);
      c.select(at + "." + key, capital(key) + " " + n, null, keys, null);
      if (value.equals("value")) {
        c.input(at + ".value", "Scale " + n + ", from 0 to 10", null, "number");
      } else {
        c.select(at + ".status", "Status " + n, null, choices(ActionStatus.values()), null);
      }
      itemButtons(list, i, title.toLowerCase(java.util.Locale.ROOT) + " row " + n);
      h.close("div");
    }
    addButton(list, add);
    h.close("fieldset");
  }

  void section(String id, String hint) {
    h.open("section", "class", "form-section", "id", id, "aria-labelledby", id + "-heading");
    h.element("h2", TITLES.get(id), "id", id + "-heading", "class", "heading-m");
    if (hint != null) {
      h.element("p", hint, "class", "hint");
    }
    c.findings(id);
  }

  void list(String list, String one, String add, java.util.function.Consumer<String> body) {
    list(list, one, add, null, body);
  }

  /**
   * A list shown in an order of its own, such as the chronology's by date: its entries then
   * have no buttons to move them, as the order is not the person's to set.
   *
   * @param order the positions in the order shown; null for the form's order, with buttons to
   *     change it
   */
  void list(String list, String one, String add, List<Integer> order,
      java.util.function.Consumer<String> body) {
    boolean movable = order == null;
    int n = 0;
    for (int i : movable ? form.positions(list) : order) {
      String at = list + "[" + i + "]";
      n++;
      String name = one + " " + n;
      h.open("fieldset", "class", "item", "id", at);
      h.element("legend", name, "class", "item-legend");
      // The editor makes each entry's id (BlankEntries): people choose links by their words.
      if (form.first(at + ".id").isPresent()) {
        h.open("input", "type", "hidden", "name", at + ".id", "value", form.text(at + ".id"));
      }
      c.findings(at);
      body.accept(at);
      if (movable) {
        itemButtons(list, i, name);
      } else {
        h.open("div", "class", "item-buttons");
        button("remove " + list + "[" + i + "]", "Remove", name);
        h.close("div");
      }
      h.close("fieldset");
    }
    addButton(list, add);
  }

  private void itemButtons(String list, int i, String name) {
    List<Integer> at = form.positions(list);
    int pos = at.indexOf(i);
    h.open("div", "class", "item-buttons");
    if (pos > 0) {
      button("up " + list + "[" + i + "]", "Move up", name);
    }
    if (pos < at.size() - 1) {
      button("down " + list + "[" + i + "]", "Move down", name);
    }
    button("remove " + list + "[" + i + "]", "Remove", name);
    h.close("div");
  }

  private void button(String op, String words, String what) {
    h.open("button", "type", "submit", "name", "_op", "value", op,
        "class", "button button-secondary");
    h.text(words).element("span", " " + what.toLowerCase(java.util.Locale.ROOT),
        "class", "visually-hidden");
    h.close("button");
  }

  void addButton(String list, String words) {
    h.open("button", "type", "submit", "name", "_op", "value", "add " + list,
        "class", "button button-secondary button-add");
    h.text(words).close("button");
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  FieldNotes notes() {
    return notes;
  }
}

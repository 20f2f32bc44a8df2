package io.github.sixps.formulation.server.editor;

import io.github.sixps.formulation.server.internal.UkDates;
import io.github.sixps.formulation.validate.Finding;
import io.github.sixps.formulation.validate.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The editor's form controls, in the pattern of the GOV.UK Design System: a label, a hint, the
 * error that stops the field being read, the validator's findings with their suggestions, and the
 * control, each described to assistive technology through {@code aria-describedby}. Every field's
 * element id is its name, so an error summary links straight to it.
 */
final class Controls {
  /** A choice in a list: the value sent, and what the person sees. */
  record Choice(String value, String label) {}

  private final Html h;
  private final FormFields form;
  private final FieldNotes notes;

  Controls(Html h, FormFields form, FieldNotes notes) {
    this.h = h;
    this.form = form;
    this.notes = notes;
  }

  /** How a date is typed, in the hints and the errors. */
  static final String DATE_EXAMPLE = "14/09/2026";

  /** A one-line text box; {@code kind} is text, date or a number, each shown as text. */
  void input(String name, String label, String hint, String kind) {
    start(name, label, hint, true);
    // A date is a text box in the UK form, not the browser's date box, which shows the date in
    // the browser's own language's order (09/14/2026 in an American English one). What is not
    // a date is shown as typed, with its error beside it.
    String value = form.text(name);
    if (kind.equals("date")) {
      value = UkDates.parse(value).map(UkDates::shortForm).orElse(value);
    }
    h.open("input", "type", "text", "id", name, "name", name, "value", value,
        "class", "input" + (kind.equals("number") ? " input-narrow" : "")
            + (kind.equals("date") ? " input-date" : ""),
        "inputmode", kind.equals("number") ? "numeric" : null,
        "spellcheck", kind.equals("text") ? null : "false",
        "aria-describedby", describedBy(name, hint),
        "aria-invalid", notes.error(name).isPresent() ? "true" : null);
    end();
  }

  /** A text box of several lines, for a statement in someone's words. */
  void textarea(String name, String label, String hint) {
    start(name, label, hint, true);
    String value = form.text(name);
    h.open("textarea", "id", name, "name", name, "class", "textarea",
        "rows", value.length() > 240 ? "6" : "3",
        "aria-describedby", describedBy(name, hint),
        "aria-invalid", notes.error(name).isPresent() ? "true" : null);
    // The parser drops a line break straight after <textarea>: this one, not the user's.
    h.raw("\n").text(value).close("textarea");
    end();
  }

  /** A list to choose one from; the current value is kept even when it is not among them. */
  void select(String name, String label, String hint, List<Choice> choices, String none) {
    start(name, label, hint, true);
    String current = form.text(name);
    h.open("select", "id", name, "name", name, "class", "select",
        "aria-describedby", describedBy(name, hint),
        "aria-invalid", notes.error(name).isPresent() ? "true" : null);
    boolean found = false;
    List<Choice> all = new ArrayList<>();
    if (none != null) {
      all.add(new Choice("", none));
    }
    all.addAll(choices);
    for (Choice c : all) {
      boolean on = !found && c.value().equals(current);
      found |= on;
      h.element("option", c.label(), "value", c.value(), "selected", on ? "" : null);
    }
    if (!found) {
      h.element("option", current + " (not in this formulation)", "value", current,
          "selected", "");
    }
    h.close("select");
    end();
  }

  /**
   * Boxes to tick, for links to other parts: those chosen first, in their order (one box for
   * each, so a link given twice stays twice), then the rest.
   */
  void checkboxes(String name, String legend, String hint, List<Choice> choices, String empty) {
    h.open("div", "class", "field" + (notes.error(name).isPresent() ? " field-error" : ""),
        "data-field", name);
    h.open("fieldset", "class", "checkboxes-fieldset", "id", name,
        "aria-describedby", describedBy(name, hint));
    h.element("legend", legend, "class", "label");
    hintAndNotes(name, hint);
    Map<String, String> labels = new java.util.LinkedHashMap<>();
    choices.forEach(c -> labels.putIfAbsent(c.value(), c.label()));
    List<String> chosen = form.all(name);
    Set<String> rest = new LinkedHashSet<>(labels.keySet());
    rest.removeAll(chosen);
    int k = 0;
    h.open("div", "class", "checkboxes");
    for (String v : chosen) {
      box(name, k++, v, labels.getOrDefault(v, v + " (not in this formulation)"), true);
    }
    for (String v : rest) {
      box(name, k++, v, labels.get(v), false);
    }
    if (k == 0) {
      h.element("p", empty, "class", "hint");
    }
    h.close("div").close("fieldset").close("div");
  }

  private void box(String name, int k, String value, String label, boolean on) {
    String id = name + "--" + k;
    h.open("div", "class", "checkbox");
    h.open("input", "type", "checkbox", "id", id, "name", name, "value", value,
        "checked", on ? "" : null);
    h.element("label", label, "for", id);
    h.close("div");
  }

  private void start(String name, String label, String hint, boolean withLabel) {
    h.open("div", "class", "field" + (notes.error(name).isPresent() ? " field-error" : ""),
        "data-field", name);
    if (withLabel) {
      h.element("label", label, "for", name, "class", "label");
    }
    hintAndNotes(name, hint);
  }

  private void hintAndNotes(String name, String hint) {
    if (hint != null) {
      h.element("p", hint, "class", "hint", "id", name + "-hint");
    }
    notes.error(name).ifPresent(e -> h.open("p", "class", "error-message", "id", name + "-error")
        .element("span", "Error: ", "class", "visually-hidden").text(e).close("p"));
    findings(name);
  }

  /** The findings placed at a name, as a list the script can replace. */
  void findings(String name) {
    List<Finding> here = notes.at(name);
    h.open("ul", "class", "findings", "id", name + "-findings",
        "hidden", here.isEmpty() ? "" : null);
    for (Finding f : here) {
      finding(h, f);
    }
    h.close("ul");
  }

  /** One finding: its severity in words (never colour alone), message and suggestion. */
  static void finding(Html h, Finding f) {
    String severity = f.severity() == Severity.ERROR ? "Error"
        : f.severity() == Severity.WARNING ? "Warning" : "Note";
    h.open("li", "class", "finding finding-" + severity.toLowerCase(java.util.Locale.ROOT));
    h.element("strong", severity + ": ", "class", "finding-severity");
    h.text(f.message());
    f.suggestion().ifPresent(s -> h.element("span", s, "class", "finding-suggestion"));
    h.close("li");
  }

  private void end() {
    h.close("div");
  }

  private String describedBy(String name, String hint) {
    StringBuilder ids = new StringBuilder();
    if (hint != null) {
      ids.append(name).append("-hint ");
    }
    if (notes.error(name).isPresent()) {
      ids.append(name).append("-error ");
    }
    ids.append(name).append("-findings");
    return ids.toString();
  }
}

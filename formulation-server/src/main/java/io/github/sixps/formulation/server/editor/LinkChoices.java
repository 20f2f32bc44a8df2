package io.github.sixps.formulation.server.editor;

import io.github.sixps.formulation.model.PersonRole;
import io.github.sixps.formulation.server.editor.Controls.Choice;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a link from one part of the form to another can be chosen from, as the form holds it now:
 * people and professionals by name and role, items by what they say, never by their ids.
 */
final class LinkChoices {
  private final FormFields form;

  LinkChoices(FormFields form) {
    this.form = form;
  }

  static List<Choice> choices(Enum<?>[] values) {
    return Arrays.stream(values).map(v -> new Choice(EnumText.value(v), EnumText.label(v)))
        .toList();
  }

  List<Choice> people() {
    return named("people");
  }

  List<Choice> whoever() {
    List<Choice> out = new ArrayList<>(named("people"));
    out.addAll(named("contributors"));
    return out;
  }

  /** People and professionals by name and role: "Tom Hughes, Head of year", "Sara, Parent". */
  private List<Choice> named(String list) {
    List<Choice> out = new ArrayList<>();
    int n = 0;
    for (int i : form.positions(list)) {
      n++;
      String at = list + "[" + i + "]";
      String id = form.text(at + ".id");
      if (id.isEmpty()) {
        continue;
      }
      String name = form.text(at + ".name").strip();
      String role = form.text(at + ".role").strip();
      if (list.equals("people")) {
        role = EnumText.parse(PersonRole.class, role).map(EnumText::label).orElse(role);
      }
      String who = name.isEmpty() ? (list.equals("people") ? "Person " : "Professional ") + n
          + " (no name yet)" : name;
      out.add(new Choice(id, role.isEmpty() ? who : who + ", " + role));
    }
    return out;
  }

  List<Choice> factorsWorkedOn() {
    List<Choice> out = new ArrayList<>(items("perpetuating", ".statement"));
    out.addAll(items("protective", ".statement"));
    return out;
  }

  /**
   * The entries of a list as choices, by what they say (the start of their words), never by
   * their id: "Amira has missed 40% of school this term and says she...".
   */
  List<Choice> items(String list, String words) {
    List<Choice> out = new ArrayList<>();
    int n = 0;
    for (int i : form.positions(list)) {
      n++;
      String id = form.text(list + "[" + i + "].id");
      if (id.isEmpty()) {
        continue;
      }
      String text = form.text(list + "[" + i + "]" + words).strip();
      if (text.codePointCount(0, text.length()) > 90) {
        text = text.substring(0, text.offsetByCodePoints(0, 87)) + "...";
      }
      out.add(new Choice(id, text.isEmpty()
          ? FieldLabels.of(list + "[" + (n - 1) + "]") + " (not written yet)" : text));
    }
    return out;
  }
}

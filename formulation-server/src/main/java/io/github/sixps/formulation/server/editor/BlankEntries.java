package io.github.sixps.formulation.server.editor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The fields of a new, empty entry for each list of the form ("add another"), with a short id
 * that no entry of the list has yet ({@code P3}, {@code M2}) so links to it work at once; and
 * an id for any entry posted without one of its own ({@link #withIds}). The ids are the
 * editor's: the form never shows them.
 */
final class BlankEntries {
  private BlankEntries() {}

  /**
   * The new entry's fields, the one to put the cursor in first.
   *
   * @param list the list, such as {@code plan.actions} or {@code childsVoice[0].worries}
   * @param form the form as it is, for the ids in use
   * @param today the date a new review is given
   * @return each field as the rest of its name and its value; empty for a list the form lacks
   */
  static Optional<List<String[]>> of(String list, FormFields form, LocalDate today) {
    List<String[]> f = new ArrayList<>();
    switch (list) {
      case "people" -> add(f, ".name", "", ".id", next(list, "person-", form), ".role", "",
          ".age", "");
      case "contributors" -> add(f, ".name", "", ".id", next(list, "worker-", form), ".role", "",
          ".agency", "");
      case "childsVoice" -> add(f, ".child", "");
      case "presenting" -> add(f, ".statement", "", ".id", next(list, "P", form), ".domain", "");
      case "predisposing", "precipitating", "protective" -> add(f, ".statement", "",
          ".id", next(list, prefix(list), form), ".evidence", "");
      case "perpetuating" -> add(f, ".statement", "", ".id", next(list, "M", form),
          ".evidence", "", ".priority.impact", "", ".priority.urgency", "",
          ".priority.changeability", "", ".priority.familyPriority", "", ".priority.pin", "",
          ".priority.reason", "");
      case "plan.goals" -> add(f, ".outcome", "", ".id", next(list, "G", form), ".scale.now", "",
          ".scale.target", "");
      case "plan.actions" -> add(f, ".action", "", ".id", next(list, "A", form), ".owner", "",
          ".due", "", ".measure", "", ".status", "not-started");
      case "reviews" -> add(f, ".on", today.toString(), ".by", "", ".notes", "");
      case "events" -> add(f, ".date", "", ".id", next(list, "E", form), ".what", "",
          ".source", "", ".tone", "", ".impact", "");
      case "family.parents" -> add(f, ".parent", "", ".child", "", ".kind", "birth");
      case "family.partnerships" -> add(f, ".first", "", ".second", "", ".state", "partners",
          ".from", "", ".until", "");
      case "family.siblings" -> add(f, ".first", "", ".second", "");
      case "family.households" -> add(f, ".name", "", ".id", next(list, "H", form));
      default -> {
        if (isUnder(list, "childsVoice", ".worries", ".goodThings", ".dreams")) {
          add(f, "", "");
        } else if (isUnder(list, "reviews", ".scale")) {
          add(f, ".goal", "", ".value", "");
        } else if (isUnder(list, "reviews", ".actions")) {
          add(f, ".action", "", ".status", "in-progress");
        } else {
          return Optional.empty();
        }
      }
    }
    return Optional.of(f);
  }

  /** The lists whose entries have ids, each with the start of the ids the editor makes. */
  private static final String[][] WITH_IDS = {{"people", "person-"},
      {"contributors", "worker-"}, {"presenting", "P"}, {"predisposing", "D"},
      {"precipitating", "T"}, {"perpetuating", "M"}, {"protective", "S"}, {"plan.goals", "G"},
      {"plan.actions", "A"}, {"events", "E"}, {"family.households", "H"}};

  /**
   * The form with an id for every entry that has none, or one an entry before it has: as the
   * person filling in the form never sees ids, they could not mend a blank or repeated one
   * themselves. Links to a repeated id stay with its first entry.
   *
   * @param form the form as posted
   * @return the form, each entry's id its own
   */
  static FormFields withIds(FormFields form) {
    Set<String> used = new HashSet<>();
    for (String[] list : WITH_IDS) {
      for (int i : form.positions(list[0])) {
        used.add(form.text(list[0] + "[" + i + "].id"));
      }
    }
    Set<String> seen = new HashSet<>();
    FormFields out = form;
    for (String[] list : WITH_IDS) {
      for (int i : form.positions(list[0])) {
        String name = list[0] + "[" + i + "].id";
        String id = form.text(name);
        if (id.isBlank() || !seen.add(id)) {
          int n = 1;
          while (used.contains(list[1] + n)) {
            n++;
          }
          used.add(list[1] + n);
          seen.add(list[1] + n);
          out = out.with(name, list[1] + n);
        }
      }
    }
    return out;
  }

  private static String prefix(String list) {
    return switch (list) {
      case "predisposing" -> "D";
      case "precipitating" -> "T";
      default -> "S";
    };
  }

  /** Whether a list is {@code PARENT[N]} and then one of the endings, such as a worries list. */
  private static boolean isUnder(String list, String parent, String... endings) {
    for (String ending : endings) {
      if (list.endsWith(ending)) {
        String entry = list.substring(0, list.length() - ending.length());
        int open = entry.lastIndexOf('[');
        if (open == parent.length() && entry.startsWith(parent)
            && FormFields.index(parent, entry).isPresent()) {
          return true;
        }
      }
    }
    return false;
  }

  private static void add(List<String[]> f, String... pairs) {
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      f.add(new String[] {pairs[i], pairs[i + 1]});
    }
  }

  private static String next(String list, String prefix, FormFields form) {
    Set<String> used = new HashSet<>();
    for (int i : form.positions(list)) {
      used.add(form.text(list + "[" + i + "].id"));
    }
    int n = used.size() + 1;
    while (used.contains(prefix + n)) {
      n++;
    }
    return prefix + n;
  }
}

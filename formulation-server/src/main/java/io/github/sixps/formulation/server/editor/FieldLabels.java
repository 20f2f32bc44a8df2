package io.github.sixps.formulation.server.editor;

import java.util.Map;

/**
 * Where a field is, in words, for the error summary and the list of checks: {@code Action 2,
 * by when} for {@code plan.actions[1].due}. Made from the field's name, so it needs no page.
 */
final class FieldLabels {
  private static final Map<String, String> ENTRIES = Map.ofEntries(
      Map.entry("people", "Person"), Map.entry("contributors", "Professional"),
      Map.entry("childsVoice", "Child's voice"), Map.entry("presenting", "Presenting issue"),
      Map.entry("predisposing", "Predisposing factor"),
      Map.entry("precipitating", "Precipitating factor"),
      Map.entry("perpetuating", "Perpetuating factor"),
      Map.entry("protective", "Protective factor"), Map.entry("goals", "Goal"),
      Map.entry("actions", "Action"), Map.entry("reviews", "Review"),
      Map.entry("worries", "worry"), Map.entry("goodThings", "good thing"),
      Map.entry("dreams", "dream"), Map.entry("scale", "goal scale"),
      Map.entry("events", "Event"), Map.entry("parents", "parent or carer link"),
      Map.entry("partnerships", "partnership"), Map.entry("siblings", "brother or sister link"),
      Map.entry("households", "household"));
  private static final Map<String, String> FIELDS = Map.ofEntries(
      Map.entry("due", "by when"), Map.entry("on", "date"), Map.entry("by", "who led it"),
      Map.entry("owner", "who will do it"), Map.entry("measure", "how we will know"),
      Map.entry("formulatedOn", "Formulated on"), Map.entry("nextReview", "next review"),
      Map.entry("familyPriority", "family's priority"), Map.entry("pin", "rank set by hand"),
      Map.entry("now", "now"), Map.entry("target", "target"), Map.entry("value", "scale"),
      Map.entry("id", "reference"), Map.entry("expectedChange", "what will be different"),
      Map.entry("goodThings", "good things"), Map.entry("what", "what happened"),
      Map.entry("tone", "good or hard time"), Map.entry("impact", "impact on the child"),
      Map.entry("source", "where this comes from"), Map.entry("people", "who was involved"));

  private FieldLabels() {}

  /**
   * The field's place in words.
   *
   * @param field a field, entry or list name
   * @return such as {@code Action 2, by when}; blank for the form as a whole
   */
  static String of(String field) {
    StringBuilder out = new StringBuilder();
    for (String part : field.split("\\.")) {
      int open = part.indexOf('[');
      String key = open < 0 ? part : part.substring(0, open);
      if (key.equals("plan") || key.isEmpty() || key.equals("value") && open < 0) {
        continue;
      }
      String words;
      if (open >= 0) {
        String n = part.substring(open + 1, part.indexOf(']', open));
        int number = n.chars().allMatch(Character::isDigit) && n.length() < 9
            ? Integer.parseInt(n) + 1 : 0;
        words = ENTRIES.getOrDefault(key, key) + (number > 0 ? " " + number : "");
      } else if (out.length() == 0 && EditorSections.TITLES.containsKey(key)) {
        // A whole section, where findings about a whole part are shown: its heading.
        words = EditorSections.TITLES.get(key);
      } else {
        words = FIELDS.getOrDefault(key, key.replaceAll("([A-Z])", " $1")
            .toLowerCase(java.util.Locale.ROOT));
      }
      out.append(out.length() == 0 ? "" : ", ").append(words);
    }
    if (out.length() > 0) {
      out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
    }
    return out.toString();
  }
}

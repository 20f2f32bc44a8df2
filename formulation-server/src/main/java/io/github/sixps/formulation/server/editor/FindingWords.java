package io.github.sixps.formulation.server.editor;

import io.github.sixps.formulation.server.internal.UkDates;
import io.github.sixps.formulation.validate.Finding;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A finding told in the form's words: where its message or suggestion names an item by its id
 * ("The hypothesis leaves out M3"), the editor says what the item says instead ("leaves out
 * “Nobody at school knows which…”"), as the person filling in the form never sees ids; and
 * dates as people write them (4 December 2026, not 2026-12-04).
 *
 * <p>Only the ids of the statements, goals and actions that hold a digit (P1, M3, G2, A4) are
 * replaced: such an id is a code, never an ordinary word, so a finding that quotes someone's
 * own text is left as it was.
 */
final class FindingWords {
  private static final String[][] LISTS = {{"presenting", ".statement"},
      {"predisposing", ".statement"}, {"precipitating", ".statement"},
      {"perpetuating", ".statement"}, {"protective", ".statement"},
      {"plan.goals", ".outcome"}, {"plan.actions", ".action"}};
  private static final int SHOWN = 40;
  private static final Pattern ISO_DATE = Pattern.compile("\\b[0-9]{4}-[0-9]{2}-[0-9]{2}\\b");

  private final Map<String, String> words = new LinkedHashMap<>();
  private final Pattern ids;

  private FindingWords(FormFields form) {
    for (String[] list : LISTS) {
      for (int i : form.positions(list[0])) {
        String at = list[0] + "[" + i + "]";
        String id = form.text(at + ".id");
        String text = form.text(at + list[1]).strip().replaceAll("\\s+", " ");
        if (id.chars().anyMatch(Character::isDigit) && !text.isEmpty()) {
          words.putIfAbsent(id, "\u201c" + shortened(text) + "\u201d");
        }
      }
    }
    ids = words.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}_.-])("
        + String.join("|", words.keySet().stream().sorted((a, b) -> b.length() - a.length())
            .map(Pattern::quote).toList())
        + ")(?![\\p{L}\\p{N}_-])");
  }

  /** {@return the ids of a form's items and their words} */
  static FindingWords of(FormFields form) {
    return new FindingWords(form);
  }

  /** {@return the finding with its ids told as the items' words} */
  Finding told(Finding f) {
    return new Finding(f.severity(), f.code(), f.path(), replaced(f.message()),
        f.suggestion().map(this::replaced), f.words());
  }

  private String replaced(String text) {
    String dated = ISO_DATE.matcher(text).replaceAll(r -> UkDates.parse(r.group())
        .map(UkDates::longForm).orElse(r.group()));
    return ids == null ? dated : ids.matcher(dated).replaceAll(
        r -> Matcher.quoteReplacement(words.get(r.group(1))));
  }

  private static String shortened(String text) {
    if (text.codePointCount(0, text.length()) <= SHOWN) {
      return text;
    }
    String cut = text.substring(0, text.offsetByCodePoints(0, SHOWN));
    int space = cut.lastIndexOf(' ');
    return (space > SHOWN / 2 ? cut.substring(0, space) : cut) + "\u2026";
  }
}

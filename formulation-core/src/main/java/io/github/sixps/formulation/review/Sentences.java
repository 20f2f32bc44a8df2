package io.github.sixps.formulation.review;

import static io.github.sixps.formulation.review.Quotation.oneLine;
import static io.github.sixps.formulation.review.Quotation.plain;
import static io.github.sixps.formulation.review.Quotation.quote;

import io.github.sixps.formulation.internal.KebabCase;
import io.github.sixps.formulation.model.EventDate;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The sentences that say how a value, a text or a list changed, and the pieces they are made of:
 * dates as people write them, lists joined with "and", values in words.
 */
final class Sentences {
  static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  /** Texts with fewer words than this are quoted whole when they change. */
  private static final int SHORT_TEXT_WORDS = 16;

  private Sentences() {}

  /**
   * A sentence for free text that changed. Short texts are quoted whole; a longer one that was
   * reworded is shown by the words that changed, with a little context:
   * {@code Action A1's measure now reads "…from 11 December. Zofia…" (was "…from 27 November.
   * Zofia…").}
   */
  static String reworded(String subject, Optional<String> before, Optional<String> after) {
    if (before.isEmpty() || after.isEmpty() || before.get().isBlank() || after.get().isBlank()
        || wordCount(before.get()) < SHORT_TEXT_WORDS
            && wordCount(after.get()) < SHORT_TEXT_WORDS) {
      return sentence(subject, before, after, Quotation::quote);
    }
    List<Rewording.Piece> pieces = Rewording.between(before.get(), after.get());
    if (pieces.isEmpty()) {
      return subject + " changed only in its spacing or line breaks.";
    }
    List<String> shown = new ArrayList<>();
    for (Rewording.Piece p : pieces) {
      shown.add(quote(p.after()) + " (was " + quote(p.before()) + ")");
    }
    return subject + " now reads " + joinedWithAnd(shown) + ".";
  }

  private static int wordCount(String text) {
    String line = oneLine(text).strip();
    return line.isEmpty() ? 0 : line.split(" ").length;
  }

  static String sentence(String subject, Optional<String> before, Optional<String> after,
      Function<String, String> show) {
    if (before.isEmpty()) {
      return subject + " is now " + show.apply(after.get()) + ".";
    }
    if (after.isEmpty()) {
      return subject + " was removed (was " + show.apply(before.get()) + ").";
    }
    return subject + " is now " + show.apply(after.get()) + " (was "
        + show.apply(before.get()) + ").";
  }

  static String listSentence(String subject, String verb, List<String> before,
      List<String> after) {
    Set<String> gained = new LinkedHashSet<>(after);
    before.forEach(gained::remove);
    Set<String> lost = new LinkedHashSet<>(before);
    after.forEach(lost::remove);
    if (gained.isEmpty() && lost.isEmpty()) {
      // Names can match while ids differ: the same people, written under new ids.
      return before.equals(after)
          ? subject + " " + verb + " " + and(after) + " as before, under different ids."
          : subject + " " + verb + " the same, in a new order: " + and(after) + " (was "
              + and(before) + ").";
    }
    List<String> parts = new ArrayList<>();
    if (!gained.isEmpty()) {
      parts.add((before.isEmpty() ? "now " : "now also ") + verb + " " + and(gained));
    }
    if (!lost.isEmpty()) {
      parts.add("no longer " + verb + " " + and(lost));
    }
    return subject + " " + String.join(", and ", parts) + ".";
  }

  static Optional<String> joined(List<String> values) {
    return values.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", values));
  }

  /** "A", "A and B", "A, B and C", each value on one line and shortened if long. */
  static String and(Iterable<String> values) {
    List<String> shown = new ArrayList<>();
    values.forEach(v -> shown.add(plain(v)));
    return joinedWithAnd(shown);
  }

  /** "A", "A and B", "A, B and C", of parts already fit for a sentence. */
  static String joinedWithAnd(List<String> shown) {
    if (shown.size() < 2) {
      return shown.isEmpty() ? "nothing" : shown.get(0);
    }
    return String.join(", ", shown.subList(0, shown.size() - 1)) + " and "
        + shown.get(shown.size() - 1);
  }

  static String bracketed(List<String> parts) {
    return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
  }

  static String ukDate(LocalDate date) {
    return UK_DATE.format(date);
  }

  /** A date as it is known, as people say it: "14 March 2019", "March 2019", "about 2019". */
  static String eventDate(EventDate date) {
    return io.github.sixps.formulation.io.EventDateText.say(date);
  }


  static String words(Enum<?> value) {
    return KebabCase.of(value).replace('-', ' ');
  }

  /** A lower-kebab-case value in words: "young-person" as "young person". */
  static String plainWords(String value) {
    return plain(value).replace('-', ' ');
  }

  static String capital(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}

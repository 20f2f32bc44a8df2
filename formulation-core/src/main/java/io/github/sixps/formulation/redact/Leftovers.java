package io.github.sixps.formulation.redact;

import com.google.common.collect.ImmutableSet;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks through pseudonymised text for what may still identify someone: capitalised words that
 * are not known names, words in a script other than the file's own, phone numbers, postcodes and
 * email addresses. ({@link TextDates} looks for dates, {@link Inflections} for other forms of
 * names.)
 *
 * <p>It errs towards reporting: a person checking a list of ten things is cheap, a name left in a
 * training example is not. It cannot see a name that starts a sentence, where every word is
 * capitalised; those are the names the formulation's people and contributors should list.
 */
final class Leftovers {
  private Leftovers() {}

  // A UK number: 0 or +44, then ten or so digits with spaces, hyphens or brackets between.
  private static final Pattern PHONE = Pattern.compile(
      "(?<![\\p{L}\\p{N}+])(?:\\+44[\\s-]*(?:\\(0\\)[\\s-]*)?|\\(?0)[\\d\\s()-]{7,16}\\d(?!\\p{N})");
  private static final Pattern POSTCODE = Pattern.compile(
      "(?<![\\p{L}\\p{N}])[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}(?![\\p{L}\\p{N}])",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern EMAIL = Pattern.compile(
      "[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");

  /** Capitalised words that are seldom anyone's name and often start a clause. */
  static final ImmutableSet<String> COMMON = ImmutableSet.of(
      "I", "I'm", "I've", "I'd", "I'll", "OK", "Ok",
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
      "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
      "Sep", "Sept", "Oct", "Nov", "Dec", "Mondays", "Tuesdays", "Wednesdays", "Thursdays",
      "Fridays", "Saturdays", "Sundays",
      "Mum", "Mummy", "Mam", "Mom", "Dad", "Daddy", "Nan", "Nana", "Nanna", "Nanny", "Gran",
      "Granny", "Grandma", "Grandad", "Grandpa", "Grandmother", "Grandfather", "Auntie", "Aunty",
      "Aunt", "Uncle", "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr",
      "Year", "Reception", "Nursery", "Christmas", "Easter", "Eid", "Ramadan", "Diwali",
      "English", "Maths", "Science", "Internet", "Covid", "COVID");

  /**
   * Records each thing found in {@code text} at {@code path}; {@code known} are words that name
   * nobody (placeholders), {@code main} the script most of the file is written in.
   */
  static void scan(String path, String text, Set<String> known, UnicodeScript main,
      Set<Uncertainty> out) {
    find(PHONE, path, text, UncertaintyKind.PHONE_NUMBER,
        "this looks like a phone number; remove it or make it up", out);
    find(POSTCODE, path, text, UncertaintyKind.POSTCODE,
        "this looks like a postcode; remove it", out);
    find(EMAIL, path, text, UncertaintyKind.EMAIL,
        "this looks like an email address; remove it", out);
    capitalised(path, text, known, out);
    otherScripts(path, text, known, main, out);
  }

  /**
   * Reports each run of words in a script other than {@code main}: a name written in it is found
   * only when the file gives that spelling, and scripts without capitals hide names from {@link
   * #capitalised}.
   */
  private static void otherScripts(String path, String text, Set<String> known,
      UnicodeScript main, Set<Uncertainty> out) {
    UnicodeScript current = null;
    int start = -1;
    int end = -1;
    for (Word w : words(text)) {
      UnicodeScript script = w.text().codePoints().mapToObj(Scripts::of)
          .flatMap(Optional::stream).findFirst().orElse(null);
      boolean other = script != null && script != main && !known.contains(w.text());
      if (other && script == current && !text.substring(end, w.start()).matches(
          ".*[.!?\n۔।。].*")) {
        end = w.end();
        continue;
      }
      if (current != null) {
        addOtherScript(path, text.substring(start, end), current, main, out);
      }
      current = other ? script : null;
      start = w.start();
      end = w.end();
    }
    if (current != null) {
      addOtherScript(path, text.substring(start, end), current, main, out);
    }
  }

  private static void addOtherScript(String path, String run, UnicodeScript script,
      UnicodeScript main, Set<Uncertainty> out) {
    add(out, new Uncertainty(path, run, UncertaintyKind.OTHER_SCRIPT, "text in "
        + Scripts.label(script) + " script, where most of the file is in " + Scripts.label(main)
        + ": names in it are replaced only when a person's name in the file gives that spelling;"
        + " check it names nobody"));
  }

  /** A word and where it is. */
  private record Word(String text, int start, int end) {}

  /** The words of a text: runs of letters, marks and digits, with apostrophes and hyphens inside. */
  private static List<Word> words(String text) {
    List<Word> words = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!NameUse.isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < n) {
        int c = text.codePointAt(i);
        int width = Character.charCount(c);
        if (NameUse.isWordChar(c)) {
          i += width;
        } else if (isJoiner(c) && i + width < n && NameUse.isWordChar(text.codePointAt(i + width))) {
          i += width;
        } else {
          break;
        }
      }
      words.add(new Word(text.substring(start, i), start, i));
    }
    return words;
  }

  private static void find(Pattern pattern, String path, String text, UncertaintyKind kind,
      String note, Set<Uncertainty> out) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      String found = m.group().strip();
      if (kind == UncertaintyKind.PHONE_NUMBER) {
        long digits = found.chars().filter(Character::isDigit).count();
        // 10 or 11 digits with the leading 0; +44 adds two and drops the 0.
        if (digits < 10 || digits > 12) {
          continue;
        }
      }
      add(out, new Uncertainty(path, found, kind, note));
    }
  }

  private static void capitalised(String path, String text, Set<String> known,
      Set<Uncertainty> out) {
    String previous = "";
    for (Word w : words(text)) {
      String bare = w.text().replaceAll("['\u2019](?:s|S)$", "");
      if (looksLikeName(bare) && !known.contains(bare) && !COMMON.contains(bare)
          && !NameUse.sentenceStart(text, w.start())) {
        boolean afterTitle = NameMatcher.TITLES.contains(previous.toLowerCase(Locale.ROOT));
        add(out, new Uncertainty(path, bare, UncertaintyKind.UNKNOWN_CAPITALISED_WORD,
            afterTitle
                ? "it follows a title, so it is very likely someone's name; replace it"
                : "a capitalised word that is not a known name; check it is not someone's name"
                    + " or a place that identifies them"));
      }
      previous = w.text();
    }
  }

  /** Capitalised, at least two letters, not all capitals (an acronym) and without digits. */
  private static boolean looksLikeName(String word) {
    int first = word.codePointAt(0);
    if (!(Character.isUpperCase(first) || Character.isTitleCase(first))
        || word.codePointCount(0, word.length()) < 2
        || word.chars().anyMatch(Character::isDigit)) {
      return false;
    }
    return word.codePoints().anyMatch(Character::isLowerCase);
  }

  private static boolean isJoiner(int cp) {
    return cp == '\'' || cp == '\u2019' || cp == '-' || cp == '\u2010' || cp == '\u2011';
  }

  private static void add(Set<Uncertainty> out, Uncertainty u) {
    out.add(u);
  }
}

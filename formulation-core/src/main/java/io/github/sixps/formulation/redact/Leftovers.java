package io.github.sixps.formulation.redact;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks through pseudonymised text for what may still identify someone: capitalised words that
 * are not known names, phone numbers, dates, postcodes and email addresses.
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
  private static final String MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may"
      + "|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
  private static final Pattern DATE = Pattern.compile(
      "(?<![\\p{L}\\p{N}/.-])(?:\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})"
          + "|\\d{4}-\\d{1,2}-\\d{1,2}"
          + "|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:" + MONTHS + ")\\.?,?\\s+\\d{4}"
          + "|(?:" + MONTHS + ")\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})"
          + "(?![\\p{L}\\p{N}]|[/.-]\\d)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern POSTCODE = Pattern.compile(
      "(?<![\\p{L}\\p{N}])[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}(?![\\p{L}\\p{N}])",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern EMAIL = Pattern.compile(
      "[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");

  /** Capitalised words that are seldom anyone's name and often start a clause. */
  private static final ImmutableSet<String> COMMON = ImmutableSet.of(
      "I", "I'm", "I've", "I'd", "I'll", "OK", "Ok",
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
      "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December", "Mondays", "Tuesdays", "Wednesdays", "Thursdays",
      "Fridays", "Saturdays", "Sundays",
      "Mum", "Mummy", "Mam", "Mom", "Dad", "Daddy", "Nan", "Nana", "Nanna", "Nanny", "Gran",
      "Granny", "Grandma", "Grandad", "Grandpa", "Grandmother", "Grandfather", "Auntie", "Aunty",
      "Aunt", "Uncle", "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr",
      "Year", "Reception", "Nursery", "Christmas", "Easter", "Eid", "Ramadan", "Diwali",
      "English", "Maths", "Science", "Internet", "Covid", "COVID");

  /** Records each thing found in {@code text} at {@code path}. */
  static void scan(String path, String text, Set<String> known, boolean datesShifted,
      Set<Uncertainty> out) {
    find(PHONE, path, text, UncertaintyKind.PHONE_NUMBER,
        "this looks like a phone number; remove it or make it up", out);
    find(DATE, path, text, UncertaintyKind.DATE_OF_BIRTH_LIKE,
        "a full date in the text may be a date of birth"
            + (datesShifted ? ", and dates in text are not shifted" : "")
            + "; remove it or make it vaguer", out);
    find(POSTCODE, path, text, UncertaintyKind.POSTCODE,
        "this looks like a postcode; remove it", out);
    find(EMAIL, path, text, UncertaintyKind.EMAIL,
        "this looks like an email address; remove it", out);
    capitalised(path, text, known, out);
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
    int n = text.length();
    int i = 0;
    String previous = "";
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < n) {
        int c = text.codePointAt(i);
        int width = Character.charCount(c);
        if (isWordChar(c)) {
          i += width;
        } else if (isJoiner(c) && i + width < n && isWordChar(text.codePointAt(i + width))) {
          i += width;
        } else {
          break;
        }
      }
      String word = text.substring(start, i);
      String bare = word.replaceAll("['\u2019](?:s|S)$", "");
      if (looksLikeName(bare) && !known.contains(bare) && !COMMON.contains(bare)
          && !sentenceStart(text, start)) {
        boolean afterTitle = NameMatcher.TITLES.contains(previous.toLowerCase(Locale.ROOT));
        add(out, new Uncertainty(path, bare, UncertaintyKind.UNKNOWN_CAPITALISED_WORD,
            afterTitle
                ? "it follows a title, so it is very likely someone's name; replace it"
                : "a capitalised word that is not a known name; check it is not someone's name"
                    + " or a place that identifies them"));
      }
      previous = word;
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

  /** Whether only spaces and opening marks lie between the last sentence end and here. */
  private static boolean sentenceStart(String text, int at) {
    for (int i = at - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '\n' || c == '.' || c == '!' || c == '?' || c == ':' || c == '\u2026') {
        return true;
      }
      if (!(Character.isWhitespace(c) || "\"'\u201C\u2018([*_-\u2013\u2014\u2022>#".indexOf(c)
          >= 0)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isWordChar(int cp) {
    return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
        || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
  }

  private static boolean isJoiner(int cp) {
    return cp == '\'' || cp == '\u2019' || cp == '-' || cp == '\u2010' || cp == '\u2011';
  }

  private static void add(Set<Uncertainty> out, Uncertainty u) {
    out.add(u);
  }
}

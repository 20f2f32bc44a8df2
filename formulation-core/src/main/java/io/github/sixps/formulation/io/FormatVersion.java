package io.github.sixps.formulation.io;

import io.github.sixps.formulation.model.ChildsVoice;
import io.github.sixps.formulation.model.FactorKind;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Person;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The minor versions of {@code sixps/1}: each adds optional keys, so a reader reads every
 * version up to its own and refuses a newer one by name, and the writer writes the lowest
 * version that holds what a formulation uses. Version 1.0 is written {@code sixps/1}, as it
 * always was, so that a file using nothing newer is written byte for byte as before.
 */
final class FormatVersion {
  /** The newest minor version this SixPs reads and writes. */
  static final int NEWEST = 1;

  /** The minor version that added the chronology and the family tree. */
  static final int CHRONOLOGY = 1;

  private static final Pattern NAME = Pattern.compile("sixps/(\\d+)(?:\\.(0|[1-9]\\d*))?");

  private FormatVersion() {}

  /** {@return how a file names the minor version: {@code sixps/1} for 1.0, else sixps/1.N} */
  static String label(int minor) {
    return minor == 0 ? "sixps/1" : "sixps/1." + minor;
  }

  /** {@return the versions a reader of up to {@code newest} reads, for messages} */
  static String readable(int newest) {
    return newest == 0 ? "sixps/1 (1.0)" : label(newest) + " and earlier";
  }

  /**
   * The minor version of a {@code sixps/1} format name ({@code sixps/1} is 1.0), -1 if it names
   * another major version, or null if it is not a format name. A minor version too large to
   * count is taken as the largest, newer than any.
   */
  static Integer minorOf(String text) {
    Matcher m = NAME.matcher(text);
    if (!m.matches()) {
      return null;
    }
    if (!m.group(1).equals("1")) {
      return -1;
    }
    String minor = m.group(2);
    return minor == null ? 0 : minor.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(minor);
  }

  /** {@return the lowest minor version that holds everything {@code f} records} */
  static int needed(Formulation f) {
    return usesChronology(f) ? CHRONOLOGY : 0;
  }

  private static boolean usesChronology(Formulation f) {
    if (!f.events().isEmpty() || !f.family().isEmpty()) {
      return true;
    }
    for (Person p : f.people()) {
      if (p.gender().isPresent() || p.born().isPresent() || p.died().isPresent()
          || p.language().isPresent()) {
        return true;
      }
    }
    for (ChildsVoice v : f.childsVoice()) {
      if (v.language().isPresent()) {
        return true;
      }
    }
    for (FactorKind kind : FactorKind.values()) {
      if (f.factors(kind).stream().anyMatch(factor -> !factor.events().isEmpty())) {
        return true;
      }
    }
    return false;
  }
}

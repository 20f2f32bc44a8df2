package io.github.sixps.formulation.validate;

import com.google.common.base.Preconditions;
import java.util.Optional;

/**
 * One thing a rule found: how much it matters, which rule found it, where it is and what to do.
 *
 * <p>The path uses the notation of the file reader, with ids in brackets where items have them:
 * {@code plan.actions[A1].owner}; an item whose id is blank, repeated or a whole number is named by
 * its position instead, {@code people[2]}. An empty path means the formulation as a whole.
 *
 * @param severity how much it matters
 * @param code the stable code of the rule, such as {@code unknown-reference}
 * @param path where it is
 * @param message what is wrong, in plain English
 * @param suggestion what to do about it, where the rule can say
 * @param words the words it is about, inside the text at {@code path}, where the rule can say
 *     (the language rules do)
 */
public record Finding(Severity severity, String code, String path, String message,
    Optional<String> suggestion, Optional<TextSpan> words) {
  /**
   * Checks that no argument is null.
   *
   * @param severity how much it matters
   * @param code the stable code of the rule, such as {@code unknown-reference}
   * @param path where it is
   * @param message what is wrong, in plain English
   * @param suggestion what to do about it, where the rule can say
   * @param words the words it is about, where the rule can say
   * @throws NullPointerException if an argument is null
   */
  public Finding {
    Preconditions.checkNotNull(severity, "severity");
    Preconditions.checkNotNull(code, "code");
    Preconditions.checkNotNull(path, "path");
    Preconditions.checkNotNull(message, "message");
    Preconditions.checkNotNull(suggestion, "suggestion");
    Preconditions.checkNotNull(words, "words");
  }

  /**
   * A finding about a place as a whole, not some words in it.
   *
   * @param severity how much it matters
   * @param code the stable code of the rule
   * @param path where it is
   * @param message what is wrong, in plain English
   * @param suggestion what to do about it, where the rule can say
   * @throws NullPointerException if an argument is null
   */
  public Finding(Severity severity, String code, String path, String message,
      Optional<String> suggestion) {
    this(severity, code, path, message, suggestion, Optional.empty());
  }

  /** The finding in one line: {@code warning no-owner plan.actions[A1]: message (suggestion)}. */
  @Override
  public String toString() {
    return severity.name().toLowerCase(java.util.Locale.ROOT) + " " + code + " "
        + (path.isEmpty() ? "(formulation)" : path) + ": " + message
        + suggestion.map(s -> " (" + s + ")").orElse("");
  }
}

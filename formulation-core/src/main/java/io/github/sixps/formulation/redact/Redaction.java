package io.github.sixps.formulation.redact;

import com.google.common.base.MoreObjects;
import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.sixps.formulation.model.Formulation;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link Pseudonymiser#redact} made: the pseudonymised formulation, the things in it to check
 * by hand, and the key from real names to placeholders.
 */
public final class Redaction {
  private final Formulation formulation;
  private final ImmutableList<Replacement> replacements;
  private final ImmutableList<Uncertainty> report;
  private final ImmutableMap<String, String> placeholders;

  Redaction(
      Formulation formulation,
      ImmutableList<Replacement> replacements,
      ImmutableList<Uncertainty> report,
      ImmutableMap<String, String> placeholders) {
    this.formulation = Preconditions.checkNotNull(formulation, "formulation");
    this.replacements = Preconditions.checkNotNull(replacements, "replacements");
    this.report = Preconditions.checkNotNull(report, "report");
    this.placeholders = Preconditions.checkNotNull(placeholders, "placeholders");
  }

  /**
   * What was replaced, field by field in document order, one entry for each replacement (a name
   * replaced twice in one field is there twice). Each says what stands there now, never what it
   * was.
   *
   * @return each replacement, with where it is and what it is now
   */
  public List<Replacement> replacements() {
    return replacements;
  }

  /**
   * {@return the pseudonymised formulation} Names are replaced, agencies made generic and dates
   * shifted as asked.
   */
  public Formulation formulation() {
    return formulation;
  }

  /**
   * What the pseudonymiser could not be sure of, in document order; empty when it found nothing
   * to flag, which is not the same as nothing to check: a person must still read the output. The
   * caller decides what to do about each one.
   *
   * @return each thing to check, with where it is and why
   */
  public List<Uncertainty> report() {
    return report;
  }

  /**
   * Each real name of a person or contributor and the placeholder that replaced it, people first,
   * in file order. This is the key to undo the pseudonymisation: keep it away from the output.
   *
   * @return real name to placeholder, such as {@code "Amira" -> "Child A"}
   */
  public Map<String, String> placeholders() {
    return placeholders;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Redaction other
        && formulation.equals(other.formulation)
        && replacements.equals(other.replacements)
        && report.equals(other.report)
        && placeholders.equals(other.placeholders);
  }

  @Override
  public int hashCode() {
    return Objects.hash(formulation, replacements, report, placeholders);
  }

  /** A summary that leaves out the real names. */
  @Override
  public String toString() {
    return MoreObjects.toStringHelper(this)
        .add("formulation", formulation.id())
        .add("replacements", replacements.size())
        .add("uncertainties", report.size())
        .add("placeholders", placeholders.size())
        .toString();
  }
}

package io.github.sixps.formulation.validate;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * What a validation found, in document order.
 *
 * <pre>{@code
 * ValidationReport report = Validator.standard().validate(formulation, LocalDate.now());
 * if (report.hasErrors()) {
 *   report.errors().forEach(f -> form.markField(f.path(), f.message()));
 * }
 * }</pre>
 */
public final class ValidationReport {
  private final ImmutableList<Finding> findings;

  /**
   * A report of the given findings, kept in the order given.
   *
   * @param findings the findings, in the order to list them
   * @return the report
   */
  public static ValidationReport of(List<Finding> findings) {
    return new ValidationReport(ImmutableList.copyOf(
        Preconditions.checkNotNull(findings, "findings")));
  }

  private ValidationReport(ImmutableList<Finding> findings) {
    this.findings = findings;
  }

  /** {@return every finding, in document order} */
  public List<Finding> findings() {
    return findings;
  }

  /** {@return the findings of error severity} */
  public List<Finding> errors() {
    return findings(Severity.ERROR);
  }

  /** {@return the findings of warning severity} */
  public List<Finding> warnings() {
    return findings(Severity.WARNING);
  }

  /** {@return the findings of info severity} */
  public List<Finding> infos() {
    return findings(Severity.INFO);
  }

  /**
   * The findings of one severity, in document order. (A filter, named apart from the factory
   * {@link #of(List)}.)
   *
   * @param severity the severity wanted
   * @return the findings of that severity, in document order
   */
  public List<Finding> findings(Severity severity) {
    Preconditions.checkNotNull(severity, "severity");
    return findings.stream().filter(f -> f.severity() == severity)
        .collect(ImmutableList.toImmutableList());
  }

  /** {@return whether any finding has error severity} */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /** {@return whether nothing was found} */
  public boolean isEmpty() {
    return findings.isEmpty();
  }

  /** {@return a summary line such as "2 errors, 1 warning, 0 notes"} */
  public String summary() {
    return count(errors().size(), "error") + ", " + count(warnings().size(), "warning") + ", "
        + count(infos().size(), "note");
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValidationReport && ((ValidationReport) o).findings.equals(findings);
  }

  @Override
  public int hashCode() {
    return findings.hashCode();
  }

  /** The summary, then one finding a line. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(summary());
    findings.forEach(f -> s.append('\n').append(f));
    return s.toString();
  }
}

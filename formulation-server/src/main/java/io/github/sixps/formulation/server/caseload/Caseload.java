package io.github.sixps.formulation.server.caseload;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.model.Contributor;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.model.PersonRole;
import io.github.sixps.formulation.model.Review;
import io.github.sixps.formulation.review.Drift;
import io.github.sixps.formulation.review.DriftItem;
import io.github.sixps.formulation.server.StoredFormulation;
import io.github.sixps.formulation.server.internal.UkDates;
import io.github.sixps.formulation.validate.Severity;
import io.github.sixps.formulation.validate.ValidationReport;
import io.github.sixps.formulation.validate.Validator;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Every formulation in a folder as a supervisor's list, most in need of attention first: files
 * that cannot be read, then the latest reviews, then the most overdue actions, goals that have
 * not moved, errors and warnings, then the soonest next review.
 *
 * <pre>{@code
 * Caseload caseload = Caseload.of(folder.list(), LocalDate.now(), Validator.standard(),
 *     Drift.standard());
 * caseload.forWorker("Jo Blake").rows().forEach(row -> System.out.println(row.title()));
 * }</pre>
 */
public final class Caseload {
  /** The order of attention; see the class description. */
  static final Comparator<CaseloadRow> ATTENTION =
      Comparator.comparing(CaseloadRow::isBroken).reversed()
          .thenComparing(Comparator.comparingLong(CaseloadRow::reviewLateDays).reversed())
          .thenComparing(Comparator.comparingInt(CaseloadRow::overdueActions).reversed())
          .thenComparing(Comparator.comparingInt((CaseloadRow r) -> r.goalsNotMoving().size())
              .reversed())
          .thenComparing(Comparator.comparingInt(CaseloadRow::errors).reversed())
          .thenComparing(Comparator.comparingInt(CaseloadRow::warnings).reversed())
          .thenComparing(r -> r.nextReview().orElse(LocalDate.MAX))
          .thenComparing(CaseloadRow::id);

  private final ImmutableList<CaseloadRow> rows;
  private final LocalDate asOf;

  private Caseload(List<CaseloadRow> rows, LocalDate asOf) {
    this.rows = ImmutableList.sortedCopyOf(ATTENTION, rows);
    this.asOf = asOf;
  }

  /**
   * The caseload of a folder's files.
   *
   * @param files the files, as the folder lists them
   * @param asOf the day that counts as today
   * @param validator the checks to count findings with
   * @param drift what counts as late
   * @return the caseload, sorted by attention
   */
  public static Caseload of(List<StoredFormulation> files, LocalDate asOf, Validator validator,
      Drift drift) {
    List<CaseloadRow> rows = new ArrayList<>();
    for (StoredFormulation file : files) {
      rows.add(file.formulation()
          .map(f -> row(file.id(), file.fileName(), f, asOf, validator, drift))
          .orElseGet(() -> broken(file)));
    }
    return new Caseload(rows, asOf);
  }

  /**
   * The caseload of rows made elsewhere, sorted by attention.
   *
   * @param rows the rows, in any order
   * @param asOf the day they were made for
   * @return the caseload
   */
  public static Caseload ofRows(List<CaseloadRow> rows, LocalDate asOf) {
    return new Caseload(rows, asOf);
  }

  /** {@return the rows, most in need of attention first} */
  public ImmutableList<CaseloadRow> rows() {
    return rows;
  }

  /** {@return the day the caseload is as of} */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * {@return every worker who holds a case in the caseload (a professional whose role is one
   * that holds cases, see {@link CaseRoles}), in alphabetical order}
   */
  public ImmutableList<String> workers() {
    TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    rows.forEach(r -> r.workers().stream().filter(w -> !w.isBlank()).forEach(names::add));
    return ImmutableList.copyOf(names);
  }

  /**
   * The rows one worker is named in.
   *
   * @param worker a worker's name, matched ignoring case; blank for everyone
   * @return the caseload of those rows, in the same order
   */
  public Caseload forWorker(String worker) {
    if (worker == null || worker.isBlank()) {
      return this;
    }
    String wanted = worker.strip().toLowerCase(Locale.ROOT);
    return new Caseload(rows.stream().filter(r -> r.workers().stream()
        .anyMatch(w -> w.strip().toLowerCase(Locale.ROOT).equals(wanted))).toList(), asOf);
  }

  static CaseloadRow row(String id, String fileName, Formulation f, LocalDate asOf,
      Validator validator, Drift drift) {
    List<DriftItem> items = drift.asOf(f, asOf);
    long reviewLate = 0;
    List<String> late = new ArrayList<>();
    List<String> notMoving = new ArrayList<>();
    int overdue = 0;
    for (DriftItem item : items) {
      if (item instanceof DriftItem.ReviewOverdue r) {
        reviewLate = Math.max(reviewLate, ChronoUnit.DAYS.between(r.due(), asOf));
        late.add("The review due on " + UkDates.longForm(r.due()) + " has not been held: "
            + daysLate(r.due(), asOf) + ".");
      } else if (item instanceof DriftItem.NoReviewYet n) {
        reviewLate = Math.max(reviewLate, ChronoUnit.DAYS.between(n.dueBy(), asOf));
        late.add("The plan has not been reviewed; a first review was due by "
            + UkDates.longForm(n.dueBy()) + ": " + daysLate(n.dueBy(), asOf) + ".");
      } else if (item instanceof DriftItem.ActionOverdue a) {
        overdue++;
        String owner = a.action().owner().flatMap(o -> nameOf(f, o)).map(n -> " (" + n + ")")
            .orElse(" (nobody has it yet)");
        String words = a.action().action().strip().replaceAll("\\s+", " ");
        late.add((words.isEmpty() ? "An action not written yet" : words) + owner + ": due "
            + UkDates.longForm(a.due()) + ", " + daysLate(a.due(), asOf) + ".");
      } else if (item instanceof DriftItem.GoalNotMoving g) {
        notMoving.add(g.goal().id() + (g.fell() ? " fell " : " stayed at ")
            + (g.fell() ? g.before() + " to " + g.last() : String.valueOf(g.last())));
      }
    }
    ValidationReport report = validator.validate(f, asOf);
    return new CaseloadRow(id, fileName, f.title(),
        f.people().stream().filter(p -> p.role().filter(r -> r == PersonRole.CHILD
            || r == PersonRole.YOUNG_PERSON).isPresent()).map(Person::name)
            .collect(ImmutableList.toImmutableList()),
        f.contributors().stream().filter(CaseRoles::holdsCases).map(Contributor::name)
            .collect(ImmutableList.toImmutableList()),
        Optional.of(f.status()),
        f.reviews().stream().map(Review::on).flatMap(Optional::stream)
            .max(Comparator.naturalOrder()),
        f.plan().nextReview(),
        reviewLate, ImmutableList.copyOf(late), overdue, ImmutableList.copyOf(notMoving),
        report.findings(Severity.ERROR).size(), report.findings(Severity.WARNING).size(),
        report.findings(Severity.INFO).size(), ImmutableList.of());
  }

  /** "1 day late", "16 days late". */
  static String daysLate(LocalDate due, LocalDate asOf) {
    long n = ChronoUnit.DAYS.between(due, asOf);
    return n + (n == 1 ? " day" : " days") + " late";
  }

  /** The name of a person or professional by their id, if the formulation has them. */
  private static Optional<String> nameOf(Formulation f, String id) {
    return f.people().stream().filter(p -> p.id().equals(id)).map(Person::name).findFirst()
        .or(() -> f.contributors().stream().filter(c -> c.id().equals(id))
            .map(Contributor::name).findFirst())
        .filter(n -> !n.isBlank());
  }

  private static CaseloadRow broken(StoredFormulation file) {
    ImmutableList<String> problems = file.problems().stream()
        .map(p -> "line " + p.line() + ", column " + p.column() + ": " + p.message()
            + p.suggestion().map(s -> " " + s).orElse(""))
        .collect(ImmutableList.toImmutableList());
    return new CaseloadRow(file.id(), file.fileName(), "", ImmutableList.of(),
        ImmutableList.of(), Optional.empty(), Optional.empty(), Optional.empty(), 0,
        ImmutableList.of(), 0, ImmutableList.of(), 0, 0, 0,
        problems.isEmpty() ? ImmutableList.of("The file cannot be read.") : problems);
  }
}

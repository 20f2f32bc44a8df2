package io.github.sixps.formulation.server.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.model.Action;
import io.github.sixps.formulation.model.Contributor;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.model.PersonRole;
import io.github.sixps.formulation.model.Plan;
import io.github.sixps.formulation.review.Drift;
import io.github.sixps.formulation.validate.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The caseload's order of attention and its CSV, read back by an RFC 4180 parser. */
class CaseloadTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 20);

  private static CaseloadRow row(String id, Formulation f) {
    return Caseload.row(id, id + ".yaml", f, TODAY, Validator.standard(), Drift.standard());
  }

  private static Formulation reviewDue(LocalDate next, String worker) {
    return Formulation.builder().title("Formulation " + next)
        .formulatedOn(TODAY.minusDays(20))
        .addContributor(Contributor.of("w", worker, "Social worker", "Children's services"))
        .plan(Plan.empty().withNextReview(next)).build();
  }

  @Test
  void aLateReviewComesFirstThenTheLatestAndSoonest() {
    Caseload c = Caseload.ofRows(List.of(
        row("soon", reviewDue(TODAY.plusDays(3), "Jo Blake")),
        row("later", reviewDue(TODAY.plusDays(30), "Sam Reid")),
        row("late-a-week", reviewDue(TODAY.minusDays(7), "Jo Blake")),
        row("late-a-month", reviewDue(TODAY.minusDays(30), "Sam Reid"))), TODAY);
    assertEquals(List.of("late-a-month", "late-a-week", "soon", "later"),
        c.rows().stream().map(CaseloadRow::id).toList());
    assertEquals(30, c.rows().get(0).reviewLateDays());
    assertEquals(List.of("The review due on 20 November 2026 has not been held: 30 days late."),
        c.rows().get(0).late());
  }

  @Test
  void rowsWithTheSameTitleSayWhichFileEachIs() {
    Formulation same = reviewDue(TODAY.plusDays(3), "Jo Blake").toBuilder()
        .title("Formulation with the Begum family").build();
    Caseload c = Caseload.ofRows(List.of(row("begum", same), row("begum-2025", same),
        row("begum-copy", same.toBuilder().title(" formulation with the  Begum family").build()),
        row("other", reviewDue(TODAY.plusDays(4), "Jo Blake"))), TODAY);
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(CaseloadPage.html(c, "", "token"));
    List<String> named = page.select("tbody th[scope=row]").eachText();
    assertEquals(List.of("Formulation with the Begum family begum.yaml",
        "Formulation with the Begum family begum-2025.yaml",
        "formulation with the Begum family begum-copy.yaml",
        "Formulation " + TODAY.plusDays(4)), named);
    // The edit link says which file too, to a screen reader going from link to link.
    assertTrue(page.select("td.cell-edit a").eachText()
        .contains("Edit Formulation with the Begum family (begum-2025.yaml)"),
        page.select("td.cell-edit a").eachText().toString());
  }

  @Test
  void aFileThatCannotBeReadComesFirstWithItsProblems() {
    CaseloadRow broken = new CaseloadRow("broken", "broken.yaml", "", ImmutableList.of(),
        ImmutableList.of(), Optional.empty(), Optional.empty(), Optional.empty(), 0,
        ImmutableList.of(), 0, ImmutableList.of(), 0, 0, 0,
        ImmutableList.of("line 2, column 1: unknown key titel"));
    Caseload c = Caseload.ofRows(List.of(row("late", reviewDue(TODAY.minusDays(99), "Jo")),
        broken), TODAY);
    assertEquals("broken", c.rows().get(0).id());
    assertTrue(CaseloadTable.csv(c).contains("line 2, column 1: unknown key titel"));
  }

  @Test
  void theWorkerFilterKeepsTheOrder() {
    Caseload c = Caseload.ofRows(List.of(
        row("a", reviewDue(TODAY.plusDays(3), "Jo Blake")),
        row("b", reviewDue(TODAY.minusDays(3), "Sam Reid")),
        row("c", reviewDue(TODAY.minusDays(9), "jo blake"))), TODAY);
    assertEquals(List.of("c", "a"),
        c.forWorker("Jo Blake").rows().stream().map(CaseloadRow::id).toList());
    assertEquals(2, c.workers().size(), "one entry for each worker, whatever the case");
  }

  @Test
  void aLateActionIsSaidInItsWordsWithItsOwnerAndDaysLate() {
    Formulation f = Formulation.builder().title("Late")
        .formulatedOn(TODAY.minusDays(20))
        .addPerson(Person.of("sara", "Sara", PersonRole.PARENT))
        .plan(Plan.of(List.of(), List.of(
            Action.builder("A2").action("Sara rings the school on Monday mornings.")
                .owner("sara").due(TODAY.minusDays(1)).build(),
            Action.builder("A3").action("Walk to school   together.")
                .due(TODAY.minusDays(16)).build())))
        .build();
    assertEquals(List.of(
        "Sara rings the school on Monday mornings. (Sara): due 19 December 2026, 1 day late.",
        "Walk to school together. (nobody has it yet): due 4 December 2026, 16 days late."),
        row("late", f).late().stream().filter(l -> !l.startsWith("The plan")).toList());
  }

  @Test
  void theWorkersAreThoseWhoHoldCases() {
    Formulation f = Formulation.builder().title("Network")
        .addContributor(Contributor.of("tom", "Tom Hughes", "Head of year", "Northgate Academy"))
        .addContributor(Contributor.of("gp", "Dr Shah", "Family doctor", "Parkside Surgery"))
        .addContributor(Contributor.of("jo", "Jo Blake", "Social worker", "Children's social care"))
        .addContributor(Contributor.of("kit", "Kit Moss", "Family support practitioner",
            "Early help service"))
        .addContributor(Contributor.of("tm", "Ann Lee", "Team manager", "Early help service"))
        .build();
    Caseload c = Caseload.ofRows(List.of(row("n", f)), TODAY);
    assertEquals(List.of("Ann Lee", "Jo Blake", "Kit Moss"), c.workers());
    assertEquals("Jo Blake", c.rows().get(0).worker());
  }

  @Test
  void cellsASpreadsheetWouldRunAsFormulasAreDefused() {
    assertEquals("'=SUM(A1:A9)", CaseloadTable.cell("=SUM(A1:A9)"));
    assertEquals("'+44 113", CaseloadTable.cell("+44 113"));
    assertEquals("'-1", CaseloadTable.cell("-1"));
    assertEquals("'@cmd", CaseloadTable.cell("@cmd"));
    assertEquals("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"",
        CaseloadTable.cell("=HYPERLINK(\"http://x\",\"y\")"));
    assertEquals("\"a, b\"", CaseloadTable.cell("a, b"));
    assertEquals("\"line\nbreak\"", CaseloadTable.cell("line\nbreak"));
    assertEquals("plain", CaseloadTable.cell("plain"));
  }

  @Property(tries = 300)
  void everyCellReadsBackAsWrittenAfterItsApostrophe(@ForAll("cells") List<String> cells) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      out.append(i == 0 ? "" : ",").append(CaseloadTable.cell(cells.get(i)));
    }
    out.append("\r\n");
    List<String> back = parse(out.toString());
    assertEquals(cells.size(), back.size());
    for (int i = 0; i < cells.size(); i++) {
      String want = cells.get(i);
      String got = back.get(i);
      if (!want.isEmpty() && "=+-@\t\r".indexOf(want.charAt(0)) >= 0) {
        assertEquals("'" + want, got);
      } else {
        assertEquals(want, got);
      }
    }
  }

  @Provide
  Arbitrary<List<String>> cells() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("=+-@\t\r\n\",; 'aZ0").ofMaxLength(12),
        Arbitraries.strings().all().ofMaxLength(8)
            .filter(s -> s.chars().noneMatch(c -> Character.isSurrogate((char) c))))
        .list().ofMinSize(1).ofMaxSize(6);
  }

  /** One RFC 4180 record, written here from the RFC's grammar, not from the writer. */
  static List<String> parse(String record) {
    List<String> fields = new ArrayList<>();
    int i = 0;
    while (true) {
      StringBuilder f = new StringBuilder();
      if (i < record.length() && record.charAt(i) == '"') {
        i++;
        while (true) {
          char c = record.charAt(i++);
          if (c == '"') {
            if (record.charAt(i) == '"') {
              f.append('"');
              i++;
            } else {
              break;
            }
          } else {
            f.append(c);
          }
        }
      } else {
        while (record.charAt(i) != ',' && !record.startsWith("\r\n", i)) {
          char c = record.charAt(i++);
          if (c == '"' || c == '\r' || c == '\n') {
            throw new AssertionError("unquoted field holds " + (int) c + ": " + record);
          }
          f.append(c);
        }
      }
      fields.add(f.toString());
      if (record.startsWith("\r\n", i)) {
        if (i + 2 != record.length()) {
          throw new AssertionError("more after the record's end: " + record);
        }
        return fields;
      }
      if (record.charAt(i) != ',') {
        throw new AssertionError("no comma after a field at " + i + ": " + record);
      }
      i++;
    }
  }
}

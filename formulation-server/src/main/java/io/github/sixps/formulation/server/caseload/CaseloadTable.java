package io.github.sixps.formulation.server.caseload;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.server.editor.EnumText;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The caseload as a table for a team's own reports: CSV (RFC 4180) or JSON, the same columns in
 * the same order as the page, most in need of attention first.
 *
 * <p>CSV cells are safe to open in a spreadsheet: a cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return, which a spreadsheet could run as a formula, is
 * written with an apostrophe in front ({@code '=SUM(A1)}); the apostrophe is the spreadsheet's
 * own sign for "this is text". Cells holding a comma, a quote or a line break are quoted, quotes
 * doubled, and records end with CR LF.
 *
 * <pre>{@code
 * String csv = CaseloadTable.csv(caseload);
 * String json = CaseloadTable.json(caseload);
 * }</pre>
 */
public final class CaseloadTable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One column: its heading, its JSON name and how a row fills it. */
  private record Column(String heading, String name, Function<CaseloadRow, Object> value) {}

  private static final List<Column> COLUMNS = List.of(
      new Column("Id", "id", CaseloadRow::id),
      new Column("File", "fileName", CaseloadRow::fileName),
      new Column("Title", "title", CaseloadRow::title),
      new Column("Children", "children", CaseloadRow::children),
      new Column("Workers", "workers", CaseloadRow::workers),
      new Column("Status", "status", r -> r.status().map(EnumText::value).orElse("")),
      new Column("Last review", "lastReview", r -> date(r.lastReview())),
      new Column("Next review", "nextReview", r -> date(r.nextReview())),
      new Column("Review late by days", "reviewLateDays", CaseloadRow::reviewLateDays),
      new Column("Late", "late", CaseloadRow::late),
      new Column("Overdue actions", "overdueActions", CaseloadRow::overdueActions),
      new Column("Goals not moving", "goalsNotMoving", CaseloadRow::goalsNotMoving),
      new Column("Errors", "errors", CaseloadRow::errors),
      new Column("Warnings", "warnings", CaseloadRow::warnings),
      new Column("Notes", "notes", CaseloadRow::notes),
      new Column("Problems", "problems", CaseloadRow::problems));

  private CaseloadTable() {}

  private static String date(Optional<LocalDate> d) {
    return d.map(LocalDate::toString).orElse("");
  }

  /**
   * The caseload as CSV, with a header row.
   *
   * @param caseload the caseload
   * @return RFC 4180 text, records ending CR LF
   */
  public static String csv(Caseload caseload) {
    StringBuilder out = new StringBuilder();
    record(out, COLUMNS.stream().map(Column::heading).toList());
    for (CaseloadRow row : caseload.rows()) {
      record(out, COLUMNS.stream().map(c -> text(c.value().apply(row))).toList());
    }
    return out.toString();
  }

  private static String text(Object value) {
    if (value instanceof ImmutableList<?> list) {
      return String.join("; ", list.stream().map(String::valueOf).toList());
    }
    return String.valueOf(value);
  }

  private static void record(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(cell(cells.get(i)));
    }
    out.append("\r\n");
  }

  /**
   * One CSV cell: defused if a spreadsheet would read it as a formula, then quoted if need be.
   *
   * @param text the cell's text
   * @return the cell as it goes in the file
   */
  static String cell(String text) {
    String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    if (safe.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n')) {
      return '"' + safe.replace("\"", "\"\"") + '"';
    }
    return safe;
  }

  /**
   * The caseload as JSON: an object with the date it is as of and the rows, each with the
   * columns by name; lists stay lists and counts numbers.
   *
   * @param caseload the caseload
   * @return the JSON text
   */
  public static String json(Caseload caseload) {
    ObjectNode root = JSON.createObjectNode();
    root.put("asOf", caseload.asOf().toString());
    ArrayNode rows = root.putArray("rows");
    for (CaseloadRow row : caseload.rows()) {
      ObjectNode o = rows.addObject();
      for (Column c : COLUMNS) {
        Object v = c.value().apply(row);
        if (v instanceof ImmutableList<?> list) {
          ArrayNode a = o.putArray(c.name());
          list.forEach(x -> a.add(String.valueOf(x)));
        } else if (v instanceof Integer n) {
          o.put(c.name(), n);
        } else if (v instanceof Long n) {
          o.put(c.name(), n);
        } else {
          o.put(c.name(), String.valueOf(v));
        }
      }
    }
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings and numbers always writes", e);
    }
  }
}

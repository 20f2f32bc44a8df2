package io.github.sixps.formulation.server.caseload;

import io.github.sixps.formulation.server.editor.EnumText;
import io.github.sixps.formulation.server.editor.Html;
import io.github.sixps.formulation.server.editor.PageShell;
import io.github.sixps.formulation.server.internal.UkDates;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The caseload page for supervisors: a table of every formulation, most in need of attention
 * first, filtered by worker with a plain form that works without JavaScript, each row opening the
 * supervision view, and the same table as CSV and JSON.
 */
public final class CaseloadPage {
  private static final List<String> COLUMNS = List.of("Formulation", "Children", "Worker",
      "Status", "Last review", "Next review", "What is late", "Goals not moving", "Checks",
      "Edit");

  private CaseloadPage() {}

  /**
   * The page.
   *
   * @param all the whole caseload, for the list of workers
   * @param worker the worker chosen, or blank for everyone
   * @param csrf the session's CSRF token
   * @return the page's HTML
   */
  public static String html(Caseload all, String worker, String csrf) {
    Caseload shown = all.forWorker(worker);
    Html h = new Html();
    PageShell.start(h, "Caseload", csrf, "/");
    h.element("h1", "Caseload", "class", "heading-l");
    h.element("p", "Every formulation in the folder as of " + UkDates.longForm(all.asOf())
        + ", the ones that most need attention first: files that cannot be read, late reviews,"
        + " overdue actions, goals that have not moved, then what the checks found.", "class",
        "hint");
    filter(h, all.workers(), worker);
    String query = worker.isBlank() ? ""
        : "?worker=" + URLEncoder.encode(worker, StandardCharsets.UTF_8);
    h.open("p");
    h.text("Download this table as ");
    h.element("a", "CSV", "href", "/caseload.csv" + query);
    h.text(" or ");
    h.element("a", "JSON", "href", "/caseload.json" + query);
    h.text(".");
    h.close("p");
    h.open("div", "class", "table-wrap");
    h.open("table", "class", "table");
    h.element("caption", shown.rows().size() + (shown.rows().size() == 1 ? " formulation"
        : " formulations") + (worker.isBlank() ? "" : " for " + worker));
    h.open("thead").open("tr");
    for (String c : COLUMNS) {
      h.element("th", c, "scope", "col");
    }
    h.close("tr").close("thead").open("tbody");
    Set<String> repeated = repeatedTitles(shown);
    for (CaseloadRow r : shown.rows()) {
      row(h, r, repeated.contains(key(r.title())));
    }
    h.close("tbody").close("table").close("div");
    if (shown.rows().isEmpty()) {
      h.element("p", worker.isBlank() ? "There are no formulations in the folder yet."
          : "No formulation names " + worker + ".");
    }
    PageShell.end(h);
    return h.toString();
  }

  private static void filter(Html h, List<String> workers, String worker) {
    h.open("form", "method", "get", "action", "/", "class", "filter");
    h.element("label", "Show the formulations of", "for", "worker", "class", "label");
    h.element("p", "The people who hold cases: social workers, family support workers, team"
        + " managers and the like.", "class", "hint", "id", "worker-hint");
    h.open("select", "id", "worker", "name", "worker", "class", "select",
        "aria-describedby", "worker-hint");
    h.element("option", "Every worker", "value", "", "selected", worker.isBlank() ? "" : null);
    for (String w : workers) {
      h.element("option", w, "value", w, "selected", w.equalsIgnoreCase(worker) ? "" : null);
    }
    h.close("select");
    h.element("button", "Show", "type", "submit", "class", "button button-secondary");
    h.close("form");
  }

  /**
   * The titles more than one row has (a family seen twice, a title copied from a template), so
   * that those rows can say which file each is: a supervisor must tell them apart at a glance.
   */
  private static Set<String> repeatedTitles(Caseload shown) {
    Map<String, Long> counts = shown.rows().stream().filter(r -> !r.isBroken())
        .collect(Collectors.groupingBy(r -> key(r.title()), Collectors.counting()));
    return counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }

  private static String key(String title) {
    return title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static void row(Html h, CaseloadRow r, boolean titleRepeats) {
    // A title that is blank, or that another row has too, is told apart by its file's name.
    String name = r.title().isBlank() ? r.fileName()
        : titleRepeats ? r.title() + " (" + r.fileName() + ")" : r.title();
    String base = "/formulations/" + URLEncoder.encode(r.id(), StandardCharsets.UTF_8);
    h.open("tr");
    h.open("th", "scope", "row");
    if (r.isBroken()) {
      h.text(r.fileName());
      h.element("span", " Cannot be read", "class", "tag tag-late");
      h.open("ul", "class", "problems");
      r.problems().forEach(p -> h.element("li", p));
      h.close("ul");
    } else {
      h.element("a", r.title().isBlank() ? r.fileName() : r.title(), "href",
          base + "/supervision");
      if (titleRepeats) {
        h.text(" ").element("span", r.fileName(), "class", "file-name");
      }
    }
    h.close("th");
    cell(h, 1, String.join(", ", r.children()));
    cell(h, 2, r.worker());
    cell(h, 3, r.status().map(EnumText::label).orElse(""));
    cell(h, 4, r.isBroken() ? "" : r.lastReview().map(UkDates::longForm).orElse("None yet"));
    cell(h, 5, r.isBroken() ? "" : r.nextReview().map(UkDates::longForm).orElse("Not set"));
    h.open("td", "data-label", COLUMNS.get(6));
    if (r.late().isEmpty()) {
      h.element("span", r.isBroken() ? "" : "Nothing", "class", "quiet");
    } else {
      h.open("ul", "class", "problems");
      for (String l : r.late()) {
        h.open("li").element("span", "Late", "class", "tag tag-late").text(" " + l).close("li");
      }
      h.close("ul");
    }
    h.close("td");
    cell(h, 7, String.join("; ", r.goalsNotMoving()));
    cell(h, 8, r.isBroken() ? "" : count(r.errors(), "error") + ", "
        + count(r.warnings(), "warning") + ", " + count(r.notes(), "note"));
    h.open("td", "class", "cell-edit");
    if (!r.isBroken()) {
      h.open("a", "href", base).text("Edit").element("span", " " + name, "class",
          "visually-hidden").close("a");
    } else {
      h.open("a", "href", base).text("Problems").element("span", " in " + r.fileName(),
          "class", "visually-hidden").close("a");
    }
    h.close("td");
    h.close("tr");
  }

  /**
   * A cell that, on a narrow screen where the table's rows become cards, says which column it
   * is in (the stylesheet shows {@code data-label} before it); an empty one is left out there.
   */
  private static void cell(Html h, int column, String text) {
    h.element("td", text, "data-label", COLUMNS.get(column), "class",
        text.isBlank() ? "cell-empty" : null);
  }

  private static String count(int n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }
}

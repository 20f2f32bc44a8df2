package io.github.sixps.formulation.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.base.Preconditions;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.prioritise.Prioritiser;
import io.github.sixps.formulation.prioritise.RankedFactor;
import io.github.sixps.formulation.prioritise.Ranking;
import io.github.sixps.formulation.prioritise.Weights;
import io.github.sixps.formulation.review.Change;
import io.github.sixps.formulation.review.FormulationDiff;
import io.github.sixps.formulation.validate.Finding;
import io.github.sixps.formulation.validate.ValidationReport;
import java.util.List;
import java.util.Locale;

/**
 * What the library works out, as JSON trees in the one shape that the HTTP API, {@code
 * formulation validate --format json} and {@code formulation prioritise --format json} all give:
 * findings, reading problems, a ranking and the changes between two versions. A program that
 * stores or passes on results (a case system keeping each check beside the record, say) gets
 * the same fields as the command line's users, so one reader serves both.
 *
 * <p>Enumerated values are lower case with hyphens ({@code "error"}, {@code "safety-first"}),
 * and absent optional values are left out, except a factor's {@code score}, which is {@code
 * null} when it is not scored yet. The trees are new each call and the caller's to change.
 *
 * <pre>{@code
 * ValidationReport report = Validator.standard().validate(formulation);
 * ArrayNode findings = ResultsJson.findings("ahmed.yaml", report);
 * String text = new ObjectMapper().writerWithDefaultPrettyPrinter()
 *     .writeValueAsString(findings);
 * }</pre>
 */
public final class ResultsJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ResultsJson() {}

  /**
   * {@return the findings, one object each: {@code file}, {@code severity}, {@code code}, {@code
   * path}, {@code message} and, when there is one, {@code suggestion}; and {@code start} and {@code
   * end}, the words' offsets in the text at the path, when the finding is about some words}
   *
   * @param file the name given as each finding's {@code file}
   * @param report the findings
   */
  public static ArrayNode findings(String file, ValidationReport report) {
    Preconditions.checkNotNull(file, "file");
    Preconditions.checkNotNull(report, "report");
    ArrayNode out = NODES.arrayNode();
    for (Finding f : report.findings()) {
      ObjectNode o = out.addObject();
      o.put("file", file);
      o.put("severity", f.severity().name().toLowerCase(Locale.ROOT));
      o.put("code", f.code());
      o.put("path", f.path());
      o.put("message", f.message());
      f.suggestion().ifPresent(s -> o.put("suggestion", s));
      f.words().ifPresent(w -> {
        o.put("start", w.start());
        o.put("end", w.end());
      });
    }
    return out;
  }

  /**
   * {@return problems reading a formulation, one object each, in the findings' shape with the
   * place added: {@code file} (the problem's source), {@code severity} ({@code error}), {@code
   * code} ({@code unreadable}), {@code line}, {@code column}, {@code path}, {@code message} and,
   * when there is one, {@code suggestion} ({@code Did you mean "title"?})}
   *
   * @param problems the problems
   */
  public static ArrayNode problems(List<ReadProblem> problems) {
    Preconditions.checkNotNull(problems, "problems");
    ArrayNode list = NODES.arrayNode();
    for (ReadProblem p : problems) {
      problem(list, p.source(), p.line(), p.column(), p.path(), p.message(),
          p.suggestion().map(s -> "Did you mean \"" + s + "\"?").orElse(null));
    }
    return list;
  }

  /**
   * Adds one reading problem to {@code list}, in the shape {@link #problems} gives: for a
   * problem about a whole input that is not a {@link ReadProblem}, such as "there may be more
   * problems".
   *
   * @param list where to add it
   * @param file the input's name
   * @param line its line, from 1, or 0 for the whole input
   * @param column its column, from 1, or 0
   * @param path the path in the formulation, or empty
   * @param message what is wrong
   * @param suggestion what to do, or null
   */
  public static void problem(ArrayNode list, String file, int line, int column, String path,
      String message, String suggestion) {
    ObjectNode o = list.addObject();
    o.put("file", file);
    o.put("severity", "error");
    o.put("code", "unreadable");
    o.put("line", line);
    o.put("column", column);
    o.put("path", path);
    o.put("message", message);
    if (suggestion != null) {
      o.put("suggestion", suggestion);
    }
  }

  /**
   * {@return the ranking: {@code formulation} (its id), {@code title}, the {@code method} (the
   * weights, the safety threshold and how many count as the top), each perpetuating factor in
   * rank order with its rank, id, statement, score, band, reach, whether it is pinned or in the
   * top, and the explanation, then the ids of the {@code top}}
   *
   * @param formulation what was ranked
   * @param prioritiser how
   * @param ranking the result
   */
  public static ObjectNode ranking(Formulation formulation, Prioritiser prioritiser,
      Ranking ranking) {
    Preconditions.checkNotNull(formulation, "formulation");
    Preconditions.checkNotNull(prioritiser, "prioritiser");
    Preconditions.checkNotNull(ranking, "ranking");
    ObjectNode o = NODES.objectNode();
    o.put("formulation", formulation.id());
    o.put("title", formulation.title());
    ObjectNode method = o.putObject("method");
    ObjectNode weights = method.putObject("weights");
    Weights w = prioritiser.weights();
    weights.put("impact", w.impact());
    weights.put("urgency", w.urgency());
    weights.put("changeability", w.changeability());
    weights.put("familyPriority", w.familyPriority());
    weights.put("reachPerIssue", w.reachPerIssue());
    method.put("safetyThreshold", prioritiser.safetyThreshold());
    method.put("top", prioritiser.top());
    ArrayNode factors = o.putArray("factors");
    for (RankedFactor r : ranking.factors()) {
      ObjectNode f = factors.addObject();
      f.put("rank", r.rank());
      f.put("id", r.id());
      f.put("statement", r.factor().statement());
      if (r.score().isPresent()) {
        f.put("score", r.score().get());
      } else {
        f.putNull("score");
      }
      f.put("band", r.band().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      f.put("reach", r.reach());
      f.put("pinned", r.pinned());
      f.put("top", r.rank() <= ranking.topCount());
      f.put("explanation", r.explanation());
    }
    ArrayNode top = o.putArray("top");
    ranking.top().forEach(r -> top.add(r.id()));
    return o;
  }

  /**
   * {@return the changes between two versions: {@code title}, {@code since} (the earlier
   * version's date, when known), then each change with its kind, heading, path, the text before
   * and after where there is one, and a description in words}
   *
   * @param diff the changes
   */
  public static ObjectNode changes(FormulationDiff diff) {
    Preconditions.checkNotNull(diff, "diff");
    ObjectNode o = NODES.objectNode();
    o.put("title", diff.title());
    diff.since().ifPresent(d -> o.put("since", d.toString()));
    ArrayNode list = o.putArray("changes");
    for (Change c : diff.changes()) {
      ObjectNode e = list.addObject();
      e.put("kind", c.kind().name().toLowerCase(Locale.ROOT));
      e.put("heading", c.heading().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      e.put("path", c.path());
      c.before().ifPresent(b -> e.put("before", b));
      c.after().ifPresent(a -> e.put("after", a));
      e.put("description", c.description());
    }
    return o;
  }
}

package io.github.sixps.formulation.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sixps.formulation.io.FileFormat;
import io.github.sixps.formulation.io.FormulationWriter;
import io.github.sixps.formulation.io.ReadProblem;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.prioritise.Prioritiser;
import io.github.sixps.formulation.prioritise.RankedFactor;
import io.github.sixps.formulation.prioritise.Ranking;
import io.github.sixps.formulation.prioritise.Weights;
import io.github.sixps.formulation.review.Change;
import io.github.sixps.formulation.review.FormulationDiff;
import io.github.sixps.formulation.validate.Finding;
import io.github.sixps.formulation.validate.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The API's answers as JSON, in the shapes the command line's {@code --format json} gives:
 * findings as {@code formulation validate} lists them, a ranking as {@code formulation
 * prioritise} writes it.
 */
public final class AnswerJson {
  /** The one mapper, configured once and shared. */
  public static final ObjectMapper JSON = new ObjectMapper();

  private AnswerJson() {}

  /**
   * {@return the findings, one object each: file, severity, code, path, message, suggestion}
   *
   * @param source the name given as {@code file}
   * @param report the findings
   */
  public static ArrayNode findings(String source, ValidationReport report) {
    ArrayNode out = JSON.createArrayNode();
    for (Finding f : report.findings()) {
      ObjectNode o = out.addObject();
      o.put("file", source);
      o.put("severity", f.severity().name().toLowerCase(Locale.ROOT));
      o.put("code", f.code());
      o.put("path", f.path());
      o.put("message", f.message());
      f.suggestion().ifPresent(s -> o.put("suggestion", s));
    }
    return out;
  }

  /**
   * {@return problems reading a formulation, one object each as {@code formulation validate
   * --format json} lists them: file, severity, code, line, column, path, message, suggestion}
   *
   * @param problems the problems
   */
  public static ArrayNode problems(List<ReadProblem> problems) {
    ArrayNode list = JSON.createArrayNode();
    for (ReadProblem rp : problems) {
      ObjectNode o = list.addObject();
      o.put("file", rp.source());
      o.put("severity", "error");
      o.put("code", "unreadable");
      o.put("line", rp.line());
      o.put("column", rp.column());
      o.put("path", rp.path());
      o.put("message", rp.message());
      rp.suggestion().ifPresent(s -> o.put("suggestion", "Did you mean \"" + s + "\"?"));
    }
    return list;
  }

  /**
   * {@return the ranking: the method, then each perpetuating factor with its rank and reason}
   *
   * @param formulation what was ranked
   * @param prioritiser how
   * @param ranking the result
   */
  public static ObjectNode ranking(Formulation formulation, Prioritiser prioritiser,
      Ranking ranking) {
    ObjectNode o = JSON.createObjectNode();
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
   * {@return the changes between two versions: a title, then each change}
   *
   * @param diff the changes
   */
  public static ObjectNode changes(FormulationDiff diff) {
    ObjectNode o = JSON.createObjectNode();
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

  /**
   * {@return the formulation as its {@code sixps/1} JSON tree, as the writer makes it}
   *
   * @param formulation the formulation
   */
  public static JsonNode formulation(Formulation formulation) {
    try {
      return JSON.readTree(FormulationWriter.standard().write(formulation, FileFormat.JSON));
    } catch (IOException e) {
      throw new UncheckedIOException("the writer's own JSON reads back", e);
    }
  }
}

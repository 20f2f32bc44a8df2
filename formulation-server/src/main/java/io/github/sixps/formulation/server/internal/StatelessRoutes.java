package io.github.sixps.formulation.server.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.io.FileFormat;
import io.github.sixps.formulation.io.FormulationReadException;
import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.io.FormulationSchema;
import io.github.sixps.formulation.io.ReadProblem;
import io.github.sixps.formulation.io.ResultsJson;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.prioritise.Prioritiser;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.Terminology;
import io.github.sixps.formulation.render.View;
import io.github.sixps.formulation.review.FormulationDiff;
import io.github.sixps.formulation.validate.FamilyReadiness;
import io.github.sixps.formulation.validate.Finding;
import io.github.sixps.formulation.validate.Profile;
import io.github.sixps.formulation.validate.ValidationReport;
import io.github.sixps.formulation.validate.Validator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The routes that work on the formulation in the request: validate, prioritise, render, diff,
 * and the schema. None of them keeps anything.
 */
public final class StatelessRoutes {
  /** The profiles a request may name, each with its validator, built once. */
  private enum ProfileName { STANDARD, DRAFT, STRICT }

  /** What {@code /api/diff} can answer with. */
  private enum DiffFormat { JSON, MD, HTML, PDF, DOCX }

  /** The parameters of every route that makes a document: render and diff. */
  private static final List<String> DOCUMENT = List.of("format", "audience", "view",
      "terminology", "asOf", "teaching", "marking", "fragment");
  /** The parameters of render: a document's, and whether to make a family's version anyway. */
  private static final List<String> RENDER = ImmutableList.<String>builder().addAll(DOCUMENT)
      .add("allowFindings").build();
  /** The longest protective marking a request may ask for. */
  private static final int MAX_MARKING = 100;

  private final FormulationReader reader;
  private final Prioritiser prioritiser;
  private final DocumentRenderers renderers;
  private final Clock clock;
  private final Validator served;
  private final Map<ProfileName, Validator> validators = new HashMap<>();

  /**
   * Routes over shared parts.
   *
   * @param reader reads request bodies, within its limits
   * @param prioritiser ranks
   * @param renderers renders
   * @param clock says what today is
   * @param served the validator the server was given (a team's profile), used when a request
   *     names no profile
   */
  public StatelessRoutes(FormulationReader reader, Prioritiser prioritiser,
      DocumentRenderers renderers, Clock clock, Validator served) {
    this.reader = reader;
    this.served = served;
    this.prioritiser = prioritiser;
    this.renderers = renderers;
    this.clock = clock;
    for (ProfileName p : ProfileName.values()) {
      validators.put(p, Validator.builder().profile(Profile.named(p.name().toLowerCase(
          Locale.ROOT))).build());
    }
  }

  /**
   * {@code POST /api/validate?profile=&asOf=}: the findings, as {@code formulation validate
   * --format json} lists them.
   *
   * @param request the request
   * @param response the response
   * @throws IOException if the client fails
   * @throws RequestBody.Refused with the problem to answer instead
   */
  public void validate(HttpServletRequest request, HttpServletResponse response)
      throws IOException, RequestBody.Refused {
    QueryParameters q = new QueryParameters(request);
    q.onlyThese("/api/validate", List.of("profile", "asOf"));
    // A request that names no profile is checked as the server's own pages check: with the
    // validator it was given (serve --profile), so the API and the editor agree.
    Validator validator = q.text("profile").isPresent()
        ? validators.get(q.choice("profile", ProfileName.class, ProfileName.STANDARD))
        : served;
    LocalDate asOf = q.date("asOf").orElse(LocalDate.now(clock));
    Formulation f = RequestBody.formulation(request, reader, "body");
    Answers.json(response, 200, ResultsJson.findings("body", validator.validate(f, asOf)));
  }

  /**
   * {@code POST /api/prioritise}: the ranking, as {@code formulation prioritise --format json}
   * writes it.
   *
   * @param request the request
   * @param response the response
   * @throws IOException if the client fails
   * @throws RequestBody.Refused with the problem to answer instead
   */
  public void prioritise(HttpServletRequest request, HttpServletResponse response)
      throws IOException, RequestBody.Refused {
    new QueryParameters(request).onlyThese("/api/prioritise", List.of());
    Formulation f = RequestBody.formulation(request, reader, "body");
    Answers.json(response, 200, ResultsJson.ranking(f, prioritiser, prioritiser.rank(f)));
  }

  /**
   * {@code POST /api/render?format=&audience=&view=&terminology=&asOf=&teaching=&marking=
   * &fragment=}: the document, with the choices of {@code formulation render}.
   *
   * @param request the request
   * @param response the response
   * @throws IOException if the client fails
   * @throws RequestBody.Refused with the problem to answer instead
   */
  public void render(HttpServletRequest request, HttpServletResponse response)
      throws IOException, RequestBody.Refused {
    QueryParameters q = new QueryParameters(request);
    q.onlyThese("/api/render", RENDER);
    DocumentRenderers.Format format = q.choice("format", DocumentRenderers.Format.class,
        DocumentRenderers.Format.HTML);
    DocumentRenderers.Options options = options(q, format);
    Formulation f = RequestBody.formulation(request, reader, "body");
    if (options.audience() == Audience.FAMILY && !q.flag("allowFindings")) {
      refuseWordsThatBlame(f);
    }
    send(response, format, renderers.render(f, options));
  }

  /**
   * Refuses a family's version whose words can read as blaming or labelling, as the command
   * line does: the family would read them. Each word is named, with what to write instead.
   */
  private void refuseWordsThatBlame(Formulation f) throws RequestBody.Refused {
    List<Finding> blockers = FamilyReadiness.using(served).blockers(f);
    if (blockers.isEmpty()) {
      return;
    }
    List<String> words = new ArrayList<>();
    for (Finding b : blockers) {
      words.add(b.path() + ": " + b.message() + b.suggestion().map(t -> " (" + t + ")")
          .orElse(""));
    }
    ProblemResponse p = ProblemResponse.of(422, "the family's version was not made, because"
        + " some words can read as blaming or labelling: " + String.join("; ", words)
        + ". Change them, or add allowFindings=true to make it with a banner for the"
        + " practitioner");
    p.body().set("findings", ResultsJson.findings("body", ValidationReport.of(blockers)));
    throw new RequestBody.Refused(p);
  }

  /**
   * {@code POST /api/diff?format=json|md|html|pdf|docx}: what changed between two versions, sent as
   * {@code {"before": {...}, "after": {...}}}.
   *
   * @param request the request
   * @param response the response
   * @throws IOException if the client fails
   * @throws RequestBody.Refused with the problem to answer instead
   */
  public void diff(HttpServletRequest request, HttpServletResponse response)
      throws IOException, RequestBody.Refused {
    QueryParameters q = new QueryParameters(request);
    q.onlyThese("/api/diff", DOCUMENT);
    DiffFormat format = q.choice("format", DiffFormat.class, DiffFormat.JSON);
    if (RequestBody.format(request) != FileFormat.JSON) {
      throw new RequestBody.Refused(ProblemResponse.of(415, "send the two versions as"
          + " application/json: {\"before\": {...}, \"after\": {...}}"));
    }
    // Both versions in one body, each no larger than one formulation may be.
    byte[] body = RequestBody.bytes(request, 2 * reader.limits().maxBytes());
    Map<String, String> versions = members(new String(body, StandardCharsets.UTF_8));
    Formulation before = version(versions, "before");
    Formulation after = version(versions, "after");
    FormulationDiff diff = FormulationDiff.between(before, after);
    if (format == DiffFormat.JSON) {
      Answers.json(response, 200, ResultsJson.changes(diff));
      return;
    }
    DocumentRenderers.Format document = DocumentRenderers.Format.valueOf(format.name());
    send(response, document, renderers.renderChanges(diff, options(q, document)));
  }

  /**
   * {@code GET /api/schema}: the JSON Schema of {@code sixps/1}.
   *
   * @param response the response
   * @throws IOException if the client fails
   */
  public void schema(HttpServletResponse response) throws IOException {
    Answers.bytes(response, 200, "application/schema+json",
        FormulationSchema.json().getBytes(StandardCharsets.UTF_8));
  }

  private DocumentRenderers.Options options(QueryParameters q, DocumentRenderers.Format format)
      throws RequestBody.Refused {
    // Braille is for the family unless asked otherwise, as on the command line.
    Audience audience = q.choice("audience", Audience.class,
        format == DocumentRenderers.Format.BRF ? Audience.FAMILY : Audience.PRACTITIONER);
    View view = q.choice("view", View.class, View.FULL);
    String terminology = q.text("terminology").orElse(null);
    if (terminology != null) {
      try {
        // Only the built-in sets by name: a request never names a file.
        Terminology.named(terminology);
      } catch (IllegalArgumentException e) {
        throw new RequestBody.Refused(ProblemResponse.of(400, "terminology: "
            + e.getMessage().replace(", or a file of your own", "")));
      }
    }
    LocalDate asOf = q.date("asOf").orElse(null);
    if (asOf != null && view != View.SUPERVISION) {
      throw new RequestBody.Refused(ProblemResponse.of(400, "asOf works with"
          + " view=supervision only"));
    }
    if (view == View.SUPERVISION && asOf == null) {
      asOf = LocalDate.now(clock);
    }
    boolean fragment = q.flag("fragment");
    if (fragment && format != DocumentRenderers.Format.HTML) {
      throw new RequestBody.Refused(ProblemResponse.of(400, "fragment works with format=html"
          + " only"));
    }
    String marking = q.text("marking").map(String::strip).orElse(null);
    if (marking != null && (marking.isEmpty() || marking.length() > MAX_MARKING)) {
      throw new RequestBody.Refused(ProblemResponse.of(400, "marking: give the text, up to "
          + MAX_MARKING + " characters, or none to leave it out"));
    }
    return new DocumentRenderers.Options(format, audience, view,
        terminology == null ? null : terminology.toLowerCase(Locale.ROOT), asOf,
        q.flag("teaching"), marking, fragment);
  }

  private static void send(HttpServletResponse response, DocumentRenderers.Format format,
      byte[] document) throws IOException {
    if (format == DocumentRenderers.Format.HTML) {
      Answers.htmlDocument(response, document);
    } else {
      Answers.bytes(response, 200, format.mediaType(), document);
    }
  }

  private Formulation version(Map<String, String> versions, String name)
      throws IOException, RequestBody.Refused {
    String text = versions.get(name);
    if (text == null) {
      throw new RequestBody.Refused(ProblemResponse.of(422, name + ": missing; send"
          + " {\"before\": {...}, \"after\": {...}}"));
    }
    return RequestBody.read(text.getBytes(StandardCharsets.UTF_8), FileFormat.JSON, reader,
        name);
  }

  /**
   * A body that is not JSON, said in the reader's plain words at its line and column rather than
   * the parser's own (which name its features and quote its code): the body is read as a
   * formulation, which fails where the JSON breaks, and its two keys, which a formulation does
   * not have, are left out of what is said.
   */
  private RequestBody.Refused notJson(String text, JsonProcessingException e) {
    String where = "the body is not JSON: line " + e.getLocation().getLineNr() + ", column "
        + e.getLocation().getColumnNr();
    try {
      reader.read(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
          FileFormat.JSON, "the body");
    } catch (FormulationReadException read) {
      List<ReadProblem> broken = read.problems().stream()
          .filter(p -> !(List.of("before", "after").contains(p.path())
              && p.message().startsWith("unknown key \"" + p.path() + "\"")))
          .toList();
      if (!broken.isEmpty()) {
        return new RequestBody.Refused(ProblemResponse.of(422, where + ": "
            + broken.get(0).message()).problems(broken));
      }
    } catch (IOException unexpected) {
      // Bytes in memory: not expected; the line and column say where.
    }
    return new RequestBody.Refused(ProblemResponse.of(422, where));
  }

  /** The text of each member of the top-level object, as written, so problems keep its paths. */
  private Map<String, String> members(String text) throws RequestBody.Refused {
    Map<String, String> out = new HashMap<>();
    try (JsonParser p = AnswerJson.JSON.getFactory().createParser(text)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw notAPair();
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        int start = (int) p.currentTokenLocation().getCharOffset();
        p.skipChildren();
        int end = (int) p.currentLocation().getCharOffset();
        if (!name.equals("before") && !name.equals("after")) {
          throw new RequestBody.Refused(ProblemResponse.of(422, Shown.value(name)
              + ": unknown; send only before and after"));
        }
        if (value != JsonToken.START_OBJECT) {
          throw new RequestBody.Refused(ProblemResponse.of(422, name + ": must be a"
              + " formulation, a JSON object"));
        }
        out.put(name, text.substring(start, end));
      }
    } catch (JsonProcessingException e) {
      throw notJson(text, e);
    } catch (IOException e) {
      throw new RequestBody.Refused(ProblemResponse.of(422, "the body is not JSON"));
    }
    return out;
  }

  private static RequestBody.Refused notAPair() {
    return new RequestBody.Refused(ProblemResponse.of(422, "send the two versions as"
        + " {\"before\": {...}, \"after\": {...}}"));
  }
}

package io.github.sixps.formulation.server.editor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.base.Preconditions;
import io.github.sixps.formulation.io.FormulationTemplate;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.review.FormulationDiff;
import io.github.sixps.formulation.server.EditConflictException;
import io.github.sixps.formulation.server.FormulationFolder;
import io.github.sixps.formulation.server.FormulationIds;
import io.github.sixps.formulation.server.StoredFormulation;
import io.github.sixps.formulation.validate.Validator;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The editor's pages over one folder: {@code GET /new} starts from the template and
 * {@code GET /formulations/{id}} opens a file; posting the form adds, removes or moves an entry,
 * checks, previews or saves it ({@code _op}). Under each page's address, {@code POST .../check}
 * answers the script's live checking with the findings by field (JSON), {@code POST .../preview}
 * its live preview (an HTML fragment), {@code POST .../family} the family tree's sentences as
 * they change (an HTML fragment), and {@code GET /formulations/{id}/download} gives the saved
 * version as PDF, HTML, Markdown or the supervision summary.
 *
 * <p>A save writes only over the version the page was loaded from (the ETag in {@code _etag}); if
 * the file changed since, the save is refused with both versions shown and the form as typed.
 * Security (Host, token, same origin, the CSRF token on posts) is the filter's in front of it.
 *
 * <pre>{@code
 * ServletHolder editor = new ServletHolder(new EditorServlet(folder, Clock.systemDefaultZone(),
 *     new Renderings(), Validator.builder().profile(Profile.named("draft")).build()));
 * context.addServlet(editor, "/formulations/*");
 * context.addServlet(editor, "/new");
 * context.addServlet(editor, "/new/*");
 * }</pre>
 */
public final class EditorServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  /** The request attribute the security filter keeps the session's CSRF token in. */
  public static final String CSRF_ATTRIBUTE = "io.github.sixps.formulation.server.csrf";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final transient FormulationFolder folder;
  private final transient Clock clock;
  private final transient Validator validator;
  private final transient Renderings renderings;

  /**
   * An editor over a folder.
   *
   * @param folder the folder of formulations
   * @param clock what today is, for the checks on what is late
   * @param renderings the preview and downloads, shared with the asset servlet
   * @param validator the checks shown beside the form, with the team's profile and rules
   */
  public EditorServlet(FormulationFolder folder, Clock clock, Renderings renderings,
      Validator validator) {
    this.validator = Preconditions.checkNotNull(validator, "validator");
    this.folder = Preconditions.checkNotNull(folder, "folder");
    this.clock = Preconditions.checkNotNull(clock, "clock");
    this.renderings = Preconditions.checkNotNull(renderings, "renderings");
  }

  /** Where a request goes: the file's id (empty for a new one) and what is asked of it. */
  private record Route(Optional<String> id, String part) {
    String action() {
      return id.map(i -> "/formulations/" + i).orElse("/new");
    }
  }

  private static Optional<Route> route(HttpServletRequest req) {
    String path = req.getServletPath() + Optional.ofNullable(req.getPathInfo()).orElse("");
    if (path.equals("/new") || path.startsWith("/new/")) {
      return Optional.of(new Route(Optional.empty(), path.substring(4).replace("/", "")));
    }
    if (path.startsWith("/formulations/")) {
      String[] parts = path.substring("/formulations/".length()).split("/", -1);
      if (parts.length <= 2 && FormulationIds.isValid(parts[0])) {
        return Optional.of(new Route(Optional.of(parts[0]), parts.length == 2 ? parts[1] : ""));
      }
    }
    return Optional.empty();
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Optional<Route> r = route(req);
    if (r.isEmpty() || !java.util.Set.of("", "download", "supervision").contains(r.get().part())
        || r.get().id().isEmpty() && !r.get().part().isEmpty()) {
      notFound(req, resp, "There is no such page.");
      return;
    }
    Route route = r.get();
    if (route.id().isEmpty()) {
      FormFields form = FormulationForm.encode(FormulationTemplate.formulation(today()));
      // A blank formulation opens with guidance, not with a list of what is still blank.
      page(resp, 200, EditorPage.builder(route.action(), csrf(req)).form(form)
          .quiet(java.util.Set.of("")));
      return;
    }
    StoredFormulation stored;
    try {
      stored = folder.get(route.id().get());
    } catch (NoSuchElementException | IllegalArgumentException e) {
      notFound(req, resp, e.getMessage());
      return;
    } catch (IllegalStateException e) {
      // Two files with one id, or a file that is not a plain one: the folder says which.
      cannotOpen(csrf(req), resp, e.getMessage());
      return;
    }
    if (stored.formulation().isEmpty()) {
      page(resp, 200, BrokenFilePage.html(stored, csrf(req)));
      return;
    }
    Formulation f = stored.formulation().get();
    if (route.part().equals("download")) {
      download(req, resp, stored, f);
      return;
    }
    if (route.part().equals("supervision")) {
      Html h = new Html();
      PageShell.start(h, "Supervision: " + (f.title().isBlank() ? stored.fileName() : f.title()),
          csrf(req), "", "preview-practitioner.css");
      h.open("p").element("a", "Edit this formulation", "href", route.action()).text(" | ")
          .element("a", "Back to the caseload", "href", "/").close("p");
      h.raw(renderings.supervisionView(f, today()));
      PageShell.end(h);
      page(resp, 200, h.toString());
      return;
    }
    FormFields form = Companions.inDateOrder(FormulationForm.encode(f));
    page(resp, 200, EditorPage.builder(route.action(), csrf(req))
        .title(f.title().isBlank() ? stored.fileName() : f.title())
        .etag(stored.etag()).form(form)
        .notes(FieldNotes.of(form, com.google.common.collect.ImmutableMap.of(),
            validator.validate(f, today()).findings()))
        .banner(req.getParameter("saved") != null ? "Saved to " + stored.fileName() + "."
            + lostComments(req.getParameter("lost")) : null)
        .preview(renderings.preview(f, Audience.PRACTITIONER))
        .downloads(route.action() + "/download"));
  }

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Optional<Route> r = route(req);
    if (r.isEmpty()) {
      notFound(req, resp, "There is no such page.");
      return;
    }
    Route route = r.get();
    req.setCharacterEncoding("UTF-8");
    FormFields form = Companions.inDateOrder(
        BlankEntries.withIds(FormFields.posted(req.getParameterMap())));
    switch (route.part()) {
      case "" -> new EditorPost(this, route.id(), route.action(), csrf(req), form).answer(resp);
      case "check" -> check(resp, form);
      case "preview" -> {
        resp.setContentType("text/html; charset=utf-8");
        resp.getWriter().write(renderings.preview(FormulationForm.decode(form).formulation(),
            audience(form.text("_audience"))));
      }
      case "family" -> {
        Html h = new Html();
        CompanionSections.sentences(h, FormulationForm.decode(form).formulation());
        resp.setContentType("text/html; charset=utf-8");
        resp.getWriter().write(h.toString());
      }
      default -> notFound(req, resp, "There is no such page.");
    }
  }

  private void check(HttpServletResponse resp, FormFields form) throws IOException {
    FormulationForm.Decoded d = FormulationForm.decode(form);
    FieldNotes notes = FieldNotes.of(form, d.errors(),
        validator.validate(d.formulation(), today()).findings());
    ObjectNode out = JSON.createObjectNode();
    ObjectNode errors = out.putObject("errors");
    d.errors().forEach(errors::put);
    ObjectNode labels = out.putObject("labels");
    d.errors().keySet().forEach(field -> labels.put(field, FieldLabels.of(field)));
    ArrayNode found = out.putArray("findings");
    notes.findings().forEach((anchor, f) -> found.addObject()
        .put("field", anchor)
        .put("label", FieldLabels.of(anchor))
        .put("severity", f.severity().name().toLowerCase(java.util.Locale.ROOT))
        .put("code", f.code())
        .put("path", f.path())
        .put("message", f.message())
        .put("suggestion", f.suggestion().orElse(null)));
    resp.setContentType("application/json");
    resp.setCharacterEncoding("UTF-8");
    resp.getOutputStream().write(JSON.writeValueAsBytes(out));
  }

  private void download(HttpServletRequest req, HttpServletResponse resp, StoredFormulation stored,
      Formulation f) throws IOException {
    String format = Optional.ofNullable(req.getParameter("format")).orElse("html");
    Optional<Renderings.Document> doc =
        renderings.download(f, format, audience(req.getParameter("audience")), today());
    if (doc.isEmpty()) {
      notFound(req, resp, "That format is not offered: choose pdf, html, md or"
          + " html-supervision.");
      return;
    }
    resp.setContentType(doc.get().mediaType());
    resp.setHeader("Content-Disposition", "attachment; filename=\"" + stored.id()
        + (format.equals("html-supervision") ? "-supervision" : "") + "."
        + doc.get().extension() + "\"");
    resp.getOutputStream().write(doc.get().bytes());
  }

  static Audience audience(String value) {
    return "family".equals(value) ? Audience.FAMILY : Audience.PRACTITIONER;
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  FormulationFolder folder() {
    return folder;
  }

  Validator validator() {
    return validator;
  }

  Renderings renderings() {
    return renderings;
  }

  static String csrf(HttpServletRequest req) {
    Object token = req.getAttribute(CSRF_ATTRIBUTE);
    return token == null ? "" : token.toString();
  }

  static void page(HttpServletResponse resp, int status, EditorPage.Builder page)
      throws IOException {
    page(resp, status, page.build().html());
  }

  static void page(HttpServletResponse resp, int status, String html) throws IOException {
    resp.setStatus(status);
    resp.setContentType("text/html; charset=utf-8");
    resp.setHeader("Cache-Control", "no-store");
    resp.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
  }

  private static void notFound(HttpServletRequest req, HttpServletResponse resp, String why)
      throws IOException {
    problem(csrf(req), resp, 404, "Page not found", why);
  }

  /**
   * Answers 409 with a page saying why a formulation's file cannot be opened or saved as it is
   * (two files with one id, a link, a named pipe), and what to do: the same as the API's 409.
   */
  static void cannotOpen(String csrf, HttpServletResponse resp, String why) throws IOException {
    problem(csrf, resp, 409, "This formulation cannot be opened here", why);
  }

  private static void problem(String csrf, HttpServletResponse resp, int status,
      String heading, String why) throws IOException {
    Html h = new Html();
    PageShell.start(h, heading, csrf, "");
    h.element("h1", heading, "class", "heading-l");
    h.element("p", why);
    h.open("p").element("a", "Go to the caseload", "href", "/").close("p");
    PageShell.end(h);
    page(resp, status, h.toString());
  }

  /**
   * What the saved banner adds when the save could not keep some of the file's comments, from
   * their number as {@link EditorPost} passes it on.
   */
  static String lostComments(String count) {
    int n;
    try {
      n = count == null ? 0 : Integer.parseInt(count);
    } catch (NumberFormatException e) {
      return "";
    }
    return n <= 0 ? "" : " " + n + (n == 1 ? " comment" : " comments") + " written in the file"
        + " could not be kept: a comment at the end of a line, or one above something that is"
        + " no longer there. Comments on lines of their own above a heading or an item are"
        + " kept.";
  }

  /** What a refused save shows of the other version. */
  static EditorPage.Conflict conflict(EditConflictException e, Formulation yours) {
    Optional<StoredFormulation> theirs = e.current();
    String changes = theirs.flatMap(StoredFormulation::formulation)
        .map(t -> {
          FormulationDiff diff = FormulationDiff.between(t, yours);
          return diff.isEmpty() ? "Your version and theirs are the same." : diff.toText();
        })
        .orElse("Their version cannot be compared: it is no longer there, or cannot be read.");
    return new EditorPage.Conflict(e.getMessage(), theirs.map(StoredFormulation::text),
        theirs.map(StoredFormulation::etag), changes);
  }
}

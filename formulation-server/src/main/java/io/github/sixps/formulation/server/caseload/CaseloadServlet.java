package io.github.sixps.formulation.server.caseload;

import com.google.common.base.Preconditions;
import io.github.sixps.formulation.review.Drift;
import io.github.sixps.formulation.server.FormulationFolder;
import io.github.sixps.formulation.validate.Validator;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The caseload of one folder: the page at {@code /} (and {@code /caseload}), the same table as
 * {@code /caseload.csv} and {@code /caseload.json}; each takes {@code ?worker=NAME} to show one
 * worker's formulations.
 *
 * <pre>{@code
 * ServletHolder caseload = new ServletHolder(new CaseloadServlet(folder,
 *     Clock.systemDefaultZone(), Validator.standard()));
 * context.addServlet(caseload, "");            // the root, /
 * context.addServlet(caseload, "/caseload");
 * context.addServlet(caseload, "/caseload.csv");
 * context.addServlet(caseload, "/caseload.json");
 * }</pre>
 */
public final class CaseloadServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final String CSRF = "io.github.sixps.formulation.server.csrf";

  private final transient FormulationFolder folder;
  private final transient Clock clock;
  private final transient Validator validator;

  /**
   * The caseload of a folder.
   *
   * @param folder the folder of formulations
   * @param clock what today is, for what is late
   * @param validator what the findings are counted with, with the team's profile and rules
   */
  public CaseloadServlet(FormulationFolder folder, Clock clock, Validator validator) {
    this.validator = Preconditions.checkNotNull(validator, "validator");
    this.folder = Preconditions.checkNotNull(folder, "folder");
    this.clock = Preconditions.checkNotNull(clock, "clock");
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = req.getServletPath() + Optional.ofNullable(req.getPathInfo()).orElse("");
    String worker = Optional.ofNullable(req.getParameter("worker")).orElse("");
    Caseload caseload = Caseload.of(folder.list(), LocalDate.now(clock), validator,
        Drift.standard());
    String body;
    switch (path) {
      case "", "/", "/caseload" -> {
        resp.setContentType("text/html; charset=utf-8");
        Object csrf = req.getAttribute(CSRF);
        body = CaseloadPage.html(caseload, worker, csrf == null ? "" : csrf.toString());
      }
      case "/caseload.csv" -> {
        resp.setContentType("text/csv; charset=utf-8; header=present");
        resp.setHeader("Content-Disposition", "attachment; filename=\"caseload.csv\"");
        body = CaseloadTable.csv(caseload.forWorker(worker));
      }
      case "/caseload.json" -> {
        resp.setContentType("application/json");
        body = CaseloadTable.json(caseload.forWorker(worker));
      }
      default -> {
        resp.sendError(404);
        return;
      }
    }
    resp.setHeader("Cache-Control", "no-store");
    resp.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
  }
}

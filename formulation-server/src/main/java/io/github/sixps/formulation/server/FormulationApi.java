package io.github.sixps.formulation.server;

import com.google.common.base.Preconditions;
import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.prioritise.Prioritiser;
import io.github.sixps.formulation.server.internal.DocumentRenderers;
import io.github.sixps.formulation.validate.Validator;
import java.time.Clock;
import java.util.Optional;

/**
 * What the JSON API works with, built once and shared by every request and thread: the reader
 * (whose limits bound every request body), the prioritiser, the validator (with the team's
 * profile and rules, which the editor's and caseload's checks use too), the renderers (a PDF renderer's fonts
 * are prepared once and kept) and, when one is served, the folder of formulations. Requests are
 * answered by a cheap {@link ApiServlet} over it.
 *
 * <pre>{@code
 * FormulationApi api = FormulationApi.builder()
 *     .folder(FormulationFolder.open(Path.of("caseload")))
 *     .build();
 * ServletHolder holder = new ServletHolder(new ApiServlet(api));   // mount at /api/*
 * }</pre>
 */
public final class FormulationApi {
  private final FormulationReader reader;
  private final Prioritiser prioritiser;
  private final Validator validator;
  private final FormulationFolder folder;
  private final Clock clock;
  private final DocumentRenderers renderers = new DocumentRenderers();

  private FormulationApi(Builder b) {
    reader = b.reader;
    prioritiser = b.prioritiser;
    validator = b.validator;
    folder = b.folder;
    clock = b.clock;
  }

  /**
   * {@return a builder: the standard reader, prioritiser and validator, no folder, the system
   * clock}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the reader for request bodies; its limits bound every body} */
  public FormulationReader reader() {
    return reader;
  }

  /** {@return the prioritiser for {@code /api/prioritise}} */
  public Prioritiser prioritiser() {
    return prioritiser;
  }

  /**
   * {@return the validator the server's own pages check with: the editor's checks and the
   * caseload's counts of findings}
   */
  public Validator validator() {
    return validator;
  }

  /** {@return the folder served at {@code /api/formulations}, if there is one} */
  public Optional<FormulationFolder> folder() {
    return Optional.ofNullable(folder);
  }

  /** {@return the clock that says what today is, for overdue actions and reviews} */
  public Clock clock() {
    return clock;
  }

  /**
   * {@return the renderers, built on first use for each set of options and kept}
   *
   * <p>Not API: the type is in a package the module does not export.
   */
  DocumentRenderers renderers() {
    return renderers;
  }

  /** Builds a {@link FormulationApi}. */
  public static final class Builder {
    private FormulationReader reader = FormulationReader.standard();
    private Prioritiser prioritiser = Prioritiser.standard();
    private Validator validator = Validator.standard();
    private FormulationFolder folder;
    private Clock clock = Clock.systemDefaultZone();

    private Builder() {}

    /**
     * Sets the reader for request bodies; its limits bound every body.
     *
     * @param value the reader
     * @return this builder
     */
    public Builder reader(FormulationReader value) {
      reader = Preconditions.checkNotNull(value, "reader");
      return this;
    }

    /**
     * Sets the prioritiser.
     *
     * @param value the prioritiser
     * @return this builder
     */
    public Builder prioritiser(Prioritiser value) {
      prioritiser = Preconditions.checkNotNull(value, "prioritiser");
      return this;
    }

    /**
     * Sets the validator, built once with a team's profile and rules; the standard one unless
     * set.
     *
     * @param value the validator
     * @return this builder
     */
    public Builder validator(Validator value) {
      validator = Preconditions.checkNotNull(value, "validator");
      return this;
    }

    /**
     * Serves a folder at {@code /api/formulations}; without one, those routes answer 404.
     *
     * @param value the folder
     * @return this builder
     */
    public Builder folder(FormulationFolder value) {
      folder = Preconditions.checkNotNull(value, "folder");
      return this;
    }

    /**
     * Sets the clock that says what today is.
     *
     * @param value the clock
     * @return this builder
     */
    public Builder clock(Clock value) {
      clock = Preconditions.checkNotNull(value, "clock");
      return this;
    }

    /** {@return the API context} */
    public FormulationApi build() {
      return new FormulationApi(this);
    }
  }
}

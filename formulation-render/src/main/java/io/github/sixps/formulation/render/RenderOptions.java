package io.github.sixps.formulation.render;

import com.google.common.base.Preconditions;
import io.github.sixps.formulation.prioritise.Prioritiser;
import io.github.sixps.formulation.review.Drift;
import io.github.sixps.formulation.validate.Validator;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The choices every renderer shares: who it is for, which words it uses, how it is branded,
 * whether it teaches, its protective marking, whether it shows checks and the ranking, and which
 * view it makes. Made by each renderer's builder; see {@link RendererBuilder} for the defaults.
 */
public final class RenderOptions {
  private final Audience audience;
  private final Terminology terminology;
  private final Theme theme;
  private final boolean teaching;
  private final Optional<String> marking;
  private final Optional<Validator> validator;
  private final Optional<Prioritiser> prioritiser;
  private final View view;
  private final Optional<LocalDate> asOf;
  private final Drift drift;

  RenderOptions(Audience audience, Terminology terminology, Theme theme, boolean teaching,
      Optional<String> marking, Optional<Validator> validator,
      Optional<Prioritiser> prioritiser, View view, Optional<LocalDate> asOf, Drift drift) {
    this.audience = Preconditions.checkNotNull(audience, "audience");
    this.terminology = Preconditions.checkNotNull(terminology, "terminology");
    this.theme = Preconditions.checkNotNull(theme, "theme");
    this.teaching = teaching;
    this.marking = Preconditions.checkNotNull(marking, "marking");
    this.validator = Preconditions.checkNotNull(validator, "validator");
    this.prioritiser = Preconditions.checkNotNull(prioritiser, "prioritiser");
    this.view = Preconditions.checkNotNull(view, "view");
    this.asOf = Preconditions.checkNotNull(asOf, "asOf");
    this.drift = Preconditions.checkNotNull(drift, "drift");
  }

  /** {@return who the document is for} */
  public Audience audience() {
    return audience;
  }

  /** {@return the words used for headings and labels} */
  public Terminology terminology() {
    return terminology;
  }

  /** {@return the branding: organisation name, accent colour and logo} */
  public Theme theme() {
    return theme;
  }

  /** {@return whether each P carries a short explanation and prompt questions, for trainers} */
  public boolean teaching() {
    return teaching;
  }

  /** {@return the protective marking shown at the top, such as OFFICIAL-SENSITIVE, if any} */
  public Optional<String> marking() {
    return marking;
  }

  /** {@return the validator whose findings are shown, practitioner audience only, if any} */
  public Optional<Validator> validator() {
    return audience == Audience.PRACTITIONER ? validator : Optional.empty();
  }

  /** {@return the prioritiser whose ranking orders the perpetuating factors, if any} */
  public Optional<Prioritiser> prioritiser() {
    return prioritiser;
  }

  /** {@return which document is made: the whole formulation or the supervision summary} */
  public View view() {
    return view;
  }

  /**
   * The day the supervision view judges lateness against, if fixed; when empty, the day of
   * rendering.
   *
   * @return the day that counts as today, or empty for the day each document is rendered
   */
  public Optional<LocalDate> asOf() {
    return asOf;
  }

  /** {@return what counts as drift and delay in the supervision view} */
  public Drift drift() {
    return drift;
  }
}

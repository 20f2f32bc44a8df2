package io.github.sixps.formulation.render;

import com.google.common.base.Preconditions;
import io.github.sixps.formulation.prioritise.Prioritiser;
import io.github.sixps.formulation.review.Drift;
import io.github.sixps.formulation.validate.Validator;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The options every renderer's builder shares, each with its default. A renderer's own builder
 * adds what only it needs.
 *
 * @param <B> the renderer's own builder, so that calls chain
 */
public abstract class RendererBuilder<B extends RendererBuilder<B>> {
  /** The protective marking used unless another is set. */
  public static final String DEFAULT_MARKING = "OFFICIAL-SENSITIVE";

  private Audience audience = Audience.PRACTITIONER;
  private Optional<Terminology> terminology = Optional.empty();
  private Theme theme = Theme.plain();
  private boolean teaching;
  /** Empty until set: then the terminology's marking, {@value #DEFAULT_MARKING} in English. */
  private Optional<Optional<String>> marking = Optional.empty();
  private Optional<Validator> validator = Optional.empty();
  private Optional<Prioritiser> prioritiser = Optional.of(Prioritiser.standard());
  private View view = View.FULL;
  private Optional<LocalDate> asOf = Optional.empty();
  private Drift drift = Drift.standard();

  /** For subclasses. */
  protected RendererBuilder() {}

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /**
   * Who the document is for. Default {@link Audience#PRACTITIONER}: the full record. The family
   * audience leaves out ids, scores and checks, and uses large print where the format allows.
   *
   * @param value who the document is for
   * @return this builder
   */
  public B audience(Audience value) {
    audience = Preconditions.checkNotNull(value, "audience");
    return self();
  }

  /**
   * The words for headings and labels. Default: {@link Terminology#leeds6Ps()} for practitioners
   * and {@link Terminology#family()} for families.
   *
   * @param value the words to use, such as {@link Terminology#clinical5PsPlan()} or a council's own
   * @return this builder
   */
  public B terminology(Terminology value) {
    terminology = Optional.of(Preconditions.checkNotNull(value, "terminology"));
    return self();
  }

  /**
   * Organisation name, accent colour and logo. Default {@link Theme#plain()}.
   *
   * @param value the organisation's name, accent colour and logo
   * @return this builder
   */
  public B theme(Theme value) {
    theme = Preconditions.checkNotNull(value, "theme");
    return self();
  }

  /**
   * Whether each P carries a short explanation and two to four questions to ask, for trainers.
   * Default false.
   *
   * @param value {@code true} for teaching notes under each heading
   * @return this builder
   */
  public B teaching(boolean value) {
    teaching = value;
    return self();
  }

  /**
   * The protective marking line at the top. Default: the terminology's {@code document.marking},
   * which is {@value #DEFAULT_MARKING} in the built-in sets.
   *
   * @param value the marking, such as {@code OFFICIAL}; surrounding spaces are dropped
   * @return this builder
   * @throws IllegalArgumentException if the marking is blank; use {@link #noMarking()} to leave it
   *     out
   */
  public B marking(String value) {
    Preconditions.checkNotNull(value, "marking");
    Preconditions.checkArgument(!value.isBlank(), "marking must not be blank; use noMarking()");
    marking = Optional.of(Optional.of(value.strip()));
    return self();
  }

  /**
   * Leaves the protective marking out.
   *
   * @return this builder
   */
  public B noMarking() {
    marking = Optional.of(Optional.empty());
    return self();
  }

  /**
   * Shows the findings of this validator in a section of their own, for practitioners. Default:
   * no findings section. Findings are dated by the validator's clock.
   *
   * @param value the validator whose findings to show, such as {@link Validator#standard()}
   * @return this builder
   */
  public B findings(Validator value) {
    validator = Optional.of(Preconditions.checkNotNull(value, "validator"));
    return self();
  }

  /**
   * Orders the perpetuating factors by this prioritiser's ranking, with its explanation for
   * practitioners. Default {@link Prioritiser#standard()}.
   *
   * @param value the prioritiser whose ranking orders the factors
   * @return this builder
   */
  public B ranking(Prioritiser value) {
    prioritiser = Optional.of(Preconditions.checkNotNull(value, "prioritiser"));
    return self();
  }

  /**
   * Keeps the perpetuating factors in file order, with no ranking.
   *
   * @return this builder
   */
  public B noRanking() {
    prioritiser = Optional.empty();
    return self();
  }

  /**
   * Which document to make: the whole formulation, or the short supervision summary. Default
   * {@link View#FULL}.
   *
   * @param value the whole formulation or the supervision summary
   * @return this builder
   */
  public B view(View value) {
    view = Preconditions.checkNotNull(value, "view");
    return self();
  }

  /**
   * The day against which the supervision view judges what is late and what is coming up.
   * Default: the day each document is rendered, by the system clock. Set it to make a document
   * that does not change as time passes, as a test or a record of a supervision session needs.
   *
   * @param value the day that counts as today, such as the day of the supervision
   * @return this builder
   */
  public B asOf(LocalDate value) {
    asOf = Optional.of(Preconditions.checkNotNull(value, "asOf"));
    return self();
  }

  /**
   * What counts as drift and delay in the supervision view, such as how long a plan may go
   * without a review. Default {@link Drift#standard()}, which the validator's supervision rules
   * also use.
   *
   * @param value what counts as drift, such as {@code Drift.builder().noReviewAfter(...).build()}
   * @return this builder
   */
  public B drift(Drift value) {
    drift = Preconditions.checkNotNull(value, "drift");
    return self();
  }

  /** {@return the options as set so far} */
  public RenderOptions options() {
    Terminology words = terminology.orElse(audience == Audience.FAMILY
        ? Terminology.family() : Terminology.leeds6Ps());
    return new RenderOptions(audience, words, theme, teaching,
        marking.orElse(Optional.of(words.text("document.marking"))), validator, prioritiser,
        view, asOf, drift);
  }
}

package io.github.sixps.formulation.validate;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.model.Formulation;
import java.util.List;

/**
 * Whether a formulation's words are ready to be given to the family: no statement uses words
 * that can read as blaming or labelling ("chaotic", "failing to engage"), which the
 * {@code deficit-language} rule finds. The command line refuses to make a family's document
 * from a formulation that is not ready unless asked to anyway, and the family's document then
 * carries a banner for the practitioner; an embedding application can ask the same here.
 *
 * <pre>{@code
 * List<Finding> blocking = FamilyReadiness.standard().blockers(formulation);
 * if (!blocking.isEmpty()) {
 *   // show the findings, and make the family's version only when the practitioner insists
 * }
 * }</pre>
 *
 * <p>Immutable and safe to share between threads.
 */
public final class FamilyReadiness {
  /** The rule whose findings keep a document from the family. */
  public static final String RULE = "deficit-language";

  private static final FamilyReadiness STANDARD = new FamilyReadiness(Validator.standard());

  private final Validator validator;

  private FamilyReadiness(Validator validator) {
    this.validator = validator;
  }

  /** {@return the check with the standard lexicon} */
  public static FamilyReadiness standard() {
    return STANDARD;
  }

  /**
   * The check with a validator of your own, such as one with a council's lexicon. A validator
   * that switches the {@value #RULE} rule off finds nothing to block.
   *
   * @param validator the validator whose {@value #RULE} findings block
   * @return the check
   */
  public static FamilyReadiness using(Validator validator) {
    return new FamilyReadiness(checkNotNull(validator, "validator must not be null"));
  }

  /**
   * What keeps the formulation's words from the family.
   *
   * @param formulation the formulation, draft or not
   * @return the {@value #RULE} findings, in the validator's order; empty when it is ready
   */
  public List<Finding> blockers(Formulation formulation) {
    checkNotNull(formulation, "formulation must not be null");
    return validator.validate(formulation).findings().stream()
        .filter(f -> f.code().equals(RULE)).collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return whether nothing keeps the formulation's words from the family}
   *
   * @param formulation the formulation, draft or not
   */
  public boolean isReady(Formulation formulation) {
    return blockers(formulation).isEmpty();
  }

  @Override
  public String toString() {
    return "FamilyReadiness{rule=" + RULE + "}";
  }
}

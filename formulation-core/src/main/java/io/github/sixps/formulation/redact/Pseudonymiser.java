package io.github.sixps.formulation.redact;

import com.google.common.base.MoreObjects;
import com.google.common.base.Preconditions;
import io.github.sixps.formulation.model.Formulation;
import java.util.Objects;

/**
 * Turns a real formulation into a training example: every person and contributor is replaced by a
 * role-based placeholder everywhere their name occurs, free text included; agencies become
 * generic; dates can be moved by a fixed number of days.
 *
 * <pre>{@code
 * Redaction r = Pseudonymiser.builder().shiftDays(-90).build().redact(formulation);
 * Formulation example = r.formulation();   // "Amira's mum" is now "Child A's mum"
 * r.report().forEach(System.out::println); // what to check by hand
 * }</pre>
 *
 * <p>What it does:
 *
 * <ul>
 *   <li><b>People</b> become "Child A", "Child B", "Young person A", "Parent 1", "Carer 1",
 *       "Sibling 1", "Grandparent 1", "Relative 1", "Friend 1" or "Family member 1", lettered or
 *       numbered by role in file order.
 *   <li><b>Contributors</b> become their role, made generic and numbered when it repeats: "Social
 *       worker", "Deputy head", "Team manager 2".
 *   <li><b>Names in text</b>, the title included, are found as the full name, each word of it
 *       (the first name alone, the surname alone), in any case, with possessives ("Amira's") and
 *       titles ("Mr Okafor"), with or without accents, as whole words in any script (inside a
 *       run of text in scripts written without spaces, such as Chinese). A name that is also an
 *       ordinary word (Park, Green, Will, Hope) is replaced only where it is used as a name, and
 *       reported where that cannot be told. Other spellings of a name, in any script, are given
 *       in the person's {@code name}, as in {@code Amy Green (امی)}, and are replaced as well. A
 *       family named in the form "the Ahmed family" becomes "the family". When two people share
 *       a word of their names, the first listed gets it and the report says so.
 *   <li><b>The formulation's own id</b>, in a real case its case reference, becomes {@value
 *       #REDACTED_ID}, and so does each mention of it in text: a training copy must not lead
 *       back to the case. A blank id stays blank.
 *   <li><b>Ids</b> of items stay as they are, so references keep working, except ids that carry
 *       a name ({@code amira}, {@code amira-mum}, {@code liwei}, {@code jblake}): those become the
 *       placeholder of the first name in them, in kebab case ({@code child-a}), in every
 *       reference and wherever the id is written in text.
 *   <li><b>Agencies</b>, when {@linkplain Builder#replaceAgencies replaced}, become "the
 *       school", "the health service", "the police", "children's social care", "the early help
 *       service" or "a partner agency", in the contributor's agency and in text.
 *   <li><b>Dates</b> of the formulation, actions, the next review and reviews move by
 *       {@linkplain Builder#shiftDays the same number of days}, so intervals are kept, and so do
 *       dates written in text ("7 December", "March 2019", "14/03/2015"). The chronology's
 *       dates, people's births and deaths and partnerships' dates move too, keeping their
 *       precision: a month or a year moves as its middle does, as "March 2019" in text does, and
 *       a rough date stays rough. With no shift set, they stay where they are, births included.
 *   <li><b>The chronology and the family tree</b>: the text of each event (what happened, its
 *       source, its kind, its impact) and each household's name are redacted as all text is;
 *       the people of events, of the family tree's links and of households follow their ids.
 * </ul>
 *
 * <p>{@link Redaction#replacements()} lists what was replaced, field by field. It cannot know
 * every name: someone mentioned only in text, a pet, a street, a name in another script or
 * another grammatical form. So the {@link Redaction#report() report} lists what it could not be
 * sure of, for the caller to decide: capitalised words that are not known names, text in another
 * script, other forms of names, names that may be ordinary words, dates it could not move. The same
 * formulation and settings always give the same output. Pseudonymisers are immutable and safe to
 * share between threads.
 */
public final class Pseudonymiser {
  /** The most days dates may move, a hundred years either way. */
  public static final int MAX_SHIFT_DAYS = 36_525;

  /** The id a redacted formulation has in place of its own (its case reference). */
  public static final String REDACTED_ID = "redacted";

  private static final Pseudonymiser STANDARD = builder().build();

  private final boolean replaceAgencies;
  private final int shiftDays;

  private Pseudonymiser(Builder b) {
    replaceAgencies = b.replaceAgencies;
    shiftDays = b.shiftDays;
  }

  /** {@return a pseudonymiser that replaces agencies and leaves dates where they are} */
  public static Pseudonymiser standard() {
    return STANDARD;
  }

  /** {@return a builder starting from the {@linkplain #standard() standard} settings} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this pseudonymiser's settings, to make a changed copy} */
  public Builder toBuilder() {
    return new Builder().replaceAgencies(replaceAgencies).shiftDays(shiftDays);
  }

  /** {@return whether agencies are replaced with generic ones} */
  public boolean replacesAgencies() {
    return replaceAgencies;
  }

  /** {@return how many days dates move; negative moves them earlier} */
  public int shiftDays() {
    return shiftDays;
  }

  /**
   * Pseudonymises a formulation. The formulation given is not changed.
   *
   * @param formulation the real formulation, draft or not
   * @return the pseudonymised formulation, the things in it to check by hand, and the key from real
   *     names to placeholders
   */
  public Redaction redact(Formulation formulation) {
    Preconditions.checkNotNull(formulation, "formulation");
    return new Pseudonymisation(formulation, replaceAgencies, shiftDays).redact();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Pseudonymiser other
        && replaceAgencies == other.replaceAgencies
        && shiftDays == other.shiftDays;
  }

  @Override
  public int hashCode() {
    return Objects.hash(replaceAgencies, shiftDays);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper(this)
        .add("replaceAgencies", replaceAgencies)
        .add("shiftDays", shiftDays)
        .toString();
  }

  /**
   * Builds a {@link Pseudonymiser}. Unless set, agencies are replaced and dates stay where they
   * are.
   */
  public static final class Builder {
    private boolean replaceAgencies = true;
    private int shiftDays;

    private Builder() {}

    /**
     * Whether to replace each contributor's agency with a generic one, in the contributor and in
     * text; {@code true} by default. Names inside a kept agency are replaced all the same.
     *
     * @param value {@code true} to replace agencies, {@code false} to keep them as written
     * @return this builder
     */
    public Builder replaceAgencies(boolean value) {
      replaceAgencies = value;
      return this;
    }

    /**
     * How many days to move every date by, keeping the intervals between them; 0 by default.
     * Dates written inside free text move too, where they can be read as dates; those that
     * cannot (a day alone, a day of the week) are in the report.
     *
     * @param days how many days to move dates; negative moves them earlier
     * @return this builder
     * @throws IllegalArgumentException if {@code days} is more than {@link #MAX_SHIFT_DAYS} either
     *     way
     */
    public Builder shiftDays(int days) {
      Preconditions.checkArgument(Math.abs((long) days) <= MAX_SHIFT_DAYS,
          "shiftDays must be between -%s and %s (a hundred years either way), but was %s",
          MAX_SHIFT_DAYS, MAX_SHIFT_DAYS, days);
      shiftDays = days;
      return this;
    }

    /** {@return the pseudonymiser built from these settings} */
    public Pseudonymiser build() {
      return new Pseudonymiser(this);
    }
  }
}

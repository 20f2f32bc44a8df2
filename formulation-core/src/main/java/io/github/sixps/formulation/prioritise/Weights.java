package io.github.sixps.formulation.prioritise;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import io.github.sixps.formulation.spelling.NearestMatch;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.ObjIntConsumer;

/**
 * How much each criterion counts towards a perpetuating factor's score: a whole number from 0 to
 * {@value #MAX} per point of impact, urgency, changeability and family priority, and per
 * presenting issue the factor keeps going.
 *
 * <p>The standard weights are impact 3, urgency 3, changeability 2, family priority 2 and 1 per
 * presenting issue. Impact and urgency count most because they say how much the factor matters
 * and how soon; changeability and the family's own priority say whether working on it now is
 * likely to succeed; reach breaks near ties in favour of the factor behind more of the worries.
 *
 * <pre>{@code
 * Weights w = Weights.parse("familyPriority=4,changeability=1");  // others keep the standard
 * Weights same = Weights.builder().familyPriority(4).changeability(1).build();
 * // "impact=3,urgency=3,changeability=1,familyPriority=4,reachPerIssue=1"
 * String text = w.toString();
 * }</pre>
 */
public final class Weights {
  /** The largest weight allowed; large enough for any sensible method, small enough to add up. */
  public static final int MAX = 100;

  private static final Weights STANDARD = new Builder().build();

  // The names parse() accepts, in the order toString() writes them; each sets one weight.
  private static final ImmutableMap<String, ObjIntConsumer<Builder>> NAMES =
      ImmutableMap.<String, ObjIntConsumer<Builder>>builder()
          .put("impact", Builder::impact)
          .put("urgency", Builder::urgency)
          .put("changeability", Builder::changeability)
          .put("familyPriority", Builder::familyPriority)
          .put("reachPerIssue", Builder::reachPerIssue)
          .build();

  private final int impact;
  private final int urgency;
  private final int changeability;
  private final int familyPriority;
  private final int reachPerIssue;

  private Weights(Builder b) {
    impact = b.impact;
    urgency = b.urgency;
    changeability = b.changeability;
    familyPriority = b.familyPriority;
    reachPerIssue = b.reachPerIssue;
  }

  /**
   * {@return the standard weights} They are impact 3, urgency 3, changeability 2, family priority 2
   * and reach 1.
   */
  public static Weights standard() {
    return STANDARD;
  }

  /** {@return a builder starting from the standard weights} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding these weights, to make a changed copy} */
  public Builder toBuilder() {
    return new Builder()
        .impact(impact)
        .urgency(urgency)
        .changeability(changeability)
        .familyPriority(familyPriority)
        .reachPerIssue(reachPerIssue);
  }

  /**
   * Reads weights written as comma-separated {@code name=value} pairs, such as
   * {@code "impact=3,urgency=3"}, the form {@link #toString()} writes. The names are
   * {@code impact}, {@code urgency}, {@code changeability}, {@code familyPriority} and
   * {@code reachPerIssue}; each value is a whole number from 0 to {@value #MAX}. Names left out
   * keep their standard weight. Spaces around names, values and commas are ignored.
   *
   * @param text the pairs, such as {@code "familyPriority=4,changeability=1"}
   * @return the weights, with names left out at their standard weight
   * @throws IllegalArgumentException naming the pair at fault: an unknown name (with the nearest
   *     known one, if any is close), a name given twice, a missing or bad value, an empty entry
   */
  public static Weights parse(String text) {
    checkNotNull(text, "text must not be null");
    checkArgument(!text.isBlank(),
        "weights text is blank; write weights as name=value pairs, such as impact=3,urgency=3");
    Builder b = new Builder();
    Set<String> seen = new HashSet<>();
    for (String entry : text.split(",", -1)) {
      String pair = entry.strip();
      checkArgument(!pair.isEmpty(),
          "weights text \"%s\" has an empty entry; separate name=value pairs with one comma",
          text);
      int equals = pair.indexOf('=');
      String name = (equals < 0 ? pair : pair.substring(0, equals)).strip();
      checkArgument(!name.isEmpty(), "weight \"%s\" has no name; the weights are %s", pair,
          String.join(", ", NAMES.keySet()));
      ObjIntConsumer<Builder> setter = NAMES.get(name);
      checkArgument(setter != null, "unknown weight \"%s\"; %s", name, hintFor(name));
      checkArgument(equals >= 0, "weight \"%s\" has no value; write it as %s=3", name, name);
      checkArgument(seen.add(name), "weight \"%s\" is given twice", name);
      String value = pair.substring(equals + 1).strip();
      setter.accept(b, wholeNumber(name, value));
    }
    return b.build();
  }

  private static String hintFor(String name) {
    // A misspelling, or the start of a longer name: "reach" for reachPerIssue.
    Optional<String> near = NearestMatch.among(name, NAMES.keySet())
        .or(() -> NAMES.keySet().stream()
            .filter(n -> n.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT)))
            .findFirst());
    return near.map(n -> "did you mean \"" + n + "\"?")
        .orElse("the weights are " + String.join(", ", NAMES.keySet()));
  }

  private static int wholeNumber(String name, String value) {
    // Plain ASCII digits only: Integer.parseInt would also take "+3" and other scripts' digits.
    boolean digits = value.matches("[0-9]{1,9}");
    int parsed = digits ? Integer.parseInt(value) : -1;
    checkArgument(parsed >= 0 && parsed <= MAX,
        "weight %s=%s is not a whole number from 0 to %s", name, value, MAX);
    return parsed;
  }

  /** {@return points per point of impact (1 to 5)} */
  public int impact() {
    return impact;
  }

  /** {@return points per point of urgency (1 to 5)} */
  public int urgency() {
    return urgency;
  }

  /** {@return points per point of changeability (1 to 5)} */
  public int changeability() {
    return changeability;
  }

  /** {@return points per point of the family's own priority (1 to 5)} */
  public int familyPriority() {
    return familyPriority;
  }

  /** {@return points per presenting issue the factor keeps going} */
  public int reachPerIssue() {
    return reachPerIssue;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Weights)) {
      return false;
    }
    Weights other = (Weights) o;
    return impact == other.impact
        && urgency == other.urgency
        && changeability == other.changeability
        && familyPriority == other.familyPriority
        && reachPerIssue == other.reachPerIssue;
  }

  @Override
  public int hashCode() {
    return Objects.hash(impact, urgency, changeability, familyPriority, reachPerIssue);
  }

  /**
   * Every weight as {@code name=value} pairs, such as
   * {@code "impact=3,urgency=3,changeability=2,familyPriority=2,reachPerIssue=1"}; {@link
   * #parse(String)} reads it back.
   */
  @Override
  public String toString() {
    return "impact=" + impact + ",urgency=" + urgency + ",changeability=" + changeability
        + ",familyPriority=" + familyPriority + ",reachPerIssue=" + reachPerIssue;
  }

  /** Builds {@link Weights}; each weight is a whole number from 0 to {@value Weights#MAX}. */
  public static final class Builder {
    private int impact = 3;
    private int urgency = 3;
    private int changeability = 2;
    private int familyPriority = 2;
    private int reachPerIssue = 1;

    private Builder() {}

    /**
     * Sets the points per point of impact; 3 by default.
     *
     * @param value points per point of impact, from 0 to {@value Weights#MAX}
     * @return this builder
     * @throws IllegalArgumentException if the value is outside 0 to {@value Weights#MAX}
     */
    public Builder impact(int value) {
      impact = checked(value, "impact");
      return this;
    }

    /**
     * Sets the points per point of urgency; 3 by default.
     *
     * @param value points per point of urgency, from 0 to {@value Weights#MAX}
     * @return this builder
     * @throws IllegalArgumentException if the value is outside 0 to {@value Weights#MAX}
     */
    public Builder urgency(int value) {
      urgency = checked(value, "urgency");
      return this;
    }

    /**
     * Sets the points per point of changeability; 2 by default.
     *
     * @param value points per point of changeability, from 0 to {@value Weights#MAX}
     * @return this builder
     * @throws IllegalArgumentException if the value is outside 0 to {@value Weights#MAX}
     */
    public Builder changeability(int value) {
      changeability = checked(value, "changeability");
      return this;
    }

    /**
     * Sets the points per point of the family's own priority; 2 by default.
     *
     * @param value points per point of family priority, from 0 to {@value Weights#MAX}
     * @return this builder
     * @throws IllegalArgumentException if the value is outside 0 to {@value Weights#MAX}
     */
    public Builder familyPriority(int value) {
      familyPriority = checked(value, "familyPriority");
      return this;
    }

    /**
     * Sets the points per presenting issue the factor keeps going; 1 by default.
     *
     * @param value points per presenting issue, from 0 to {@value Weights#MAX}
     * @return this builder
     * @throws IllegalArgumentException if the value is outside 0 to {@value Weights#MAX}
     */
    public Builder reachPerIssue(int value) {
      reachPerIssue = checked(value, "reachPerIssue");
      return this;
    }

    private static int checked(int value, String name) {
      checkArgument(value >= 0 && value <= MAX,
          "%s weight must be from 0 to %s, but was %s", name, MAX, value);
      return value;
    }

    /** {@return the weights built from what was set} */
    public Weights build() {
      return new Weights(this);
    }
  }
}

package io.github.sixps.formulation.redact;

import com.google.common.base.MoreObjects;
import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.sixps.formulation.model.Contributor;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Item;
import io.github.sixps.formulation.model.Person;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 *       titles ("Mr Okafor"), as whole words in any script. A family named in the form "the Ahmed
 *       family" becomes "the family". When two people share a word of their names, the first
 *       listed gets it and the report says so.
 *   <li><b>The formulation's own id</b>, in a real case its case reference, becomes {@value
 *       #REDACTED_ID}, and so does each mention of it in text: a training copy must not lead
 *       back to the case. A blank id stays blank.
 *   <li><b>Ids</b> of items stay as they are, so references keep working, except ids that contain
 *       a name ({@code amira}, {@code amira-mum}): those become the placeholder of the first
 *       name in them, in kebab case ({@code child-a}), in every reference too.
 *   <li><b>Agencies</b>, when {@linkplain Builder#replaceAgencies replaced}, become "the
 *       school", "the health service", "the police", "children's social care", "the early help
 *       service" or "a partner agency", in the contributor's agency and in text.
 *   <li><b>Dates</b> of the formulation, actions, the next review and reviews move by
 *       {@linkplain Builder#shiftDays the same number of days}, so intervals are kept.
 * </ul>
 *
 * <p>It cannot know every name: someone mentioned only in text, a pet, a street. So the {@link
 * Redaction#report() report} lists what it could not be sure of, for the caller to decide. The same
 * formulation and settings always give the same output. Pseudonymisers are immutable and safe to
 * share between threads.
 */
public final class Pseudonymiser {
  /** The most days dates may move, a hundred years either way. */
  public static final int MAX_SHIFT_DAYS = 36_525;

  /** The id a redacted formulation has in place of its own (its case reference). */
  public static final String REDACTED_ID = "redacted";

  private static final Pattern NAMED_FAMILY = Pattern.compile(
      "(?<![\\p{L}\\p{N}])(the|The|THE)\\s+\\p{Lu}[\\p{L}\\p{M}'\u2019-]*(\\s+)(famil(?:y|ies))"
          + "(?![\\p{L}\\p{N}])");

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
    return new Run(formulation).redact();
  }

  /** One pseudonymisation: the placeholders and matchers made for one formulation. */
  private final class Run {
    private final Formulation original;
    private final List<String> peopleNames;
    private final List<String> contributorRoles = new ArrayList<>();
    private final List<String> contributorNames;
    private final Map<String, String> agencies = new LinkedHashMap<>();
    private final NameMatcher names;
    private final Map<String, String> ids = new HashMap<>();
    private final Set<String> usedIds = new HashSet<>();
    private final Set<String> known = new HashSet<>();
    private final Set<Uncertainty> report = new LinkedHashSet<>();

    Run(Formulation f) {
      original = f;
      Set<String> taken = new HashSet<>();
      peopleNames = Placeholders.forPeople(f.people(), taken);
      // A role may name someone ("Amira's teacher"); the roles are cleaned before they become
      // placeholders, with colleagues' names made neutral since their placeholders are not known
      // yet.
      NameMatcher.Builder forRoles = NameMatcher.builder();
      for (int i = 0; i < f.people().size(); i++) {
        forRoles.addName(f.people().get(i).name(), peopleNames.get(i));
      }
      f.contributors().forEach(c -> forRoles.addName(c.name(), "a colleague"));
      NameMatcher roleMatcher = forRoles.build();
      for (Contributor c : f.contributors()) {
        contributorRoles.add(
            Placeholders.roleOf(c, role -> roleMatcher.replace(role, (used, all) -> { })));
      }
      contributorNames = Placeholders.forContributors(contributorRoles, taken);

      NameMatcher.Builder all = NameMatcher.builder();
      for (int i = 0; i < f.people().size(); i++) {
        all.addName(f.people().get(i).name(), peopleNames.get(i));
      }
      for (int i = 0; i < f.contributors().size(); i++) {
        all.addName(f.contributors().get(i).name(), contributorNames.get(i));
      }
      if (replaceAgencies) {
        for (Contributor c : f.contributors()) {
          c.agency().filter(a -> !a.isBlank())
              .ifPresent(a -> agencies.putIfAbsent(a, Agencies.generic(a)));
        }
        agencies.forEach(all::addPhrase);
      }
      if (!f.id().isBlank()) {
        all.addPhrase(f.id(), REDACTED_ID);
      }
      names = all.build();

      peopleNames.forEach(this::know);
      contributorNames.forEach(this::know);
      Agencies.genericNames().forEach(this::know);
      know("Family");
      if (!replaceAgencies) {
        f.contributors().forEach(c -> c.agency().ifPresent(this::know));
      }
      // Ids that stay are reserved first, so that a changed id never takes one of theirs.
      for (Item item : f.items()) {
        if (!names.findsIn(item.id())) {
          usedIds.add(item.id());
        }
      }
    }

    private void know(String words) {
      for (String word : words.split("[^\\p{L}\\p{M}\\p{N}'\u2019]+")) {
        if (!word.isEmpty()) {
          known.add(word);
        }
      }
    }

    Redaction redact() {
      Formulation redacted = Rewrite.apply(original, new Rewrite.Edits() {
        @Override
        public String text(String path, String text) {
          return redactText(path, text, !path.equals("framework"));
        }

        @Override
        public String id(String id) {
          return newId(id);
        }

        @Override
        public String formulationId(String id) {
          return id.isBlank() ? id : REDACTED_ID;
        }

        @Override
        public LocalDate date(LocalDate date) {
          return date.plusDays(shiftDays);
        }

        @Override
        public Person person(String path, int index, Person p) {
          return new Person(p.id(), peopleNames.get(index), p.role(), p.age());
        }

        @Override
        public Contributor contributor(String path, int index, Contributor c) {
          return new Contributor(c.id(), contributorNames.get(index),
              c.role().map(r -> contributorRoles.get(index)),
              c.agency().map(a -> replaceAgencies
                  ? Agencies.generic(a)
                  : redactText(path + ".agency", a, false)));
        }
      });
      ImmutableMap.Builder<String, String> key = ImmutableMap.builder();
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < original.people().size(); i++) {
        if (seen.add(original.people().get(i).name())) {
          key.put(original.people().get(i).name(), peopleNames.get(i));
        }
      }
      for (int i = 0; i < original.contributors().size(); i++) {
        if (seen.add(original.contributors().get(i).name())) {
          key.put(original.contributors().get(i).name(), contributorNames.get(i));
        }
      }
      return new Redaction(redacted, ImmutableList.copyOf(report), key.build());
    }

    private String redactText(String path, String text, boolean scan) {
      Matcher family = NAMED_FAMILY.matcher(text);
      String withoutFamily = family.replaceAll(m -> Matcher.quoteReplacement(
          m.group(1) + m.group(2) + m.group(3)));
      String redacted = names.replace(withoutFamily, (used, all) -> report.add(new Uncertainty(
          path, used, UncertaintyKind.SHARED_NAME,
          "a name shared by " + String.join(", ", all) + "; check which of them is meant")));
      if (scan) {
        Leftovers.scan(path, redacted, known, shiftDays != 0, report);
      }
      return redacted;
    }

    /** The id, or the id with every name in it made its placeholder in kebab case. */
    private String newId(String id) {
      String mapped = ids.get(id);
      if (mapped != null) {
        return mapped;
      }
      if (!names.findsIn(id)) {
        mapped = id;
      } else {
        // The whole id goes, not just the name in it: what is left of "o-briain" once "briain"
        // is replaced still says who it was.
        String base = names.firstReplacementIn(id).map(Pseudonymiser::kebab)
            .filter(k -> !k.isEmpty()).orElse("someone");
        mapped = base;
        for (int n = 2; !usedIds.add(mapped); n++) {
          mapped = base + "-" + n;
        }
      }
      ids.put(id, mapped);
      return mapped;
    }
  }

  /** "Child A's teacher" becomes {@code child-a-s-teacher}. */
  private static String kebab(String placeholder) {
    return placeholder.toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{M}\\p{N}]+", "-")
        .replaceAll("^-+|-+$", "");
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
     * Dates written inside free text do not move; the report lists them.
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

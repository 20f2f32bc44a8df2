package io.github.sixps.formulation.redact;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.sixps.formulation.model.Contributor;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Item;
import io.github.sixps.formulation.model.Person;
import java.lang.Character.UnicodeScript;
import io.github.sixps.formulation.model.EventDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pseudonymisation: the placeholders, matchers and reports made for one formulation by one
 * {@link Pseudonymiser}. Used once.
 */
final class Pseudonymisation {
  private static final Pattern NAMED_FAMILY = Pattern.compile(
      "(?<![\\p{L}\\p{N}])(the|The|THE)\\s+\\p{Lu}[\\p{L}\\p{M}'\u2019-]*(\\s+)(famil(?:y|ies))"
          + "(?![\\p{L}\\p{N}])");

  private final Formulation original;
  private final boolean replaceAgencies;
  private final int shiftDays;
  private final List<String> peopleNames;
  private final List<String> contributorRoles = new ArrayList<>();
  private final List<String> contributorNames;
  private final NameMatcher names;
  private final Map<String, String> idsInText = new HashMap<>();
  private final Pattern idPattern;
  private final TextDates dates;
  private final UnicodeScript mainScript;
  private final Map<String, String> ids = new HashMap<>();
  private final Set<String> usedIds = new HashSet<>();
  private final Set<String> known = new HashSet<>();
  private final List<Replacement> replaced = new ArrayList<>();
  private final Set<Uncertainty> report = new LinkedHashSet<>();

  Pseudonymisation(Formulation f, boolean replaceAgencies, int shiftDays) {
    original = f;
    this.replaceAgencies = replaceAgencies;
    this.shiftDays = shiftDays;
    dates = new TextDates(shiftDays, f.formulatedOn());
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
      contributorRoles.add(Placeholders.roleOf(c,
          role -> roleMatcher.replace(role, new NameMatcher.Found() { })));
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
      Map<String, String> agencies = new LinkedHashMap<>();
      for (Contributor c : f.contributors()) {
        c.agency().filter(a -> !a.isBlank())
            .ifPresent(a -> agencies.putIfAbsent(a, Agencies.generic(a)));
      }
      agencies.forEach(all::addPhrase);
    }
    if (!f.id().isBlank()) {
      all.addPhrase(f.id(), Pseudonymiser.REDACTED_ID);
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
      if (names.ownerOfId(item.id()).isEmpty()) {
        usedIds.add(item.id());
      }
    }
    // An id written into text ("see liwei's note") goes as the id does, written exactly as the
    // id is: "will-park" is the id, "Will Park" the name and "will park" two ordinary words.
    List<String> changed = new ArrayList<>();
    for (Item item : f.items()) {
      String now = newId(item.id());
      boolean oneWord = !item.id().matches(".*[-_\\s].*");
      if (!now.equals(item.id()) && !(oneWord && names.isForm(item.id()))) {
        idsInText.put(item.id(), now);
        changed.add(Pattern.quote(item.id()));
      }
    }
    changed.sort(Comparator.comparingInt((String x) -> -x.length())
        .thenComparing(Comparator.naturalOrder()));
    idPattern = changed.isEmpty() ? null : Pattern.compile(
        "(?<![\\p{L}\\p{M}\\p{N}_-])(?:" + String.join("|", changed) + ")(?![\\p{L}\\p{M}\\p{N}_-])");
    mainScript = mainScript(f);
  }

  /** The script most of the names and free text are written in. */
  private static UnicodeScript mainScript(Formulation f) {
    Map<UnicodeScript, Integer> counts = Scripts.counts();
    Rewrite.texts(f).forEach(text -> Scripts.count(text, counts));
    f.people().forEach(p -> Scripts.count(p.name(), counts));
    f.contributors().forEach(c -> Scripts.count(c.name(), counts));
    return Scripts.main(counts);
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
        if (id.isBlank()) {
          return id;
        }
        replaced.add(new Replacement("id", Replacement.Kind.CASE_REFERENCE,
            Pseudonymiser.REDACTED_ID));
        return Pseudonymiser.REDACTED_ID;
      }

      @Override
      public LocalDate date(LocalDate date) {
        return date.plusDays(shiftDays);
      }

      @Override
      public EventDate eventDate(EventDate date) {
        return dates.shift(date);
      }

      @Override
      public Person person(String path, int index, Person p) {
        noteId(path, original.people().get(index).id(), p.id());
        replaced.add(new Replacement(path + ".name", Replacement.Kind.NAME,
            peopleNames.get(index)));
        return new Person(p.id(), peopleNames.get(index), p.role(), p.age(), p.gender(),
            p.born(), p.died(), p.language());
      }

      @Override
      public Contributor contributor(String path, int index, Contributor c) {
        noteId(path, original.contributors().get(index).id(), c.id());
        replaced.add(new Replacement(path + ".name", Replacement.Kind.NAME,
            contributorNames.get(index)));
        c.agency().filter(a -> replaceAgencies && !a.isBlank()).ifPresent(a -> replaced.add(
            new Replacement(path + ".agency", Replacement.Kind.AGENCY, Agencies.generic(a))));
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
    return new Redaction(redacted, ImmutableList.copyOf(replaced), ImmutableList.copyOf(report),
        key.build());
  }

  private void noteId(String path, String before, String after) {
    if (!before.equals(after)) {
      replaced.add(new Replacement(path + ".id", Replacement.Kind.ID, after));
    }
  }

  private String redactText(String path, String text, boolean scan) {
    Matcher family = NAMED_FAMILY.matcher(text);
    String withoutFamily = family.replaceAll(m -> {
      replaced.add(new Replacement(path, Replacement.Kind.FAMILY_NAME, m.group(3)));
      return Matcher.quoteReplacement(m.group(1) + m.group(2) + m.group(3));
    });
    String withoutIds = idPattern == null ? withoutFamily
        : idPattern.matcher(withoutFamily).replaceAll(m -> {
          String now = idsInText.get(m.group());
          replaced.add(new Replacement(path, Replacement.Kind.ID, now));
          return Matcher.quoteReplacement(now);
        });
    String redacted = names.replace(withoutIds, new NameMatcher.Found() {
      @Override
      public void replaced(String placeholder) {
        replaced.add(new Replacement(path, kindOf(placeholder), placeholder));
      }

      @Override
      public void shared(String placeholder, List<String> all) {
        report.add(new Uncertainty(path, placeholder, UncertaintyKind.SHARED_NAME,
            "a name shared by " + String.join(", ", all) + "; check which of them is meant"));
      }

      @Override
      public void unsure(String word, String placeholder) {
        report.add(new Uncertainty(path, word, UncertaintyKind.AMBIGUOUS_NAME,
            "part of the name of " + placeholder + " and an ordinary word too, and it could not "
                + "be told which it is here; kept as it was: replace it if it is the name"));
      }
    });
    redacted = dates.shift(redacted, new TextDates.Found() {
      @Override
      public void shifted(String now, boolean full) {
        replaced.add(new Replacement(path, Replacement.Kind.DATE, now));
      }

      @Override
      public void unsure(String found, UncertaintyKind kind, String note) {
        if (scan) {
          report.add(new Uncertainty(path, found, kind, note));
        }
      }
    });
    if (scan) {
      for (Inflections.Found f : names.inflectionsIn(redacted)) {
        report.add(new Uncertainty(path, f.word(), UncertaintyKind.NAME_FORM,
            "it looks like another form of the name of " + f.placeholder() + " (as Zosią is of "
                + "Zosia); replace it if it is"));
      }
      Leftovers.scan(path, redacted, known, mainScript, report);
    }
    return redacted;
  }

  /** A replacement of an agency or the case reference is not a name; the rest are. */
  private Replacement.Kind kindOf(String placeholder) {
    if (placeholder.equals(Pseudonymiser.REDACTED_ID)) {
      return Replacement.Kind.CASE_REFERENCE;
    }
    return replaceAgencies && Agencies.genericNames().contains(placeholder)
        && !peopleNames.contains(placeholder) && !contributorNames.contains(placeholder)
        ? Replacement.Kind.AGENCY : Replacement.Kind.NAME;
  }

  /** The id, or, when it carries a name, the placeholder of that name in kebab case. */
  private String newId(String id) {
    String mapped = ids.get(id);
    if (mapped != null) {
      return mapped;
    }
    // The whole id goes, not just the name in it: what is left of "o-briain" once "briain"
    // is replaced still says who it was.
    mapped = names.ownerOfId(id).map(Pseudonymisation::kebab).map(base -> {
      String next = base.isEmpty() ? "someone" : base;
      String unique = next;
      for (int n = 2; !usedIds.add(unique); n++) {
        unique = next + "-" + n;
      }
      return unique;
    }).orElse(id);
    ids.put(id, mapped);
    return mapped;
  }

  /** "Child A's teacher" becomes {@code child-a-s-teacher}. */
  private static String kebab(String placeholder) {
    return placeholder.toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{M}\\p{N}]+", "-")
        .replaceAll("^-+|-+$", "");
  }
}

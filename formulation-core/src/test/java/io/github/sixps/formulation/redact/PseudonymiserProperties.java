package io.github.sixps.formulation.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.io.FileFormat;
import io.github.sixps.formulation.io.FormulationWriter;
import io.github.sixps.formulation.model.Action;
import io.github.sixps.formulation.model.ActionStatus;
import io.github.sixps.formulation.model.ChildsVoice;
import io.github.sixps.formulation.model.Contributor;
import io.github.sixps.formulation.model.Event;
import io.github.sixps.formulation.model.EventDate;
import io.github.sixps.formulation.model.EventTone;
import io.github.sixps.formulation.model.FamilyTree;
import io.github.sixps.formulation.model.Household;
import io.github.sixps.formulation.model.ParentKind;
import io.github.sixps.formulation.model.ParentLink;
import io.github.sixps.formulation.model.Factor;
import io.github.sixps.formulation.model.FactorKind;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Goal;
import io.github.sixps.formulation.model.Hypothesis;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.model.PersonRole;
import io.github.sixps.formulation.model.Plan;
import io.github.sixps.formulation.model.PresentingIssue;
import io.github.sixps.formulation.model.Review;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What holds for every pseudonymised formulation whose text mentions its people by name in the
 * many ways people write names: names from many languages and scripts, and names that are also
 * ordinary words, among ordinary words that are also names.
 */
class PseudonymiserProperties {

  /**
   * First names, some of them also parts of ordinary words (Ann in annual, Eve in evening, Al in
   * also), with accents, apostrophes, hyphens and other scripts.
   */
  static final List<String> FIRST = List.of(
      "Amira", "Sara", "Jo", "Ann", "Anna", "Eve", "Al", "Ed", "Art", "Rose", "Dawn", "Zoë",
      "Łukasz", "عائشة", "Siobhán", "Chloé", "Mohammed", "Aoife", "Kai", "Li", "Nkechi",
      "Oluwaseun", "Jean-Paul", "Mary-Jane", "D'Arcy", "Priya", "Björn", "Saoirse", "José", "Ayşe",
      "Dmitri", "Дмитрий", "Mia", "Sam", "Tymon", "Zofia", "Nguyễn", "Ifeoma", "Kaveh", "Max",
      "Hope", "Joy", "Will", "Mark", "Grace", "امی", "زوسیا", "রহিম", "সুমি", "李伟", "王芳",
      "Νίκος", "प्रिया", "נועה", "Ayọ̀kúnlé", "Þóra");

  static final List<String> SURNAMES = List.of(
      "O'Neill", "Smith-Jones", "Lee", "Ng", "Okafor", "Kowalski", "Ahmed", "Brown", "MacDonald",
      "D’Souza", "van der Berg", "Nowak", "Åberg", "Müller", "Öztürk", "Wright", "Hall", "Bell",
      "Stone", "Shah", "Patel", "Ó Briain", "Al-Amin", "Gill", "Mann", "Rowe", "Blake", "Lloyd",
      "Wójcik", "Иванова", "Chen", "Park", "Green", "Hill", "Young", "Rose", "Bell", "Hope",
      "Joy", "Mark", "حسین", "চৌধুরী", "陈", "Nowakowska", "Παπαδόπουλος");

  static final List<String> TITLES = List.of("Mr", "Mrs", "Ms", "Miss", "Dr", "Dr.", "MR", "mrs");

  /** Ordinary words, some of which contain names: annual, evening, also, hallway, Leeds. */
  static final List<String> FILLER = List.of(
      "the", "family", "annual", "review", "evening", "every", "also", "edited", "artist",
      "arose", "hallway", "Leeds", "bellow", "stonework", "shahs", "manner", "school", "said",
      "that", "mornings", "are", "hard", "and", "was", "tired", "Anniversary", "Alright",
      "Everyone", "sleep", "is", "better", "now", "with", "support", "from", "nearby", "walks",
      "to", "home", "often", "worried", "about", "money", "at", "weekends", "park", "green",
      "will", "hope", "rose", "mark", "bell", "hill", "young", "joy", "brown", "stone", "hall",
      "dawn", "grace", "art", "max", "eve");

  static final List<String> ROLES = List.of(
      "Social worker", "Deputy head", "Team manager", "School nurse",
      "Family support practitioner", "Head of year", "Youth worker", "team manager");

  static final List<String> AGENCIES = List.of(
      "Riverside Primary School", "Millbay Surgery", "West Yorkshire Police",
      "Early help service", "Westcountry Young Carers", "Children's social care");

  record Named(String id, String name, String first, Optional<String> surname) {}

  record Cast(List<Person> people, List<Contributor> contributors, List<Named> named) {}

  /** A generated formulation and the names it was made from. */
  record Example(Formulation formulation, List<Named> cast) {}

  @Provide
  Arbitrary<Example> mentioningFormulations() {
    Arbitrary<String> first = Arbitraries.of(FIRST);
    Arbitrary<Optional<String>> surname = Arbitraries.of(SURNAMES).optional(0.7);
    Arbitrary<Named> personName = Combinators.combine(first, surname, Arbitraries.integers()
        .between(0, 2)).as((f, s, idStyle) -> {
          String name = s.map(x -> f + " " + x).orElse(f);
          String id = switch (idStyle) {
            case 0 -> f.toLowerCase(Locale.ROOT);
            case 1 -> f.toLowerCase(Locale.ROOT) + "-" + s.orElse("x").toLowerCase(Locale.ROOT)
                .replace(' ', '-');
            default -> "n" + Math.abs(name.hashCode() % 1000);
          };
          return new Named(id, name, f, s);
        });
    Arbitrary<Named> contributorName = Combinators.combine(Arbitraries.of(TITLES).optional(0.3),
        first, Arbitraries.of(SURNAMES)).as((t, f, s) -> new Named(
            s.toLowerCase(Locale.ROOT).replace(' ', '-'),
            t.map(x -> x + " ").orElse("") + f + " " + s, f, Optional.of(s)));
    Arbitrary<Cast> cast = Combinators.combine(
        personName.list().ofMinSize(1).ofMaxSize(5),
        Arbitraries.of(PersonRole.class).list().ofSize(5),
        contributorName.list().ofMaxSize(4),
        Arbitraries.of(ROLES).list().ofSize(4),
        Arbitraries.of(AGENCIES).list().ofSize(4))
        .as((people, roles, contributors, jobs, agencies) -> {
          List<Person> ps = new ArrayList<>();
          List<Named> named = new ArrayList<>();
          for (int i = 0; i < people.size(); i++) {
            ps.add(Person.of(people.get(i).id(), people.get(i).name(), roles.get(i)));
            named.add(people.get(i));
          }
          List<Contributor> cs = new ArrayList<>();
          for (int i = 0; i < contributors.size(); i++) {
            Named c = contributors.get(i);
            cs.add(Contributor.of(c.id(), c.name(), jobs.get(i), agencies.get(i)));
            named.add(c);
          }
          return new Cast(ps, cs, named);
        });
    return Combinators.combine(cast, Arbitraries.randoms()).as(PseudonymiserProperties::build);
  }

  @Provide
  Arbitrary<Pseudonymiser> pseudonymisers() {
    return Combinators.combine(Arbitraries.of(true, false), Arbitraries.integers()
        .between(-400, 400)).as((agencies, days) ->
        Pseudonymiser.builder().replaceAgencies(agencies).shiftDays(days).build());
  }

  @Property(tries = 300)
  void noOriginalNameIsLeftInTheWrittenFile(
      @ForAll("mentioningFormulations") Example e, @ForAll("pseudonymisers") Pseudonymiser p) {
    Formulation f = e.formulation();
    Redaction r = p.redact(f);
    Formulation redacted = r.formulation();
    List<String> stand = new ArrayList<>(r.placeholders().values());
    if (!p.replacesAgencies()) {
      f.contributors().forEach(c -> c.agency().ifPresent(stand::add));
    }
    // Longest first, so "Young person A" goes before a shorter placeholder inside it.
    stand.sort(Comparator.comparingInt(String::length).reversed());
    for (FileFormat format : List.of(FileFormat.YAML, FileFormat.JSON)) {
      String written = FormulationWriter.standard().write(redacted, format);
      for (String placeholder : stand) {
        written = written.replace(placeholder, " ");
      }
      for (String form : nameForms(e.cast())) {
        // A name that is an ordinary word was written as a name (capitalised, with a title or
        // possessive); lower case it is the ordinary word, which must stay.
        boolean ordinary = List.of(form.split("[\\s-]+")).stream().anyMatch(NameUse::ordinary);
        Pattern word = ordinary ? wholeWordAsWritten(form) : wholeWord(form);
        Matcher m = word.matcher(written);
        if (m.find()) {
          int from = Math.max(0, m.start() - 60);
          fail("\"" + form + "\" is still there: ..."
              + written.substring(from, Math.min(written.length(), m.end() + 60)) + "...");
        }
      }
      if (p.replacesAgencies()) {
        for (Contributor c : f.contributors()) {
          String agency = c.agency().orElseThrow();
          // "Early help service" is generic already: it becomes "the early help service".
          boolean generic = Agencies.generic(agency).toLowerCase(Locale.ROOT)
              .contains(agency.toLowerCase(Locale.ROOT));
          if (!generic && wholeWord(agency).matcher(written).find()) {
            fail("the agency \"" + agency + "\" is still there");
          }
        }
      }
    }
  }

  @Property(tries = 200)
  void everyIdThatCarriesANameIsGoneFromEveryReference(
      @ForAll("mentioningFormulations") Example e, @ForAll("pseudonymisers") Pseudonymiser p) {
    Formulation r = p.redact(e.formulation()).formulation();
    Set<String> references = new LinkedHashSet<>();
    r.items().forEach(i -> references.add(i.id()));
    r.presenting().forEach(i -> references.addAll(i.sources()));
    r.allFactors().forEach(i -> references.addAll(i.sources()));
    r.childsVoice().forEach(v -> references.add(v.child()));
    r.plan().actions().forEach(a -> a.owner().ifPresent(references::add));
    r.reviews().forEach(v -> v.by().ifPresent(references::add));
    for (Named n : e.cast()) {
      if (n.id().contains(n.first().toLowerCase(Locale.ROOT))) {
        assertFalse(references.contains(n.id()), n.id() + " is still an id: " + references);
      }
    }
  }

  @Property(tries = 200)
  void noLowerCaseOrdinaryWordChanges(
      @ForAll("mentioningFormulations") Example e, @ForAll("pseudonymisers") Pseudonymiser p) {
    List<String> before = Rewrite.texts(e.formulation());
    List<String> after = Rewrite.texts(p.redact(e.formulation()).formulation());
    assertEquals(before.size(), after.size());
    for (int i = 0; i < before.size(); i++) {
      for (String word : FILLER) {
        if (NameUse.ordinary(word)) {
          Pattern exact = wholeWordAsWritten(word);
          assertTrue(count(exact, after.get(i)) >= count(exact, before.get(i)),
              "\"" + word + "\" changed: \"" + before.get(i) + "\" became \"" + after.get(i)
                  + "\"");
        }
      }
    }
  }

  private static int count(Pattern p, String text) {
    return (int) p.matcher(text).results().count();
  }

  @Property(tries = 100)
  void theSameInputAndSettingsGiveTheSameOutput(
      @ForAll("mentioningFormulations") Example e, @ForAll("pseudonymisers") Pseudonymiser p) {
    Formulation f = e.formulation();
    Redaction first = p.redact(f);
    assertEquals(first, p.redact(f.toBuilder().build()));
    assertEquals(first, p.toBuilder().build().redact(f));
  }

  @Property(tries = 100)
  void referencesStillPointAtTheSameKindOfThing(
      @ForAll("mentioningFormulations") Example e, @ForAll("pseudonymisers") Pseudonymiser p) {
    Formulation f = e.formulation();
    Formulation r = p.redact(f).formulation();
    for (int i = 0; i < f.presenting().size(); i++) {
      for (int j = 0; j < f.presenting().get(i).sources().size(); j++) {
        String before = f.presenting().get(i).sources().get(j);
        String after = r.presenting().get(i).sources().get(j);
        assertEquals(f.find(before).map(Object::getClass), r.find(after).map(Object::getClass));
      }
    }
    assertEquals(f.items().size(), r.items().size());
  }

  /**
   * Every name as a whole, the first names and surnames the generator put together, and each
   * word of two letters or more except titles.
   */
  static Set<String> nameForms(List<Named> cast) {
    Set<String> forms = new LinkedHashSet<>();
    for (Named n : cast) {
      forms.add(n.name());
      forms.add(n.first());
      n.surname().ifPresent(forms::add);
      for (String word : n.name().split(" ")) {
        String bare = word.replace(".", "");
        if (bare.codePointCount(0, bare.length()) >= 2
            && TITLES.stream().noneMatch(t -> t.replace(".", "").equalsIgnoreCase(bare))) {
          forms.add(word);
        }
      }
    }
    return forms;
  }

  static Pattern wholeWordAsWritten(String form) {
    return Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}])" + Pattern.quote(form)
        + "(?![\\p{L}\\p{M}\\p{N}])");
  }

  static Pattern wholeWord(String form) {
    return Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}])" + Pattern.quote(form)
        + "(?![\\p{L}\\p{M}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private static Example build(Cast cast, Random random) {
    List<String> agencies = new ArrayList<>();
    cast.contributors().forEach(c -> agencies.add(c.agency().orElseThrow()));
    Texts t = new Texts(cast.named(), agencies, random);
    List<String> ids = new ArrayList<>();
    cast.people().forEach(p -> ids.add(p.id()));
    cast.contributors().forEach(c -> ids.add(c.id()));
    LocalDate on = LocalDate.of(2026, 11, 2);
    return new Example(Formulation.builder()
        .id("F-" + random.nextInt(10_000))
        .title("Formulation with " + t.mention())
        .formulatedOn(on)
        .people(cast.people())
        .contributors(cast.contributors())
        .addPresenting(PresentingIssue.of("P1", t.sentence()).withSources(t.some(ids)))
        .addPresenting(PresentingIssue.of("P2", t.sentence() + " " + t.sentence()))
        .addFactor(Factor.builder(FactorKind.PREDISPOSING, "D1").statement(t.sentence())
            .explains(List.of("P1")).sources(t.some(ids)).evidence(t.sentence()).build())
        .addFactor(Factor.builder(FactorKind.PERPETUATING, "M1").statement(t.sentence())
            .explains(List.of("P1", "P2")).build())
        .addFactor(Factor.of(FactorKind.PROTECTIVE, "S1", t.sentence()))
        .addChildsVoice(ChildsVoice.of(ids.get(0), List.of(t.sentence()), List.of(t.sentence()),
            List.of(t.sentence())))
        .hypothesis(Hypothesis.of(t.sentence(), List.of("M1")).withExpectedChange(t.sentence()))
        .plan(Plan.of(List.of(Goal.of("G1", t.sentence())),
                List.of(Action.builder("A1").action(t.sentence()).owner(ids.get(ids.size() - 1))
                    .due(on.plusDays(14)).measure(t.sentence()).build()))
            .withNextReview(on.plusDays(35)))
        .addReview(Review.builder().on(on.plusDays(21)).by(ids.get(ids.size() - 1))
            .scale(Map.of("G1", 5)).actions(Map.of("A1", ActionStatus.DONE))
            .notes(t.sentence()).build())
        .addEvent(Event.builder("E1", EventDate.month(2019, 3)).what(t.sentence())
            .source(t.sentence()).people(t.some(ids)).kind(Optional.of(t.mention()))
            .tone(EventTone.HARD).impact(t.sentence()).build())
        .addEvent(Event.builder("E2", EventDate.year(2015).approximately()).what(t.sentence())
            .build())
        .family(FamilyTree.builder()
            .parents(List.of(new ParentLink(ids.get(0), ids.get(ids.size() - 1),
                ParentKind.BIRTH)))
            .households(List.of(new Household(ids.get(0) + "-home",
                Optional.of(t.mention() + "'s flat"), ImmutableList.copyOf(t.some(ids)))))
            .build())
        .build(), cast.named());
  }

  /** Sentences that mention the cast in the ways people write names. */
  private static final class Texts {
    private final List<Named> named;
    private final List<String> agencies;
    private final Random random;

    Texts(List<Named> named, List<String> agencies, Random random) {
      this.named = named;
      this.agencies = agencies;
      this.random = random;
    }

    <T> T pick(List<T> values) {
      return values.get(random.nextInt(values.size()));
    }

    List<String> some(List<String> ids) {
      List<String> chosen = new ArrayList<>();
      for (String id : ids) {
        if (random.nextBoolean()) {
          chosen.add(id);
        }
      }
      return chosen;
    }

    String mention() {
      Named who = pick(named);
      List<String> forms = new ArrayList<>(List.of(who.name(), who.first()));
      who.surname().ifPresent(s -> {
        forms.add(s);
        forms.add(who.first() + " " + s);
        forms.add(pick(TITLES) + " " + s);
        forms.add("the " + s + " family");
      });
      String form = pick(forms);
      if (NameUse.ordinary(form)) {
        // Written as a name, as people write one that is also a word.
        return switch (random.nextInt(5)) {
          case 0 -> pick(List.of("Mr", "Mrs", "Ms", "Miss", "Dr", "Dr.", "MR")) + " " + form;
          case 1 -> form + "'s";
          case 2 -> form + "’s";
          case 3 -> "with " + form;
          default -> "and " + form + ",";
        };
      }
      // A name with a word in it that is also an ordinary word keeps its capitals, so that the
      // ordinary words in lower case are only ever the ordinary words.
      boolean keepCase = List.of(form.split("[\\s-]+")).stream().anyMatch(NameUse::ordinary);
      form = switch (keepCase ? 5 : random.nextInt(6)) {
        case 0 -> form.toUpperCase(Locale.ROOT);
        case 1 -> form.toLowerCase(Locale.ROOT);
        default -> form;
      };
      return switch (random.nextInt(9)) {
        case 0 -> form + "'s";
        case 1 -> form + "’s";
        case 2 -> "(" + form + ")";
        case 3 -> "\"" + form + "\"";
        case 4 -> form + ",";
        case 5 -> "—" + form + "—";
        case 6 -> form + ":";
        default -> form;
      };
    }

    String sentence() {
      StringBuilder s = new StringBuilder();
      int words = 2 + random.nextInt(10);
      for (int i = 0; i < words; i++) {
        if (i > 0) {
          s.append(' ');
        }
        int kind = random.nextInt(12);
        s.append(kind < 4 ? mention()
            : kind == 4 && !agencies.isEmpty() ? pick(agencies) : pick(FILLER));
      }
      return s.append(pick(List.of(".", "!", "?", "", ". " + mention() + "."))).toString();
    }
  }
}

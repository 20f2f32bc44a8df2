package io.github.sixps.formulation.render.internal;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.model.ActionStatus;
import io.github.sixps.formulation.model.Contributor;
import io.github.sixps.formulation.model.FactorKind;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.FormulationStatus;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.model.PersonRole;
import io.github.sixps.formulation.prioritise.Ranking;
import io.github.sixps.formulation.render.Label;
import io.github.sixps.formulation.render.RenderOptions;
import io.github.sixps.formulation.render.View;
import io.github.sixps.formulation.review.FormulationDiff;
import io.github.sixps.formulation.validate.FamilyReadiness;
import io.github.sixps.formulation.validate.ValidationReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The shared outline of a rendered formulation: which sections, in which order, with which
 * labels, and what each audience sees. Every writer walks the {@link Document} this builds, so
 * the Markdown, HTML and PDF forms never disagree about structure. Each part of the document is
 * made by a class of its own; this one puts them in order and heads the document.
 */
public final class DocumentBuilder extends DocumentPart {
  static final String FRAMEWORK = "facts.framework";

  private final RenderOptions options;
  private final PeopleSections people;
  private final FactorSections factors;
  private final PlanSection plan;
  private final ReviewsSection reviews;
  private final ChronologySection chronology;
  private final GenogramSection genogram;

  public DocumentBuilder(RenderOptions options) {
    super(options);
    this.options = options;
    this.people = new PeopleSections(options);
    this.factors = new FactorSections(options);
    this.plan = new PlanSection(options);
    this.reviews = new ReviewsSection(options);
    this.chronology = new ChronologySection(options);
    this.genogram = new GenogramSection(options);
  }

  /** Dates as people write them: 2 November 2026, in the terminology's words. */
  public String date(LocalDate date) {
    return say.date(date);
  }

  /** {@return the words of this document} */
  public Words words() {
    return say;
  }

  /** The document for one formulation, in the options' view. */
  public Document build(Formulation f) {
    return build(f, Optional.empty());
  }

  /**
   * The document for one formulation in the options' view, with what changed since the previous
   * version when one is given.
   */
  public Document build(Formulation f, Optional<Formulation> previous) {
    Optional<ValidationReport> report = options.validator().map(v -> v.validate(f));
    Optional<Ranking> ranking = options.prioritiser().map(p -> p.rank(f));
    if (options.view() == View.SUPERVISION) {
      return new SupervisionBuilder(options, this).build(f, previous, report, ranking);
    }
    if (options.view() == View.CHRONOLOGY || options.view() == View.GENOGRAM) {
      return companion(f, report);
    }
    List<Block.Section> sections = new ArrayList<>();
    Block.Section diagram = DiagramSection.of(f, ranking, say);
    // Page 1 is what a reader may read and no more: what is going well and the child's own
    // words, what worries people, then (for practitioners, who work on them) what keeps the
    // worries going in ranked order, and what we will do together. Who this is about, who
    // helped and the next meeting are in the facts above. A family's large print holds every
    // strength on page 1 only if they come first; a practitioner's record starts with the child.
    // The picture and the story behind the worries follow; the list of people comes last.
    Block.Section strengths = factors.factors(f, FactorKind.PROTECTIVE, Label.PROTECTIVE);
    if (family) {
      sections.add(strengths);
    }
    sections.add(people.childsVoice(f));
    if (family) {
      // What is done already is good news, read on page 1 where it fits after the strengths
      // and the child's words, which come first if something must go to page 2.
      plan.doneAlready(f).ifPresent(sections::add);
    }
    if (!family) {
      sections.add(strengths);
    }
    sections.add(factors.presenting(f));
    if (!family) {
      sections.add(factors.perpetuating(f, ranking));
    }
    sections.add(plan.section(f));
    sections.add(diagram);
    sections.add(factors.factors(f, FactorKind.PREDISPOSING, Label.PREDISPOSING));
    sections.add(factors.factors(f, FactorKind.PRECIPITATING, Label.PRECIPITATING));
    if (family) {
      sections.add(factors.perpetuating(f, ranking));
    }
    sections.add(factors.hypothesis(f));
    sections.add(reviews.section(f));
    // The two companions the formulation is built from, when it has them: the family, then
    // what happened to it in date order. The family's handout stays about now and the plan,
    // within ten pages of large print (with both, a large family's ran to fifteen); a family
    // is given the tree and the important times as documents of their own (View.GENOGRAM,
    // View.CHRONOLOGY).
    if (!family) {
      genogram.section(f).ifPresent(sections::add);
      chronology.section(f).ifPresent(sections::add);
    }
    if (!family || !f.contributors().isEmpty()) {
      sections.add(people.people(f));
    }
    if (!family) {
      sections.add(signOff());
    }
    previous.ifPresent(p -> sections.add(changes(FormulationDiff.between(p, f), 2)));
    report.ifPresent(r -> sections.add(findings(r)));
    return new Document(title(f), facts(f), options.marking(), banner(f, report),
        ImmutableList.copyOf(sections), family);
  }

  /** The chronology or the family tree on its own, under the formulation's title and facts. */
  private Document companion(Formulation f, Optional<ValidationReport> report) {
    boolean tree = options.view() == View.GENOGRAM;
    Block.Section section = (tree ? genogram.section(f) : chronology.section(f)).orElseGet(() ->
        new Block.Section(tree ? "genogram" : "chronology", 2,
            say.heading(tree ? Label.GENOGRAM : Label.CHRONOLOGY),
            List.of(new Block.Empty(say.text(tree ? "genogram.none" : "chronology.none")))));
    return new Document(title(f), facts(f), options.marking(), banner(f, report),
        ImmutableList.of(section), family);
  }

  /**
   * A document of only the changes between two versions, one section per heading of the
   * formulation.
   */
  public Document changes(FormulationDiff diff) {
    List<Block> blocks = ChangeSections.of(diff, say, 2);
    ImmutableList<Block.Section> sections = diff.isEmpty()
        ? ImmutableList.of(new Block.Section("changes", 2, say.text("changes.heading"), blocks))
        : blocks.stream().map(Block.Section.class::cast).collect(ImmutableList.toImmutableList());
    return new Document(changesTitle(diff), ImmutableList.of(), options.marking(), Optional.empty(),
        sections, family);
  }

  private Block.Section changes(FormulationDiff diff, int level) {
    return new Block.Section("changes", level, changesTitle(diff), ChangeSections.of(diff, say,
        level + 1));
  }

  /** "What changed since 23 November 2026", in the terminology's words. */
  String changesTitle(FormulationDiff diff) {
    return diff.since().map(d -> say.format("changes.title", "date", date(d)))
        .orElse(say.text("changes.titleUndated"));
  }

  /** A list as people write it: "A", "A and B", "A, B and C". */
  String inWords(List<String> parts) {
    return say.and(parts);
  }

  /**
   * Room on the record, printed and taken to the meeting, for who agreed it and when, and for
   * the family's own comments in their words.
   */
  private Block.Section signOff() {
    return new Block.Section("sign-off", 2, say.text("signOff.heading"), List.of(
        Block.Paragraph.of(say.text("signOff.agreed")), new Block.WritingSpace(3),
        Block.Paragraph.of(say.text("signOff.familyComments")), new Block.WritingSpace(5)));
  }

  /**
   * A blank worksheet: a sheet of six boxes and a sheet of three houses, each box with its
   * question and room to write (see {@link Worksheet}).
   */
  public Document blank() {
    return new Worksheet(options).build();
  }

  String title(Formulation f) {
    return f.title().isBlank() ? say.text("document.untitled") : f.title();
  }

  ImmutableList<Document.Fact> facts(Formulation f) {
    ImmutableList.Builder<Document.Fact> facts = ImmutableList.builder();
    options.theme().organisation().ifPresent(o -> facts.add(
        new Document.Fact(say.text("facts.organisation"), o)));
    about(f).ifPresent(a -> facts.add(new Document.Fact(say.text("facts.about"), a)));
    helped(f).ifPresent(h -> facts.add(new Document.Fact(say.text("facts.whoHelped"), h)));
    // The framework and the record's status are words for professionals, left out for families.
    if (!family) {
      f.framework().filter(s -> !s.isBlank())
          .ifPresent(fw -> facts.add(new Document.Fact(say.text(FRAMEWORK), fw)));
    }
    f.formulatedOn().ifPresent(d -> facts.add(new Document.Fact(say.text("facts.date"), date(d))));
    if (!family) {
      facts.add(new Document.Fact(say.text("facts.status"), say.status(f.status())));
      if (!f.id().isBlank()) {
        facts.add(new Document.Fact(say.text("facts.reference"), f.id()));
      }
    }
    f.plan().nextReview().ifPresent(d -> facts.add(new Document.Fact(
        say.text(family ? "facts.nextMeeting" : "plan.nextReview"), date(d))));
    return facts.build();
  }

  /** The children this is about, with their ages: "Kai (14)". */
  private Optional<String> about(Formulation f) {
    List<String> names = new ArrayList<>();
    for (Person p : f.people()) {
      if (p.role().filter(r -> r == PersonRole.CHILD || r == PersonRole.YOUNG_PERSON)
          .isPresent() && !p.name().isBlank()) {
        names.add(p.name() + p.age().map(a -> " (" + a + ")").orElse(""));
      }
    }
    return names.isEmpty() ? Optional.empty() : Optional.of(say.and(names));
  }

  /**
   * Everyone else who took part: the family and network, then (for practitioners) the
   * professionals.
   */
  private Optional<String> helped(Formulation f) {
    List<String> names = new ArrayList<>();
    for (Person p : f.people()) {
      if (p.role().filter(r -> r == PersonRole.CHILD || r == PersonRole.YOUNG_PERSON)
          .isEmpty() && !p.name().isBlank()) {
        names.add(p.name());
      }
    }
    // A family's page 1 in large print has room for their own people; the professionals, with
    // their roles and organisations, are listed at the end of the handout.
    for (Contributor c : family ? List.<Contributor>of() : f.contributors()) {
      if (!c.name().isBlank()) {
        names.add(c.name() + c.role().filter(r -> !r.isBlank()).map(r -> " (" + r + ")")
            .orElse(""));
      }
    }
    return names.isEmpty() ? Optional.empty() : Optional.of(say.commas(names));
  }

  Optional<String> banner(Formulation f, Optional<ValidationReport> report) {
    // Words that can read as blame must not reach a family unmarked: whoever made this
    // version, the practitioner sees first that it is not ready to give.
    if (family && !options.validator().map(FamilyReadiness::using)
        .orElse(FamilyReadiness.standard()).isReady(f)) {
      return Optional.of(say.text("document.notReadyForFamily"));
    }
    if (report.isPresent() && report.get().hasErrors()) {
      return Optional.of(say.text("document.draftWithProblems"));
    }
    if (f.status() == FormulationStatus.DRAFT) {
      return Optional.of(say.text("document.draftNotAgreed"));
    }
    return Optional.empty();
  }

  /** As {@link ShortText#of}. */
  static String shorten(String s) {
    return ShortText.of(s);
  }

  /** As {@link ShortText#withoutEndPunctuation}. */
  static String withoutEndPunctuation(String s) {
    return ShortText.withoutEndPunctuation(s);
  }

  String status(ActionStatus s) {
    return say.status(s);
  }

  /** As {@link ReviewsSection#chart}. */
  ChartData chart(Formulation f) {
    return reviews.chart(f);
  }

  /** As {@link PeopleSections#childsVoice}. */
  Block.Section childsVoice(Formulation f) {
    return people.childsVoice(f);
  }

  /** As {@link FindingsSection#of}. */
  Block.Section findings(ValidationReport report) {
    return FindingsSection.of(report, say);
  }
}

package io.github.sixps.formulation.render.internal;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.model.Action;
import io.github.sixps.formulation.model.ActionStatus;
import io.github.sixps.formulation.model.ChildsVoice;
import io.github.sixps.formulation.model.Contributor;
import io.github.sixps.formulation.model.Domain;
import io.github.sixps.formulation.model.Factor;
import io.github.sixps.formulation.model.FactorKind;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.FormulationStatus;
import io.github.sixps.formulation.model.Goal;
import io.github.sixps.formulation.model.Hypothesis;
import io.github.sixps.formulation.model.Item;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.model.PersonRole;
import io.github.sixps.formulation.model.PresentingIssue;
import io.github.sixps.formulation.model.Review;
import io.github.sixps.formulation.prioritise.RankedFactor;
import io.github.sixps.formulation.prioritise.Ranking;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.Label;
import io.github.sixps.formulation.render.RenderOptions;
import io.github.sixps.formulation.render.Terminology;
import io.github.sixps.formulation.render.View;
import io.github.sixps.formulation.review.FormulationDiff;
import io.github.sixps.formulation.validate.Finding;
import io.github.sixps.formulation.validate.ValidationReport;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The shared outline of a rendered formulation: which sections, in which order, with which
 * labels, and what each audience sees. Every writer walks the {@link Document} this builds, so
 * the Markdown, HTML and PDF forms never disagree about structure.
 */
public final class DocumentBuilder {
  private static final int DIAGRAM_TOP = 2;
  static final String FRAMEWORK = "facts.framework";
  private static final ImmutableList<String> ACTION_HEADER =
      ImmutableList.of("plan.what", "plan.who", "plan.byWhen", "plan.howWeWillKnow",
          "plan.status");

  private final RenderOptions options;
  private final Terminology words;
  private final Words say;
  private final boolean family;

  public DocumentBuilder(RenderOptions options) {
    this.options = options;
    this.words = options.terminology();
    this.say = new Words(words);
    this.family = options.audience() == Audience.FAMILY;
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
    List<Block.Section> sections = new ArrayList<>();
    Block.Section diagram = new Block.Section("diagram", 2, words.label(Label.DIAGRAM),
        List.of(new Block.Diagram(diagram(f, ranking))));
    if (family) {
      // In the order a family reads it: the picture, then what we are worried about, the
      // child's own words and what is helping, then the story behind the worries, what we
      // think and what we will do; who is involved, the list to look people up in, comes last.
      sections.add(diagram);
      sections.add(presenting(f));
      sections.add(childsVoice(f));
      sections.add(factors(f, FactorKind.PROTECTIVE, Label.PROTECTIVE));
      sections.add(factors(f, FactorKind.PREDISPOSING, Label.PREDISPOSING));
      sections.add(factors(f, FactorKind.PRECIPITATING, Label.PRECIPITATING));
      sections.add(perpetuating(f, ranking));
      sections.add(hypothesis(f));
      sections.add(plan(f));
      sections.add(reviews(f));
      if (!f.contributors().isEmpty()) {
        sections.add(people(f));
      }
    } else {
      sections.add(people(f));
      sections.add(diagram);
      sections.add(presenting(f));
      sections.add(factors(f, FactorKind.PREDISPOSING, Label.PREDISPOSING));
      sections.add(factors(f, FactorKind.PRECIPITATING, Label.PRECIPITATING));
      sections.add(perpetuating(f, ranking));
      sections.add(factors(f, FactorKind.PROTECTIVE, Label.PROTECTIVE));
      sections.add(childsVoice(f));
      sections.add(hypothesis(f));
      sections.add(plan(f));
      sections.add(reviews(f));
    }
    previous.ifPresent(p -> sections.add(changes(FormulationDiff.between(p, f), 2)));
    report.ifPresent(r -> sections.add(findings(r)));
    return new Document(title(f), facts(f), options.marking(), banner(f, report),
        ImmutableList.copyOf(sections), family);
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

  /** A blank worksheet: each heading with its teaching notes and room to write. */
  public Document blank() {
    List<Block.Section> sections = new ArrayList<>();
    for (Label label : List.of(Label.PRESENTING, Label.PREDISPOSING, Label.PRECIPITATING,
        Label.PERPETUATING, Label.PROTECTIVE, Label.CHILDS_VOICE, Label.HYPOTHESIS,
        Label.PLAN)) {
      List<Block> body = new ArrayList<>();
      teaching(label).ifPresent(body::add);
      body.add(new Block.WritingSpace(label == Label.PLAN ? 10 : 6));
      sections.add(new Block.Section(label.key(), 2, words.label(label), body));
    }
    ImmutableList<Document.Fact> facts = ImmutableList.of(
        new Document.Fact(say.text("facts.family"), ""),
        new Document.Fact(say.text("facts.date"), ""),
        new Document.Fact(say.text("facts.whoWasThere"), ""));
    return new Document(say.text("document.worksheet"), facts, options.marking(), Optional.empty(),
        ImmutableList.copyOf(sections), family);
  }

  String title(Formulation f) {
    return f.title().isBlank() ? say.text("document.untitled") : f.title();
  }

  ImmutableList<Document.Fact> facts(Formulation f) {
    ImmutableList.Builder<Document.Fact> facts = ImmutableList.builder();
    options.theme().organisation().ifPresent(o -> facts.add(
        new Document.Fact(say.text("facts.organisation"), o)));
    f.framework().filter(s -> !s.isBlank())
        .ifPresent(fw -> facts.add(new Document.Fact(say.text(FRAMEWORK), fw)));
    f.formulatedOn().ifPresent(d -> facts.add(new Document.Fact(say.text("facts.date"), date(d))));
    facts.add(new Document.Fact(say.text("facts.status"), status(f.status())));
    if (!family && !f.id().isBlank()) {
      facts.add(new Document.Fact(say.text("facts.reference"), f.id()));
    }
    return facts.build();
  }

  private String status(FormulationStatus status) {
    return say.status(status);
  }

  Optional<String> banner(Formulation f, Optional<ValidationReport> report) {
    if (report.isPresent() && report.get().hasErrors()) {
      return Optional.of(say.text("document.draftWithProblems"));
    }
    if (f.status() == FormulationStatus.DRAFT) {
      return Optional.of(say.text("document.draftNotAgreed"));
    }
    return Optional.empty();
  }

  private Block.Section people(Formulation f) {
    List<Block> body = new ArrayList<>();
    // A family's handout does not list the family to itself: it lists the professionals, with
    // their organisations, which the rest of the handout names them without.
    if (!family && f.people().isEmpty()) {
      body.add(new Block.Empty(say.text("people.none")));
    } else if (!family) {
      List<ImmutableList<String>> rows = new ArrayList<>();
      for (Person p : f.people()) {
        rows.add(ImmutableList.of(text(p.name()), p.role().map(this::role).orElse(""),
            p.age().map(String::valueOf).orElse("")));
      }
      body.add(new Block.Table(say.text("people.family"),
          say.texts("people.name", "people.role", "people.age"), ImmutableList.copyOf(rows)));
    }
    if (!f.contributors().isEmpty()) {
      List<ImmutableList<String>> rows = new ArrayList<>();
      for (Contributor c : f.contributors()) {
        rows.add(ImmutableList.of(text(c.name()), c.role().orElse(""), c.agency().orElse("")));
      }
      String caption = say.text("people.professionals");
      body.add(family ? listed(caption, rows) : new Block.Table(caption,
          say.texts("people.name", "people.role", "people.organisation"),
          ImmutableList.copyOf(rows)));
    }
    return new Block.Section("people", 2, words.label(Label.PEOPLE), body);
  }

  /**
   * The professionals' table as a list under its caption, for the family's large print, where
   * three columns leave each a word or two wide: "Kirsty Lambert: Social worker, Disabled
   * children's team", one line a person.
   */
  private static Block.Section listed(String caption, List<ImmutableList<String>> rows) {
    List<Block.Entry> entries = new ArrayList<>();
    for (List<String> row : rows) {
      String rest = row.subList(1, row.size()).stream().filter(s -> !s.isBlank())
          .collect(Collectors.joining(", "));
      entries.add(new Block.Entry("", rest.isEmpty() ? row.get(0) : row.get(0) + ": " + rest,
          List.of()));
    }
    return new Block.Section("professionals", 3, caption, List.of(new Block.Entries(entries)));
  }

  private String role(PersonRole role) {
    return say.role(role);
  }

  String text(String s) {
    return s.isBlank() ? say.text("document.notWritten") : s;
  }

  private DiagramData diagram(Formulation f, Optional<Ranking> ranking) {
    DiagramData.Cell centre = cell("presenting", Label.PRESENTING,
        f.presenting().stream().map(PresentingIssue::statement).collect(Collectors.toList()));
    List<DiagramData.Cell> around = new ArrayList<>();
    around.add(cell("predisposing", Label.PREDISPOSING, statements(f.predisposing())));
    around.add(cell("precipitating", Label.PRECIPITATING, statements(f.precipitating())));
    around.add(cell("perpetuating", Label.PERPETUATING, statements(rankedFactors(f, ranking))));
    around.add(cell("protective", Label.PROTECTIVE, statements(f.protective())));
    List<String> plan = new ArrayList<>();
    f.plan().goals().forEach(g -> plan.add(g.outcome()));
    DiagramData.Cell planCell = new DiagramData.Cell("plan", words.label(Label.PLAN),
        f.plan().goals().size() + f.plan().actions().size(),
        top(plan));
    return new DiagramData(words.label(Label.DIAGRAM), centre, ImmutableList.copyOf(around),
        planCell);
  }

  private DiagramData.Cell cell(String key, Label label, List<String> statements) {
    return new DiagramData.Cell(key, words.label(label), statements.size(), top(statements));
  }

  /**
   * The first sentence, whole, of the first few statements: the picture shows a sentence whole
   * or not at all, and fits as many as the page holds.
   */
  private static ImmutableList<String> top(List<String> statements) {
    return statements.stream().filter(s -> !s.isBlank()).limit(DIAGRAM_TOP)
        .map(Sentences::first).collect(ImmutableList.toImmutableList());
  }

  /** Cuts a long statement at a word boundary so it fits in a box of the diagram. */
  static String shorten(String s) {
    String one = Spaces.collapse(s.strip());
    if (one.codePointCount(0, one.length()) <= 60) {
      return one;
    }
    int cut = one.offsetByCodePoints(0, 57);
    int space = one.lastIndexOf(' ', cut);
    return withoutEndPunctuation(one.substring(0, space > 30 ? space : cut)) + "…";
  }

  /** Drops full stops, commas and the like from the end, so an ellipsis can follow cleanly. */
  static String withoutEndPunctuation(String s) {
    int end = s.length();
    while (end > 0 && ".,;:!?".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(0, end);
  }

  private static List<String> statements(List<Factor> factors) {
    return factors.stream().map(Factor::statement).collect(Collectors.toList());
  }

  private static List<Factor> rankedFactors(Formulation f, Optional<Ranking> ranking) {
    return ranking.map(r -> r.factors().stream().map(RankedFactor::factor)
        .collect(Collectors.toList())).orElse(f.perpetuating());
  }

  private Optional<Block> teaching(Label label) {
    if (!options.teaching()) {
      return Optional.empty();
    }
    return Optional.of(TeachingNotes.forLabel(label, say));
  }

  private Block.Section presenting(Formulation f) {
    List<Block> body = new ArrayList<>();
    teaching(Label.PRESENTING).ifPresent(body::add);
    if (f.presenting().isEmpty()) {
      body.add(new Block.Empty(say.text("empty.presenting")));
    } else {
      List<Block.Entry> entries = new ArrayList<>();
      for (PresentingIssue p : f.presenting()) {
        List<String> details = new ArrayList<>();
        if (!family) {
          p.domain().ifPresent(d -> details.add(say.format("details.area", "area", domain(d))));
        }
        sources(f, p.sources()).ifPresent(details::add);
        entries.add(new Block.Entry(tag(p), text(p.statement()), details));
      }
      body.add(new Block.Entries(entries));
    }
    return new Block.Section("presenting", 2, words.label(Label.PRESENTING), body);
  }

  private String domain(Domain d) {
    return say.domain(d);
  }

  String tag(Item item) {
    return family ? "" : item.id();
  }

  private Optional<String> sources(Formulation f, List<String> ids) {
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(say.format(family ? "details.whoSaidThis" : "details.whoseView", "names",
        say.commas(ids.stream().map(id -> family ? plainName(f, id) : name(f, id))
            .collect(Collectors.toList()))));
  }

  /** A person's or contributor's name for an id, or the id itself if it names nobody. */
  String name(Formulation f, String id) {
    Optional<Item> item = f.find(id);
    if (item.isPresent() && item.get() instanceof Person) {
      return text(((Person) item.get()).name());
    }
    if (item.isPresent() && item.get() instanceof Contributor) {
      Contributor c = (Contributor) item.get();
      return text(c.name()) + c.agency().map(a -> " (" + a + ")").orElse("");
    }
    return id;
  }

  /** A person's or contributor's name alone, or the id itself if it names nobody. */
  String plainName(Formulation f, String id) {
    return f.find(id).filter(i -> i instanceof Contributor)
        .map(c -> text(((Contributor) c).name())).orElseGet(() -> name(f, id));
  }

  private Block.Section factors(Formulation f, FactorKind kind, Label label) {
    List<Block> body = new ArrayList<>();
    teaching(label).ifPresent(body::add);
    List<Factor> factors = f.factors(kind);
    if (factors.isEmpty()) {
      body.add(new Block.Empty(kind == FactorKind.PROTECTIVE
          ? say.text("empty.protective")
          : say.text("empty.factors")));
    } else {
      List<Block.Entry> entries = new ArrayList<>();
      for (Factor factor : factors) {
        entries.add(new Block.Entry(tag(factor), text(factor.statement()), details(f, factor)));
      }
      body.add(new Block.Entries(entries));
    }
    return new Block.Section(label.key(), 2, words.label(label), body);
  }

  private List<String> details(Formulation f, Factor factor) {
    List<String> details = new ArrayList<>();
    if (!family && !factor.explains().isEmpty()) {
      details.add(say.format("details.helpsExplain", "ids", say.commas(factor.explains())));
    }
    sources(f, factor.sources()).ifPresent(details::add);
    if (!family) {
      factor.evidence().filter(e -> !e.isBlank())
          .ifPresent(e -> details.add(say.format("details.basedOn", "evidence", e)));
    }
    return details;
  }

  private Block.Section perpetuating(Formulation f, Optional<Ranking> ranking) {
    if (family || ranking.isEmpty() || f.perpetuating().isEmpty()) {
      Block.Section plain = factors(f, FactorKind.PERPETUATING, Label.PERPETUATING);
      if (ranking.isEmpty() || f.perpetuating().isEmpty()) {
        return plain;
      }
      // Families see the factors in the agreed order, without scores.
      List<Block> body = new ArrayList<>();
      teaching(Label.PERPETUATING).ifPresent(body::add);
      List<Block.Entry> entries = new ArrayList<>();
      for (RankedFactor r : ranking.get().factors()) {
        entries.add(new Block.Entry("", text(r.factor().statement()), details(f, r.factor())));
      }
      body.add(new Block.Entries(entries));
      return new Block.Section(plain.id(), 2, plain.title(), body);
    }
    List<Block> body = new ArrayList<>();
    teaching(Label.PERPETUATING).ifPresent(body::add);
    List<ImmutableList<String>> rows = new ArrayList<>();
    for (RankedFactor r : ranking.get().factors()) {
      List<String> details = details(f, r.factor());
      String factor = r.id() + ": " + text(r.factor().statement())
          + (details.isEmpty() ? ""
              : " (" + String.join(say.text("list.semicolon"), details) + ")");
      rows.add(ImmutableList.of(String.valueOf(r.rank()), factor,
          r.score().map(String::valueOf).orElse(say.text("ranking.notRated")), say.band(r.band()),
          r.explanation()));
    }
    body.add(new Block.Table(say.text("ranking.caption"),
        say.texts("ranking.rank", "ranking.factor", "ranking.score", "ranking.group",
            "ranking.why"),
        ImmutableList.copyOf(rows)));
    return new Block.Section("perpetuating", 2, words.label(Label.PERPETUATING), body);
  }

  private Block.Section childsVoice(Formulation f) {
    List<Block> body = new ArrayList<>();
    teaching(Label.CHILDS_VOICE).ifPresent(body::add);
    if (f.childsVoice().isEmpty()) {
      body.add(new Block.Empty(say.text("empty.childsVoice")));
    }
    for (ChildsVoice v : f.childsVoice()) {
      List<Block.Entry> entries = new ArrayList<>();
      said(entries, Label.WORRIES, v.worries());
      said(entries, Label.GOOD_THINGS, v.goodThings());
      said(entries, Label.DREAMS, v.dreams());
      List<Block> said = new ArrayList<>();
      said.add(entries.isEmpty() ? new Block.Empty(say.text("empty.childSaidNothing"))
          : new Block.Entries(entries));
      body.add(new Block.Section("childsVoice-" + v.child(), 3,
          v.child().isEmpty() ? say.text("childsVoice.aChild") : name(f, v.child()), said));
    }
    return new Block.Section("childsVoice", 2, words.label(Label.CHILDS_VOICE), body);
  }

  /**
   * What the child said under one label. A blank line, as the template from {@code formulation
   * new} has, is the child not yet heard: it is left out, not shown as a label with nothing.
   */
  private void said(List<Block.Entry> entries, Label label, List<String> lines) {
    lines.stream().filter(s -> !s.isBlank()).forEach(s ->
        entries.add(new Block.Entry(words.label(label), s, List.of())));
  }

  private Block.Section hypothesis(Formulation f) {
    List<Block> body = new ArrayList<>();
    teaching(Label.HYPOTHESIS).ifPresent(body::add);
    Optional<Hypothesis> h = f.hypothesis();
    if (h.isEmpty()) {
      body.add(new Block.Empty(say.text("empty.hypothesis")));
    } else {
      body.add(Block.Paragraph.of(text(h.get().statement())));
      // The family has just read the factors the theory centres on, in the agreed order, under
      // their own heading: the handout does not print them twice.
      if (!family && !h.get().focus().isEmpty()) {
        List<Block.Entry> focus = new ArrayList<>();
        for (String id : h.get().focus()) {
          String what = f.find(id, Factor.class).map(Factor::statement).orElse(id);
          focus.add(new Block.Entry(family ? "" : id, text(what), List.of()));
        }
        body.add(new Block.Paragraph(say.text(family ? "focus.family" : "focus.practitioner"), ""));
        body.add(new Block.Entries(focus));
      }
      h.get().expectedChange().filter(s -> !s.isBlank()).ifPresent(s ->
          body.add(new Block.Paragraph(say.text(family ? "expectedChange.family"
              : "expectedChange.practitioner"), s)));
    }
    return new Block.Section("hypothesis", 2, words.label(Label.HYPOTHESIS), body);
  }

  private Block.Section plan(Formulation f) {
    List<Block> body = new ArrayList<>();
    teaching(Label.PLAN).ifPresent(body::add);
    List<Block> goals = new ArrayList<>();
    if (f.plan().goals().isEmpty()) {
      goals.add(new Block.Empty(say.text("empty.goals")));
    } else {
      List<Block.Entry> entries = new ArrayList<>();
      for (Goal g : f.plan().goals()) {
        List<String> details = new ArrayList<>();
        g.scale().ifPresent(s -> details.add(say.format("details.scale",
            "now", String.valueOf(s.now()),
            "target", String.valueOf(s.target()))));
        if (!family && !g.forIssues().isEmpty()) {
          details.add(say.format("details.forIssues", "ids", say.commas(g.forIssues())));
        }
        entries.add(new Block.Entry(tag(g), text(g.outcome()), details));
      }
      goals.add(new Block.Entries(entries));
    }
    body.add(new Block.Section("goals", 3, words.label(Label.GOALS), goals));
    List<Block> actions = new ArrayList<>();
    if (f.plan().actions().isEmpty()) {
      actions.add(new Block.Empty(say.text("empty.actions")));
    } else if (family) {
      // A family reads each action on its own, often on a phone or in large print, where a
      // five-column table leaves each column a word wide: a list keeps every detail readable.
      List<Block.Entry> entries = new ArrayList<>();
      for (Action a : f.plan().actions()) {
        List<String> cells = actionCells(f, a);
        List<String> details = new ArrayList<>();
        // Who, by when and how it stands share a line: short, and read together.
        details.add(say.text(ACTION_HEADER.get(1)) + ": " + cells.get(1) + ". "
            + say.text(ACTION_HEADER.get(2)) + ": " + cells.get(2) + ". "
            + say.text(ACTION_HEADER.get(4)) + ": " + cells.get(4) + ".");
        // How we will know matters while an action is to be done; once done, it has been known.
        if (a.status() != ActionStatus.DONE) {
          details.add(say.text(ACTION_HEADER.get(3)) + ": " + cells.get(3));
        }
        entries.add(new Block.Entry("", cells.get(0), details));
      }
      actions.add(new Block.Entries(entries));
    } else {
      List<ImmutableList<String>> rows = new ArrayList<>();
      for (Action a : f.plan().actions()) {
        rows.add(actionCells(f, a));
      }
      actions.add(new Block.Table(words.label(Label.ACTIONS), ACTION_HEADER.stream().map(say::text)
          .collect(ImmutableList.toImmutableList()), ImmutableList.copyOf(rows)));
    }
    body.add(new Block.Section("actions", 3, words.label(Label.ACTIONS), actions));
    f.plan().nextReview().ifPresent(d ->
        body.add(new Block.Paragraph(say.text("plan.nextReview"), date(d))));
    return new Block.Section("plan", 2, words.label(Label.PLAN), body);
  }

  /** What is said of each action, in the order of {@link #ACTION_HEADER}. */
  private ImmutableList<String> actionCells(Formulation f, Action a) {
    String what = (family ? "" : a.id() + ": ") + text(a.action());
    // The family's list of who is involved, at the end, gives each professional's organisation.
    return ImmutableList.of(what,
        a.owner().map(o -> family ? plainName(f, o) : name(f, o))
            .orElse(say.text("plan.notAgreed")),
        a.due().map(this::date).orElse(say.text("plan.noDate")),
        a.measure().filter(m -> !m.isBlank()).orElse(say.text("plan.notAgreed")),
        status(a.status()));
  }

  String status(ActionStatus s) {
    return say.status(s);
  }

  private Block.Section reviews(Formulation f) {
    List<Block> body = new ArrayList<>();
    ChartData chart = chart(f);
    boolean charted = !chart.series().isEmpty() && !f.reviews().isEmpty();
    if (charted) {
      body.add(new Block.Chart(chart));
    }
    if (f.reviews().isEmpty()) {
      body.add(new Block.Empty(say.text("empty.reviews")));
    } else {
      List<Block.Entry> entries = new ArrayList<>();
      // The family reads the latest review; the chart above gives every review's scores.
      List<Review> reviews = family ? f.reviews().subList(f.reviews().size() - 1,
          f.reviews().size()) : f.reviews();
      for (Review r : reviews) {
        List<String> details = new ArrayList<>();
        r.by().ifPresent(b -> details.add(say.format("reviews.ledBy", "name", name(f, b))));
        // A family reads the whole goal or action, which ends in a full stop, so the score or
        // status comes first: "2 out of 10: Tobi sleeps through most nights."
        for (Map.Entry<String, Integer> s : r.scale().entrySet()) {
          if (family && charted && r.on().isPresent()
              && f.find(s.getKey(), Goal.class).isPresent()) {
            // The chart's words under the picture give each goal's scores in one line, which
            // a family reads more easily than the same scores again under every review.
            continue;
          }
          String score = say.format("reviews.score", "score", String.valueOf(s.getValue()));
          details.add(family ? score + ": " + f.find(s.getKey(), Goal.class).map(Goal::outcome)
              .orElse(s.getKey()) : s.getKey() + ": " + score);
        }
        // Each action's status is in the plan, with the action, as it is now; a family's
        // handout does not repeat every action under every review.
        if (!family) {
          for (Map.Entry<String, ActionStatus> a : r.actions().entrySet()) {
            details.add(a.getKey() + ": " + status(a.getValue())
                .toLowerCase(Locale.forLanguageTag(say.language())));
          }
        }
        entries.add(new Block.Entry(r.on().map(this::date).orElse(say.text("reviews.undated")),
            r.notes().orElse(""), details));
      }
      body.add(new Block.Entries(entries));
    }
    return new Block.Section("reviews", 2, words.label(Label.REVIEWS), body);
  }

  ChartData chart(Formulation f) {
    List<ChartData.Series> series = new ArrayList<>();
    for (Goal g : f.plan().goals()) {
      List<ChartData.Point> points = new ArrayList<>();
      if (g.scale().isPresent() && f.formulatedOn().isPresent()) {
        points.add(new ChartData.Point(f.formulatedOn().get(), g.scale().get().now(),
            say.format("chart.start", "date", date(f.formulatedOn().get()))));
      }
      for (Review r : f.reviews()) {
        Integer value = r.scale().get(g.id());
        if (value != null && r.on().isPresent()) {
          points.add(new ChartData.Point(r.on().get(), value, date(r.on().get())));
        }
      }
      if (!points.isEmpty()) {
        // The family's chart names each goal by a whole sentence, not one cut off.
        String outcome = withoutEndPunctuation(family ? Sentences.first(g.outcome())
            : shorten(g.outcome()));
        String name = family ? outcome : g.id() + ": " + outcome;
        series.add(new ChartData.Series(name, g.outcome(), g.scale().map(s -> s.target()),
            ImmutableList.copyOf(points)));
      }
    }
    return new ChartData(say.text("chart.title"), ImmutableList.copyOf(series));
  }

  Block.Section findings(ValidationReport report) {
    List<Block> body = new ArrayList<>();
    if (report.isEmpty()) {
      body.add(new Block.Empty(say.text("empty.findings")));
    } else {
      body.add(Block.Paragraph.of(report.summary() + "."));
      List<ImmutableList<String>> rows = new ArrayList<>();
      for (Finding finding : report.findings()) {
        rows.add(ImmutableList.of(
            say.severity(finding.severity()),
            finding.path().isEmpty() ? say.text("findings.wholeFormulation") : finding.path(),
            finding.message(), finding.suggestion().orElse(""), finding.code()));
      }
      body.add(new Block.Table(say.text("findings.caption"),
          say.texts("findings.severity", "findings.where", "findings.what",
              "findings.whatToDo", "findings.rule"),
          ImmutableList.copyOf(rows)));
    }
    return new Block.Section("findings", 2, words.label(Label.FINDINGS), body);
  }
}

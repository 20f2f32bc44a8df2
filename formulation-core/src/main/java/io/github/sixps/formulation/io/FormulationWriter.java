package io.github.sixps.formulation.io;

import static io.github.sixps.formulation.io.WrittenFields.date;
import static io.github.sixps.formulation.io.WrittenFields.field;
import static io.github.sixps.formulation.io.WrittenFields.list;
import static io.github.sixps.formulation.io.WrittenFields.number;
import static io.github.sixps.formulation.io.WrittenFields.string;
import static io.github.sixps.formulation.io.WrittenFields.strings;
import static io.github.sixps.formulation.io.WrittenFields.text;
import static io.github.sixps.formulation.io.WrittenFields.texts;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;

import com.google.common.base.Preconditions;
import io.github.sixps.formulation.internal.KebabCase;
import io.github.sixps.formulation.model.Action;
import io.github.sixps.formulation.model.ChildsVoice;
import io.github.sixps.formulation.model.Contributor;
import io.github.sixps.formulation.model.Factor;
import io.github.sixps.formulation.model.FactorKind;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Goal;
import io.github.sixps.formulation.model.Hypothesis;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.model.Plan;
import io.github.sixps.formulation.model.PresentingIssue;
import io.github.sixps.formulation.model.Priority;
import io.github.sixps.formulation.model.Review;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes formulations as YAML or JSON in the canonical {@code sixps/1} form: keys always in the
 * same order, absent values, blank text and empty lists left out. The file says the lowest
 * version that holds what the formulation records: {@code sixps/1.1} when it has a chronology,
 * a family tree, or a person's gender, dates or language, or a factor's events; {@code sixps/1}
 * otherwise, so that such a file is written as it always was. Reading a written file and
 * writing it again gives the same text, so changes show up as small diffs in version control.
 * It never writes what {@link FormulationReader#standard()} would refuse: such a formulation is
 * refused, each value that stands in the way named by its path.
 *
 * <p>A writer is immutable and safe to share between threads.
 *
 * <pre>{@code
 * FormulationWriter writer = FormulationWriter.standard();
 * String yaml = writer.write(formulation, FileFormat.YAML);
 * writer.write(formulation, Path.of("ahmed.json"));   // replaced whole, never half-written
 * }</pre>
 */
public final class FormulationWriter {
  private static final FormulationWriter STANDARD = new FormulationWriter();

  private final JsonFactory json = JsonFactory.builder().build();
  private final YAMLFactory yaml = YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
      .disable(YAMLGenerator.Feature.SPLIT_LINES)
      .stringQuotingChecker(new YamlQuoting())
      .build();

  private FormulationWriter() {}

  /** {@return the canonical writer} */
  public static FormulationWriter standard() {
    return STANDARD;
  }

  /**
   * The format version a file of this formulation says, which is the lowest that holds what it
   * records: {@code sixps/1.1} when it has a chronology, a family tree, a person's gender, dates
   * or language, a child's words' language or a factor's events, else {@code sixps/1}. A tool
   * that edits only what {@code sixps/1} holds can tell from this that it would lose something.
   *
   * @param formulation any formulation, draft or not
   * @return {@code sixps/1} or {@code sixps/1.1}
   */
  public static String schemaOf(Formulation formulation) {
    Preconditions.checkNotNull(formulation, "formulation");
    return FormatVersion.label(FormatVersion.needed(formulation));
  }

  /**
   * Writes a formulation as text.
   *
   * @param formulation the formulation to write, draft or not
   * @param format YAML or JSON
   * @return the formulation as text in that format, ending with a line break
   * @throws IllegalArgumentException if the file would not read back: a date's year not from
   *     0000 to 9999, a text or key longer than {@link ReadLimits#maxStringLength()}, half of a
   *     character (a lone surrogate), or the whole past {@link ReadLimits#maxBytes()}, by the
   *     default limits; every such value is named by its path
   */
  public String write(Formulation formulation, FileFormat format) {
    return write(formulation, format, UnknownKeys.none());
  }

  /**
   * Writes a formulation as text with the keys a {@linkplain
   * FormulationReader#readLeniently(Path) lenient read} kept from a file of a newer minor
   * version: each written back at the end of the object it was in, and the file's own version on
   * the {@code schema} line, never relabelled as this version's. A key whose object is no longer
   * written (an action taken out) goes with it.
   *
   * @param formulation the formulation to write, draft or not
   * @param format YAML or JSON
   * @param kept the keys kept, or {@link UnknownKeys#none()}
   * @return the formulation as text in that format, ending with a line break
   * @throws IllegalArgumentException as {@link #write(Formulation, FileFormat)} says
   */
  public String write(Formulation formulation, FileFormat format, UnknownKeys kept) {
    Preconditions.checkNotNull(formulation, "formulation");
    Preconditions.checkNotNull(format, "format");
    Preconditions.checkNotNull(kept, "kept");
    WritableDates.check(formulation);
    WritableText texts = new WritableText(formulation, ReadLimits.defaults());
    StringWriter out = new StringWriter();
    try {
      JsonGenerator g;
      if (format == FileFormat.JSON) {
        g = json.createGenerator(out);
        g.setPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withObjectIndenter(new DefaultIndenter("  ", "\n")));
      } else {
        g = yaml.createGenerator(out);
      }
      try (JsonGenerator doc = kept.isEmpty() ? g : new KeptKeysGenerator(g, kept)) {
        writeDocument(doc, formulation, texts,
            kept.schema().isEmpty() ? schemaOf(formulation) : kept.schema());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter does not fail", e);
    }
    if (format == FileFormat.JSON) {
      out.write('\n');
    }
    String written = out.toString();
    texts.checkWhole(written, format);
    return written;
  }

  /**
   * Writes the formulation to {@code out}, which is flushed but not closed.
   *
   * @param formulation the formulation to write, draft or not
   * @param format YAML or JSON
   * @param out where the text goes
   * @throws IllegalArgumentException if the file would not read back: a date's year not from
   *     0000 to 9999, a text or key longer than {@link ReadLimits#maxStringLength()}, half of a
   *     character (a lone surrogate), or the whole past {@link ReadLimits#maxBytes()}, by the
   *     default limits; every such value is named by its path
   * @throws IOException if {@code out} fails
   */
  public void write(Formulation formulation, FileFormat format, Writer out) throws IOException {
    Preconditions.checkNotNull(out, "out");
    // Made whole first, so that a formulation refused leaves nothing half-written in out.
    out.write(write(formulation, format));
    out.flush();
  }

  /**
   * Writes the formulation to a file, in the format its name ends with. The file is written
   * beside its final place and then moved there ({@link AtomicFile}), so it is either replaced
   * whole, keeping its permissions, or left as it was; no half-written file is ever left behind.
   *
   * @param formulation the formulation to write, draft or not
   * @param file where to write it, ending in {@code .yaml}, {@code .yml} or {@code .json}
   * @throws IllegalArgumentException if the file name has none of those endings, or the file
   *     would not read back, as {@link #write(Formulation, FileFormat)} says
   * @throws IOException if the file cannot be written; the file is then as it was
   */
  public void write(Formulation formulation, Path file) throws IOException {
    writeFile(formulation, file, true);
  }

  /**
   * Writes the formulation to a new file, in the format its name ends with, only if there is no
   * file of that name: as {@link #write(Formulation, Path)} does, but a file already there, even
   * one another program made a moment ago, is left as it was and the write refused.
   *
   * @param formulation the formulation to write, draft or not
   * @param file where to write it, ending in {@code .yaml}, {@code .yml} or {@code .json}
   * @throws IllegalArgumentException if the file name has none of those endings, or the file
   *     would not read back, as {@link #write(Formulation, FileFormat)} says
   * @throws java.nio.file.FileAlreadyExistsException if there is a file of that name
   * @throws IOException if the file cannot be written; nothing is then left behind
   */
  public void writeNew(Formulation formulation, Path file) throws IOException {
    writeFile(formulation, file, false);
  }

  /**
   * Writes the formulation over a file, as {@link #write(Formulation, Path)} does, keeping the
   * comments people wrote in it: a YAML file's whole-line comments are put back before the same
   * keys and list items ({@link CarriedComments}). A JSON file has none, and a new file is
   * written as it is.
   *
   * @param formulation the formulation to write, draft or not
   * @param file where to write it, ending in {@code .yaml}, {@code .yml} or {@code .json}
   * @return the text written, and the comments of the file that could not be kept: a caller
   *     should tell the user of those
   * @throws IllegalArgumentException if the file name has none of those endings, or the file
   *     would not read back, as {@link #write(Formulation, FileFormat)} says
   * @throws IOException if the file cannot be read or written; the file is then as it was
   */
  public CarriedComments writeKeepingComments(Formulation formulation, Path file)
      throws IOException {
    CarriedComments carried = textKeepingComments(formulation, file);
    replace(file, carried.text().getBytes(StandardCharsets.UTF_8), true);
    return carried;
  }

  /**
   * The text {@link #writeKeepingComments} would write over a file, without writing it: the
   * formulation in the format the file's name gives, with the whole-line comments of the YAML
   * file there now put back. For a program that writes the file its own way, such as a server
   * that first checks the file has not changed.
   *
   * @param formulation the formulation to write, draft or not
   * @param file the file it would replace, ending in {@code .yaml}, {@code .yml} or {@code
   *     .json}; a JSON file, or one not there yet, gives the text with nothing carried
   * @return the text, and the comments of the file that could not be kept
   * @throws IllegalArgumentException if the file name has none of those endings, or the
   *     formulation would not read back, as {@link #write(Formulation, FileFormat)} says
   * @throws IOException if the file is there but cannot be read as UTF-8 text
   */
  public CarriedComments textKeepingComments(Formulation formulation, Path file)
      throws IOException {
    FileFormat format = formatOf(file);
    String text = write(formulation, format);
    return format == FileFormat.YAML && Files.isRegularFile(file)
        ? CarriedComments.between(Files.readString(file, StandardCharsets.UTF_8), text)
        : CarriedComments.between("", text);
  }

  private static FileFormat formatOf(Path file) {
    Preconditions.checkNotNull(file, "file");
    return FileFormat.of(file).orElseThrow(() -> new IllegalArgumentException(
        "file: cannot tell the format from the name " + file + "; use .yaml, .yml or .json"));
  }

  private void writeFile(Formulation formulation, Path file, boolean replace) throws IOException {
    byte[] content = write(formulation, formatOf(file)).getBytes(StandardCharsets.UTF_8);
    replace(file, content, replace);
  }

  private static void replace(Path file, byte[] content, boolean replace) throws IOException {
    try (AtomicFile atomic = AtomicFile.beside(file, "")) {
      atomic.write(content);
      if (replace) {
        atomic.moveIntoPlace();
      } else {
        atomic.moveIntoPlaceIfAbsent();
      }
    }
  }

  private static void writeDocument(JsonGenerator g, Formulation f, WritableText texts,
      String schema) throws IOException {
    // The checker rides on the document's object, where string() finds it from any depth.
    g.writeStartObject(texts);
    field(g, "schema", schema);
    field(g, "id", f.id());
    text(g, "title", f.title());
    date(g, "formulatedOn", f.formulatedOn());
    field(g, "status", KebabCase.of(f.status()));
    text(g, "framework", f.framework());
    list(g, "people", f.people(), FormulationWriter::person);
    ChronologyWriter.family(g, f.family());
    list(g, "contributors", f.contributors(), FormulationWriter::contributor);
    list(g, "events", f.events(), ChronologyWriter::event);
    list(g, "presenting", f.presenting(), FormulationWriter::presenting);
    for (FactorKind kind : FactorKind.values()) {
      list(g, kind.name().toLowerCase(Locale.ROOT), f.factors(kind), FormulationWriter::factor);
    }
    list(g, "childsVoice", f.childsVoice(), FormulationWriter::childsVoice);
    if (f.hypothesis().isPresent()) {
      g.writeFieldName("hypothesis");
      hypothesis(g, f.hypothesis().get());
    }
    if (!f.plan().isEmpty()) {
      g.writeFieldName("plan");
      plan(g, f.plan());
    }
    list(g, "reviews", f.reviews(), (out, r) -> review(out, r, f.plan()));
    g.writeEndObject();
  }

  private static void person(JsonGenerator g, Person p) throws IOException {
    g.writeStartObject(p);
    field(g, "id", p.id());
    text(g, "name", p.name());
    if (p.role().isPresent()) {
      field(g, "role", KebabCase.of(p.role().get()));
    }
    number(g, "age", p.age());
    ChronologyWriter.personDetails(g, p);
    g.writeEndObject();
  }

  private static void contributor(JsonGenerator g, Contributor c) throws IOException {
    g.writeStartObject(c);
    field(g, "id", c.id());
    text(g, "name", c.name());
    text(g, "role", c.role());
    text(g, "agency", c.agency());
    g.writeEndObject();
  }

  private static void presenting(JsonGenerator g, PresentingIssue p) throws IOException {
    g.writeStartObject(p);
    field(g, "id", p.id());
    text(g, "statement", p.statement());
    if (p.domain().isPresent()) {
      field(g, "domain", KebabCase.of(p.domain().get()));
    }
    strings(g, "sources", p.sources());
    g.writeEndObject();
  }

  private static void factor(JsonGenerator g, Factor f) throws IOException {
    g.writeStartObject(f);
    field(g, "id", f.id());
    text(g, "statement", f.statement());
    strings(g, "explains", f.explains());
    strings(g, "sources", f.sources());
    text(g, "evidence", f.evidence());
    if (f.priority().isPresent()) {
      g.writeFieldName("priority");
      priority(g, f.priority().get());
    }
    strings(g, "events", f.events());
    g.writeEndObject();
  }

  private static void priority(JsonGenerator g, Priority p) throws IOException {
    g.writeStartObject();
    number(g, "impact", p.impact());
    number(g, "changeability", p.changeability());
    number(g, "familyPriority", p.familyPriority());
    number(g, "urgency", p.urgency());
    number(g, "pin", p.pin());
    text(g, "reason", p.reason());
    g.writeEndObject();
  }

  private static void childsVoice(JsonGenerator g, ChildsVoice v) throws IOException {
    g.writeStartObject();
    text(g, "child", v.child());
    strings(g, "worries", v.worries());
    strings(g, "goodThings", v.goodThings());
    strings(g, "dreams", v.dreams());
    text(g, "language", v.language());
    g.writeEndObject();
  }

  private static void hypothesis(JsonGenerator g, Hypothesis h) throws IOException {
    g.writeStartObject();
    text(g, "statement", h.statement());
    strings(g, "focus", h.focus());
    text(g, "expectedChange", h.expectedChange());
    g.writeEndObject();
  }

  private static void plan(JsonGenerator g, Plan p) throws IOException {
    g.writeStartObject();
    list(g, "goals", p.goals(), FormulationWriter::goal);
    list(g, "actions", p.actions(), FormulationWriter::action);
    date(g, "nextReview", p.nextReview());
    g.writeEndObject();
  }

  private static void goal(JsonGenerator g, Goal goal) throws IOException {
    g.writeStartObject(goal);
    field(g, "id", goal.id());
    text(g, "outcome", goal.outcome());
    strings(g, "for", goal.forIssues());
    if (goal.scale().isPresent()) {
      g.writeObjectFieldStart("scale");
      g.writeNumberField("now", goal.scale().get().now());
      g.writeNumberField("target", goal.scale().get().target());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void action(JsonGenerator g, Action a) throws IOException {
    g.writeStartObject(a);
    field(g, "id", a.id());
    text(g, "action", a.action());
    text(g, "owner", a.owner());
    strings(g, "addresses", a.addresses());
    strings(g, "goals", a.goals());
    date(g, "due", a.due());
    text(g, "measure", a.measure());
    field(g, "status", KebabCase.of(a.status()));
    g.writeEndObject();
  }

  // In the plan's order, so that a file reads the way the plan does and gives the same bytes
  // whatever order the review's maps were built in.
  private static void review(JsonGenerator g, Review r, Plan plan) throws IOException {
    g.writeStartObject();
    date(g, "on", r.on());
    text(g, "by", r.by());
    if (!r.scale().isEmpty()) {
      g.writeObjectFieldStart("scale");
      for (Map.Entry<String, Integer> e : r.scaleIn(plan).entrySet()) {
        texts(g).check(g.getOutputContext(), e.getKey(), true);
        g.writeNumberField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
    }
    if (!r.actions().isEmpty()) {
      g.writeObjectFieldStart("actions");
      for (Map.Entry<String, ?> e : r.actionsIn(plan).entrySet()) {
        texts(g).check(g.getOutputContext(), e.getKey(), true);
        field(g, e.getKey(), KebabCase.of((Enum<?>) e.getValue()));
      }
      g.writeEndObject();
    }
    text(g, "notes", r.notes());
    g.writeEndObject();
  }
}

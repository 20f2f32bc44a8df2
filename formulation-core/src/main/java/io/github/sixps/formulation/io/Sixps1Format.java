package io.github.sixps.formulation.io;

import static io.github.sixps.formulation.io.ValueReader.DATE;
import static io.github.sixps.formulation.io.ValueReader.EVENT_DATE;
import static io.github.sixps.formulation.io.ValueReader.TEXT;
import static io.github.sixps.formulation.io.ValueReader.WHOLE_NUMBER;
import static io.github.sixps.formulation.io.ValueReader.listOf;
import static io.github.sixps.formulation.io.ValueReader.mapOf;
import static io.github.sixps.formulation.io.ValueReader.object;
import static io.github.sixps.formulation.io.ValueReader.oneOf;

import com.fasterxml.jackson.core.JsonToken;
import io.github.sixps.formulation.model.Action;
import io.github.sixps.formulation.model.ActionStatus;
import io.github.sixps.formulation.model.ChildsVoice;
import io.github.sixps.formulation.model.Contributor;
import io.github.sixps.formulation.model.Domain;
import io.github.sixps.formulation.model.Factor;
import io.github.sixps.formulation.model.FactorKind;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.FamilyTree;
import io.github.sixps.formulation.model.FormulationStatus;
import io.github.sixps.formulation.model.Gender;
import io.github.sixps.formulation.model.Goal;
import io.github.sixps.formulation.model.GoalScale;
import io.github.sixps.formulation.model.Hypothesis;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.model.PersonRole;
import io.github.sixps.formulation.model.Plan;
import io.github.sixps.formulation.model.PresentingIssue;
import io.github.sixps.formulation.model.Priority;
import io.github.sixps.formulation.model.Review;
import java.io.IOException;

/**
 * The shape of a {@code sixps/1} document, key by key, and how each part becomes the model. The
 * writer uses the same key names in the same order.
 */
final class Sixps1Format {
  private Sixps1Format() {}

  static final String SCHEMA = "sixps/1";

  private static final ValueReader<String> SCHEMA_VERSION = c -> {
    String text = TEXT.read(c);
    if (text == null) {
      return null;
    }
    Integer minor = FormatVersion.minorOf(text);
    if (minor == null) {
      return c.reject(Echo.quoted(text) + " is not a SixPs format name; write schema: "
          + SCHEMA, null);
    }
    if (minor < 0) {
      // Nothing else in a file of another format can be judged by this one's rules.
      throw c.fatal("this file is in format " + Echo.escaped(text) + ", which this version of"
          + " SixPs cannot read; it reads " + FormatVersion.readable(c.newestMinor()));
    }
    if (minor > c.newestMinor() && c.lenient()) {
      c.newerMinor(minor);
      return text;
    }
    if (minor > c.newestMinor()) {
      // Its other keys may be newer ones: judged by this version's rules, they would all be
      // reported as mistakes.
      throw c.fatalAlone("this file is in format " + Echo.escaped(text) + ", which is newer than"
          + " this version of SixPs reads (" + FormatVersion.readable(c.newestMinor())
          + "); update SixPs to read it");
    }
    return text;
  };

  private static final ValueReader<Person> PERSON = object(
      ObjectSpec.of("a person")
          .required("id", TEXT)
          .optional("name", TEXT)
          .optional("role", oneOf(PersonRole.class, "a role", RoleWords::meant))
          .optional("age", WHOLE_NUMBER)
          .added(FormatVersion.CHRONOLOGY, "gender", oneOf(Gender.class, "a gender"))
          .added(FormatVersion.CHRONOLOGY, "born", EVENT_DATE)
          .added(FormatVersion.CHRONOLOGY, "died", EVENT_DATE)
          .added(FormatVersion.CHRONOLOGY, "language", ChronologyFormat.LANGUAGE),
      f -> new Person(f.text("id"), f.text("name"), f.get("role"), f.get("age"), f.get("gender"),
          f.get("born"), f.get("died"), f.get("language")));

  private static final ValueReader<Contributor> CONTRIBUTOR = object(
      ObjectSpec.of("a contributor")
          .required("id", TEXT)
          .optional("name", TEXT)
          .optional("role", TEXT)
          .optional("agency", TEXT),
      f -> new Contributor(f.text("id"), f.text("name"), f.get("role"), f.get("agency")));

  private static final ValueReader<PresentingIssue> PRESENTING = object(
      ObjectSpec.of("a presenting issue")
          .required("id", TEXT)
          .optional("statement", TEXT)
          .optional("domain", oneOf(Domain.class, "a domain"))
          .optional("sources", listOf(TEXT)),
      f -> new PresentingIssue(f.text("id"), f.text("statement"), f.get("domain"),
          f.list("sources")));

  private static final ValueReader<Priority> PRIORITY = object(
      ObjectSpec.of("a priority")
          .optional("impact", WHOLE_NUMBER)
          .optional("changeability", WHOLE_NUMBER)
          .optional("familyPriority", WHOLE_NUMBER)
          .optional("urgency", WHOLE_NUMBER)
          .optional("pin", WHOLE_NUMBER)
          .optional("reason", TEXT),
      f -> new Priority(f.get("impact"), f.get("changeability"), f.get("familyPriority"),
          f.get("urgency"), f.get("pin"), f.get("reason")));

  private static ValueReader<Factor> factor(FactorKind kind, String noun) {
    ObjectSpec spec = ObjectSpec.of(noun)
        .required("id", TEXT)
        .optional("statement", TEXT)
        .optional("explains", listOf(TEXT))
        .optional("sources", listOf(TEXT))
        .optional("evidence", TEXT);
    if (kind == FactorKind.PERPETUATING) {
      spec.optional("priority", PRIORITY);
    }
    spec.added(FormatVersion.CHRONOLOGY, "events", listOf(TEXT));
    return object(spec, f -> new Factor(kind, f.text("id"), f.text("statement"),
        f.list("explains"), f.list("sources"), f.get("evidence"), f.get("priority"),
        f.list("events")));
  }

  private static final ValueReader<ChildsVoice> CHILDS_VOICE = object(
      ObjectSpec.of("a child's voice")
          .optional("child", TEXT)
          .optional("worries", listOf(TEXT))
          .optional("goodThings", listOf(TEXT))
          .optional("dreams", listOf(TEXT))
          .added(FormatVersion.CHRONOLOGY, "language", ChronologyFormat.LANGUAGE),
      f -> new ChildsVoice(f.text("child"), f.list("worries"), f.list("goodThings"),
          f.list("dreams"), f.get("language")));

  private static final ValueReader<Hypothesis> HYPOTHESIS = object(
      ObjectSpec.of("a hypothesis")
          .optional("statement", TEXT)
          .optional("focus", listOf(TEXT))
          .optional("expectedChange", TEXT),
      f -> new Hypothesis(f.text("statement"), f.list("focus"), f.get("expectedChange")));

  private static final ValueReader<GoalScale> GOAL_SCALE = object(
      ObjectSpec.of("a goal scale")
          .required("now", WHOLE_NUMBER)
          .required("target", WHOLE_NUMBER),
      f -> new GoalScale(f.<Integer>get("now").orElseThrow(),
          f.<Integer>get("target").orElseThrow()));

  private static final ValueReader<Goal> GOAL = object(
      ObjectSpec.of("a goal")
          .required("id", TEXT)
          .optional("outcome", TEXT)
          .optional("for", listOf(TEXT))
          .optional("scale", GOAL_SCALE),
      f -> new Goal(f.text("id"), f.text("outcome"), f.list("for"), f.get("scale")));

  private static final ValueReader<ActionStatus> ACTION_STATUS =
      oneOf(ActionStatus.class, "an action status");

  private static final ValueReader<Action> ACTION = object(
      ObjectSpec.of("an action")
          .required("id", TEXT)
          .optional("action", TEXT)
          .optional("owner", TEXT)
          .optional("addresses", listOf(TEXT))
          .optional("goals", listOf(TEXT))
          .optional("due", DATE)
          .optional("measure", TEXT)
          .optional("status", ACTION_STATUS),
      f -> new Action(f.text("id"), f.text("action"), f.get("owner"), f.list("addresses"),
          f.list("goals"), f.get("due"), f.get("measure"),
          f.<ActionStatus>get("status").orElse(ActionStatus.NOT_STARTED)));

  private static final ValueReader<Plan> PLAN = object(
      ObjectSpec.of("a plan")
          .optional("goals", listOf(GOAL))
          .optional("actions", listOf(ACTION))
          .optional("nextReview", DATE),
      f -> new Plan(f.list("goals"), f.list("actions"), f.get("nextReview")));

  private static final ValueReader<Review> REVIEW = object(
      ObjectSpec.of("a review")
          .optional("on", DATE)
          .optional("by", TEXT)
          .optional("scale", mapOf(WHOLE_NUMBER))
          .optional("actions", mapOf(ACTION_STATUS))
          .optional("notes", TEXT),
      f -> new Review(f.get("on"), f.get("by"), f.map("scale"), f.map("actions"), f.get("notes")));

  private static final ObjectSpec DOCUMENT = ObjectSpec.of("a formulation")
      .required("schema", SCHEMA_VERSION)
      .optional("id", TEXT)
      .optional("title", TEXT)
      .optional("formulatedOn", DATE)
      .optional("status", oneOf(FormulationStatus.class, "a formulation status"))
      .optional("framework", TEXT)
      .optional("people", listOf(PERSON))
      .added(FormatVersion.CHRONOLOGY, "family", ChronologyFormat.FAMILY)
      .optional("contributors", listOf(CONTRIBUTOR))
      .added(FormatVersion.CHRONOLOGY, "events", listOf(ChronologyFormat.EVENT))
      .optional("presenting", listOf(PRESENTING))
      .optional("predisposing", listOf(factor(FactorKind.PREDISPOSING, "a predisposing factor")))
      .optional("precipitating",
          listOf(factor(FactorKind.PRECIPITATING, "a precipitating factor")))
      .optional("perpetuating", listOf(factor(FactorKind.PERPETUATING, "a perpetuating factor")))
      .optional("protective", listOf(factor(FactorKind.PROTECTIVE, "a protective factor")))
      .optional("childsVoice", listOf(CHILDS_VOICE))
      .optional("hypothesis", HYPOTHESIS)
      .optional("plan", PLAN)
      .optional("reviews", listOf(REVIEW));

  /**
   * Reports each key given a value that a later minor version added than the file says it is
   * in, where the key is.
   */
  private static void checkVersion(Cursor c, String schema) throws FormulationReadException {
    Integer declared = FormatVersion.minorOf(schema);
    if (declared == null) {
      return;  // already reported
    }
    for (Cursor.KeyUse use : c.laterKeys()) {
      if (use.minor() > declared) {
        String needed = FormatVersion.label(use.minor());
        c.reportAt(use.at(), use.path(), Echo.quoted(use.key()) + " is part of " + needed
            + ", but this file says schema: " + Echo.escaped(schema) + "; write schema: "
            + needed + " at its top", null);
      }
    }
  }

  private static final ValueReader<Fields> DOCUMENT_READER = DOCUMENT::read;

  /**
   * Reads a whole document: one formulation and nothing after it.
   *
   * @throws FormulationReadException with every problem found, if there is any
   */
  static Formulation read(Cursor c) throws IOException {
    if (c.next() == null) {
      throw c.fatalAt(null, "the file is empty; a formulation starts with schema: " + SCHEMA,
          null);
    }
    Fields f = c.value(DOCUMENT_READER);
    if (c.next() != null) {
      throw c.fatal("found more after the end of the formulation; a file holds one formulation"
          + (c.token() == JsonToken.START_OBJECT ? " (remove the second YAML document)" : ""));
    }
    if (f != null) {
      checkVersion(c, f.text("schema"));
    }
    if (!c.isNewerMinor()) {
      // A lenient read keeps unknown keys only from a file of a newer version: in any other,
      // an unknown key is a mistake, as in every read.
      for (Cursor.Unknown u : c.unknownKeys()) {
        c.reportAt(u.at(), u.path(), u.problem(), u.suggestion());
      }
    }
    if (c.problemCount() > 0) {
      throw c.failure(false);
    }
    Formulation.Builder b = Formulation.builder()
        .id(f.text("id"))
        .title(f.text("title"))
        .formulatedOn(f.get("formulatedOn"))
        .status(f.<FormulationStatus>get("status").orElse(FormulationStatus.DRAFT))
        .framework(f.get("framework"))
        .people(f.list("people"))
        .contributors(f.list("contributors"))
        .presenting(f.list("presenting"))
        .childsVoice(f.list("childsVoice"))
        .hypothesis(f.get("hypothesis"))
        .plan(f.<Plan>get("plan").orElse(Plan.empty()))
        .reviews(f.list("reviews"))
        .events(f.list("events"))
        .family(f.<FamilyTree>get("family").orElse(FamilyTree.empty()));
    for (FactorKind kind : FactorKind.values()) {
      b.factors(kind, f.list(kind.name().toLowerCase(java.util.Locale.ROOT)));
    }
    return b.build();
  }
}

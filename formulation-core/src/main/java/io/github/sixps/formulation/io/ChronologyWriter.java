package io.github.sixps.formulation.io;

import static io.github.sixps.formulation.io.WrittenFields.eventDate;
import static io.github.sixps.formulation.io.WrittenFields.field;
import static io.github.sixps.formulation.io.WrittenFields.list;
import static io.github.sixps.formulation.io.WrittenFields.strings;
import static io.github.sixps.formulation.io.WrittenFields.text;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.sixps.formulation.internal.KebabCase;
import io.github.sixps.formulation.model.Event;
import io.github.sixps.formulation.model.FamilyTree;
import io.github.sixps.formulation.model.Household;
import io.github.sixps.formulation.model.ParentLink;
import io.github.sixps.formulation.model.Partnership;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.model.SiblingLink;
import java.io.IOException;

/**
 * Writes the parts of {@code sixps/1} that minor version 1.1 added, in the order {@link
 * ChronologyFormat} reads them: the chronology's events, the family tree, and a person's
 * gender, dates and language.
 */
final class ChronologyWriter {
  private ChronologyWriter() {}

  /** Writes a person's keys of version 1.1, after those of 1.0. */
  static void personDetails(JsonGenerator g, Person p) throws IOException {
    if (p.gender().isPresent()) {
      field(g, "gender", KebabCase.of(p.gender().get()));
    }
    eventDate(g, "born", p.born());
    eventDate(g, "died", p.died());
    text(g, "language", p.language());
  }

  static void event(JsonGenerator g, Event e) throws IOException {
    g.writeStartObject(e);
    field(g, "id", e.id());
    eventDate(g, "date", java.util.Optional.of(e.date()));
    eventDate(g, "until", e.until());
    text(g, "what", e.what());
    text(g, "source", e.source());
    strings(g, "people", e.people());
    text(g, "kind", e.kind());
    if (e.tone().isPresent()) {
      field(g, "tone", KebabCase.of(e.tone().get()));
    }
    text(g, "impact", e.impact());
    g.writeEndObject();
  }

  /** Writes the family tree, unless it records nothing. */
  static void family(JsonGenerator g, FamilyTree tree) throws IOException {
    if (tree.isEmpty()) {
      return;
    }
    g.writeObjectFieldStart("family");
    list(g, "parents", tree.parents(), ChronologyWriter::parent);
    list(g, "partnerships", tree.partnerships(), ChronologyWriter::partnership);
    list(g, "siblings", tree.siblings(), ChronologyWriter::siblings);
    list(g, "households", tree.households(), ChronologyWriter::household);
    g.writeEndObject();
  }

  private static void parent(JsonGenerator g, ParentLink link) throws IOException {
    g.writeStartObject();
    field(g, "parent", link.parent());
    field(g, "child", link.child());
    field(g, "kind", KebabCase.of(link.kind()));
    g.writeEndObject();
  }

  private static void partnership(JsonGenerator g, Partnership p) throws IOException {
    g.writeStartObject();
    field(g, "first", p.first());
    field(g, "second", p.second());
    field(g, "state", KebabCase.of(p.state()));
    eventDate(g, "from", p.from());
    eventDate(g, "until", p.until());
    g.writeEndObject();
  }

  private static void siblings(JsonGenerator g, SiblingLink link) throws IOException {
    g.writeStartObject();
    field(g, "first", link.first());
    field(g, "second", link.second());
    if (link.twins()) {
      g.writeBooleanField("twins", true);
    }
    g.writeEndObject();
  }

  private static void household(JsonGenerator g, Household h) throws IOException {
    g.writeStartObject(h);
    field(g, "id", h.id());
    text(g, "name", h.name());
    strings(g, "members", h.members());
    g.writeEndObject();
  }
}

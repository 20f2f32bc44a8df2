package io.github.sixps.formulation.server.editor;

import static io.github.sixps.formulation.server.editor.FormulationForm.each;
import static io.github.sixps.formulation.server.editor.FormulationForm.said;

import io.github.sixps.formulation.model.Event;
import io.github.sixps.formulation.model.EventTone;
import io.github.sixps.formulation.model.FamilyTree;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Household;
import io.github.sixps.formulation.model.ParentKind;
import io.github.sixps.formulation.model.ParentLink;
import io.github.sixps.formulation.model.Partnership;
import io.github.sixps.formulation.model.PartnershipState;
import io.github.sixps.formulation.model.SiblingLink;
import io.github.sixps.formulation.io.EventDateText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The form's fields for the two companions of a formulation, the chronology ({@code
 * events[0].date}, {@code .what}, {@code .people}) and the family tree ({@code
 * family.parents[0].parent}, {@code family.partnerships[0].state}, {@code
 * family.households[0].members}), both ways. Dates are shown and typed as people say them
 * ("March 2019", "about 2015").
 */
final class Companions {
  /** The value of a ticked "twins" box. */
  static final String YES = "yes";

  private Companions() {}

  static void encode(Formulation f, FormFields.Builder b) {
    each(f.events(), "events", (e, at) -> {
      b.add(at + ".id", e.id()).add(at + ".date", said(Optional.of(e.date())));
      b.add(at + ".until", said(e.until())).add(at + ".what", e.what());
      b.add(at + ".source", e.source().orElse(""));
      e.people().forEach(p -> b.add(at + ".people", p));
      b.add(at + ".tone", e.tone().map(EnumText::value).orElse(""));
      b.add(at + ".kind", e.kind().orElse("")).add(at + ".impact", e.impact().orElse(""));
      return null;
    });
    FamilyTree t = f.family();
    each(t.parents(), "family.parents", (p, at) -> b.add(at + ".parent", p.parent())
        .add(at + ".child", p.child()).add(at + ".kind", EnumText.value(p.kind())));
    each(t.partnerships(), "family.partnerships", (p, at) -> b.add(at + ".first", p.first())
        .add(at + ".second", p.second()).add(at + ".state", EnumText.value(p.state()))
        .add(at + ".from", said(p.from())).add(at + ".until", said(p.until())));
    each(t.siblings(), "family.siblings", (s, at) -> {
      b.add(at + ".first", s.first()).add(at + ".second", s.second());
      if (s.twins()) {
        b.add(at + ".twins", YES);
      }
      return null;
    });
    each(t.households(), "family.households", (h, at) -> {
      b.add(at + ".id", h.id()).add(at + ".name", h.name().orElse(""));
      h.members().forEach(m -> b.add(at + ".members", m));
      return null;
    });
  }

  /**
   * The form with its events in date order, as the chronology is shown and saved: entries whose
   * date cannot be read yet (a new one) after the rest, and entries of one date in the order
   * they were. Done before anything else reads a posted form, so that an error, a finding and
   * the label of a field ("Event 3, date") all name the entry where the page shows it.
   *
   * @param form the form
   * @return the form with the events' fields renumbered into date order
   */
  static FormFields inDateOrder(FormFields form) {
    List<Integer> slots = form.positions("events");
    List<Integer> wanted = slots.stream()
        .sorted(Comparator.comparing((Integer i) -> EventDateText.understood(
            form.text("events[" + i + "].date")).date(),
            Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
    List<Integer> now = new ArrayList<>(slots);
    FormFields out = form;
    for (int k = 0; k < now.size(); k++) {
      int j = now.indexOf(wanted.get(k));
      if (j != k) {
        out = out.swap("events", slots.get(k), slots.get(j));
        Collections.swap(now, k, j);
      }
    }
    return out;
  }

  static void decode(FormulationForm.Reading r, Formulation.Builder f) {
    FormFields form = r.form;
    f.events(r.list("events", at -> {
      Optional<io.github.sixps.formulation.model.EventDate> date = r.eventDate(at + ".date");
      if (date.isEmpty() && form.text(at + ".date").isBlank()) {
        r.errors.put(at + ".date", "Give the date of this event as you would say it, for"
            + " example March 2019, or about 2015 if nobody is sure.");
      }
      return date.map(d -> Event.builder(form.text(at + ".id"), d)
          .until(r.eventDate(at + ".until"))
          .what(form.text(at + ".what"))
          .source(r.optionalText(at + ".source"))
          .people(form.all(at + ".people"))
          .kind(r.optionalText(at + ".kind"))
          .tone(r.choice(at + ".tone", EventTone.class))
          .impact(r.optionalText(at + ".impact"))
          .build()).orElse(null);
    }).stream().filter(Objects::nonNull).toList());
    f.family(FamilyTree.builder()
        .parents(r.list("family.parents", at -> new ParentLink(form.text(at + ".parent"),
            form.text(at + ".child"), required(r, at + ".kind", ParentKind.class,
                ParentKind.BIRTH))))
        .partnerships(r.list("family.partnerships", at -> new Partnership(
            form.text(at + ".first"), form.text(at + ".second"),
            required(r, at + ".state", PartnershipState.class, PartnershipState.PARTNERS),
            r.eventDate(at + ".from"), r.eventDate(at + ".until"))))
        .siblings(r.list("family.siblings", at -> new SiblingLink(form.text(at + ".first"),
            form.text(at + ".second"), form.all(at + ".twins").contains(YES))))
        .households(r.list("family.households", at -> new Household(form.text(at + ".id"),
            r.optionalText(at + ".name"), com.google.common.collect.ImmutableList.copyOf(
                form.all(at + ".members")))))
        .build());
  }

  /**
   * A choice a link cannot be without. Left blank, it is asked for, and the link is read with
   * the usual value meanwhile so that the check and preview still show it.
   */
  private static <E extends Enum<E>> E required(FormulationForm.Reading r, String name,
      Class<E> type, E meanwhile) {
    Optional<E> e = r.choice(name, type);
    if (e.isEmpty() && r.form.text(name).isEmpty()) {
      r.errors.put(name, "Choose one of the options.");
    }
    return e.orElse(meanwhile);
  }
}

package io.github.sixps.formulation.server.editor;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.sixps.formulation.model.Action;
import io.github.sixps.formulation.model.ActionStatus;
import io.github.sixps.formulation.model.ChildsVoice;
import io.github.sixps.formulation.model.Contributor;
import io.github.sixps.formulation.io.EventDateText;
import io.github.sixps.formulation.model.Domain;
import io.github.sixps.formulation.model.EventDate;
import io.github.sixps.formulation.model.Factor;
import io.github.sixps.formulation.model.FactorKind;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.FormulationStatus;
import io.github.sixps.formulation.model.Goal;
import io.github.sixps.formulation.model.Gender;
import io.github.sixps.formulation.model.GoalScale;
import io.github.sixps.formulation.model.Hypothesis;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.model.PersonRole;
import io.github.sixps.formulation.model.Plan;
import io.github.sixps.formulation.model.PresentingIssue;
import io.github.sixps.formulation.model.Priority;
import io.github.sixps.formulation.model.Review;
import io.github.sixps.formulation.server.internal.UkDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Turns a formulation into the fields of the editor's form and back. Each field is named by the
 * path of the value it edits, with list entries by position ({@code plan.actions[2].due}); a
 * review's scores and action statuses, which the file keeps as maps, are rows
 * ({@code reviews[0].scale[1].goal} and {@code .value}).
 *
 * <p>Decoding never fails: a value that cannot be read (a date that is not a date, a scale that
 * is not a number) is left out of the formulation and reported against its field, with the
 * field's text kept in the form. Blank optional text is read as absent, as a form cannot tell
 * the two apart, and a priority, scale or hypothesis with nothing filled in as none.
 *
 * <pre>{@code
 * FormFields fields = FormulationForm.encode(formulation);
 * FormulationForm.Decoded back = FormulationForm.decode(fields);
 * back.errors();        // {} for fields made by encode
 * back.formulation();   // equal to formulation, blank optional text aside
 * }</pre>
 */
public final class FormulationForm {
  private FormulationForm() {}

  /**
   * What a form decodes to.
   *
   * @param formulation the formulation, without the values that could not be read
   * @param errors each field that could not be read to what is wrong with it, in form order
   */
  public record Decoded(Formulation formulation, ImmutableMap<String, String> errors) {}

  /**
   * The fields of a form showing a formulation.
   *
   * @param f the formulation
   * @return its fields, in the order the form shows them
   */
  public static FormFields encode(Formulation f) {
    FormFields.Builder b = FormFields.builder();
    b.add("id", f.id()).add("title", f.title());
    b.add("formulatedOn", f.formulatedOn().map(LocalDate::toString).orElse(""));
    b.add("status", EnumText.value(f.status()));
    b.add("framework", f.framework().orElse(""));
    each(f.people(), "people", (p, at) -> {
      b.add(at + ".id", p.id()).add(at + ".name", p.name());
      b.add(at + ".role", p.role().map(EnumText::value).orElse(""));
      b.add(at + ".age", p.age().map(String::valueOf).orElse(""));
      b.add(at + ".gender", p.gender().map(EnumText::value).orElse(""));
      b.add(at + ".born", said(p.born())).add(at + ".died", said(p.died()));
      b.add(at + ".language", p.language().orElse(""));
      return null;
    });
    each(f.contributors(), "contributors", (c, at) -> {
      b.add(at + ".id", c.id()).add(at + ".name", c.name());
      b.add(at + ".role", c.role().orElse("")).add(at + ".agency", c.agency().orElse(""));
      return null;
    });
    each(f.presenting(), "presenting", (p, at) -> {
      b.add(at + ".id", p.id()).add(at + ".statement", p.statement());
      b.add(at + ".domain", p.domain().map(EnumText::value).orElse(""));
      p.sources().forEach(s -> b.add(at + ".sources", s));
      return null;
    });
    for (FactorKind kind : FactorKind.values()) {
      each(f.factors(kind), EnumText.value(kind), (x, at) -> {
        b.add(at + ".id", x.id()).add(at + ".statement", x.statement());
        x.explains().forEach(s -> b.add(at + ".explains", s));
        x.sources().forEach(s -> b.add(at + ".sources", s));
        x.events().forEach(s -> b.add(at + ".events", s));
        b.add(at + ".evidence", x.evidence().orElse(""));
        if (kind == FactorKind.PERPETUATING) {
          Priority p = x.priority().orElse(Priority.none());
          b.add(at + ".priority.impact", number(p.impact()));
          b.add(at + ".priority.changeability", number(p.changeability()));
          b.add(at + ".priority.familyPriority", number(p.familyPriority()));
          b.add(at + ".priority.urgency", number(p.urgency()));
          b.add(at + ".priority.pin", number(p.pin()));
          b.add(at + ".priority.reason", p.reason().orElse(""));
        }
        return null;
      });
    }
    Companions.encode(f, b);
    each(f.childsVoice(), "childsVoice", (v, at) -> {
      b.add(at + ".child", v.child());
      each(v.worries(), at + ".worries", (s, w) -> b.add(w, s));
      each(v.goodThings(), at + ".goodThings", (s, w) -> b.add(w, s));
      each(v.dreams(), at + ".dreams", (s, w) -> b.add(w, s));
      b.add(at + ".language", v.language().orElse(""));
      return null;
    });
    Optional<Hypothesis> h = f.hypothesis();
    b.add("hypothesis.statement", h.map(Hypothesis::statement).orElse(""));
    h.ifPresent(x -> x.focus().forEach(s -> b.add("hypothesis.focus", s)));
    b.add("hypothesis.expectedChange", h.flatMap(Hypothesis::expectedChange).orElse(""));
    each(f.plan().goals(), "plan.goals", (g, at) -> {
      b.add(at + ".id", g.id()).add(at + ".outcome", g.outcome());
      g.forIssues().forEach(s -> b.add(at + ".for", s));
      b.add(at + ".scale.now", g.scale().map(s -> String.valueOf(s.now())).orElse(""));
      b.add(at + ".scale.target", g.scale().map(s -> String.valueOf(s.target())).orElse(""));
      return null;
    });
    each(f.plan().actions(), "plan.actions", (a, at) -> {
      b.add(at + ".id", a.id()).add(at + ".action", a.action());
      b.add(at + ".owner", a.owner().orElse(""));
      a.addresses().forEach(s -> b.add(at + ".addresses", s));
      a.goals().forEach(s -> b.add(at + ".goals", s));
      b.add(at + ".due", a.due().map(LocalDate::toString).orElse(""));
      b.add(at + ".measure", a.measure().orElse(""));
      b.add(at + ".status", EnumText.value(a.status()));
      return null;
    });
    b.add("plan.nextReview", f.plan().nextReview().map(LocalDate::toString).orElse(""));
    each(f.reviews(), "reviews", (r, at) -> {
      b.add(at + ".on", r.on().map(LocalDate::toString).orElse(""));
      b.add(at + ".by", r.by().orElse(""));
      each(List.copyOf(r.scaleIn(f.plan()).entrySet()), at + ".scale", (e, row) ->
          b.add(row + ".goal", e.getKey()).add(row + ".value", String.valueOf(e.getValue())));
      each(List.copyOf(r.actionsIn(f.plan()).entrySet()), at + ".actions", (e, row) ->
          b.add(row + ".action", e.getKey()).add(row + ".status", EnumText.value(e.getValue())));
      b.add(at + ".notes", r.notes().orElse(""));
      return null;
    });
    return b.build();
  }

  /**
   * Reads a form back into a formulation.
   *
   * @param form the posted fields
   * @return the formulation and what could not be read
   */
  public static Decoded decode(FormFields form) {
    Reading r = new Reading(form);
    Formulation.Builder f = Formulation.builder()
        .id(form.text("id"))
        .title(form.text("title"))
        .formulatedOn(r.date("formulatedOn"))
        .status(r.choice("status", FormulationStatus.class).orElse(FormulationStatus.DRAFT))
        .framework(r.optionalText("framework"));
    f.people(r.list("people", at -> new Person(form.text(at + ".id"), form.text(at + ".name"),
        r.choice(at + ".role", PersonRole.class), r.number(at + ".age"),
        r.choice(at + ".gender", Gender.class), r.eventDate(at + ".born"),
        r.eventDate(at + ".died"), r.optionalText(at + ".language"))));
    f.contributors(r.list("contributors", at -> new Contributor(form.text(at + ".id"),
        form.text(at + ".name"), r.optionalText(at + ".role"), r.optionalText(at + ".agency"))));
    f.presenting(r.list("presenting", at -> new PresentingIssue(form.text(at + ".id"),
        form.text(at + ".statement"), r.choice(at + ".domain", Domain.class),
        form.all(at + ".sources"))));
    for (FactorKind kind : FactorKind.values()) {
      f.factors(kind, r.list(EnumText.value(kind), at -> Factor.builder(kind, form.text(at + ".id"))
          .statement(form.text(at + ".statement"))
          .explains(form.all(at + ".explains"))
          .sources(form.all(at + ".sources"))
          .events(form.all(at + ".events"))
          .evidence(r.optionalText(at + ".evidence"))
          .priority(kind == FactorKind.PERPETUATING ? r.priority(at + ".priority")
              : Optional.empty())
          .build()));
    }
    Companions.decode(r, f);
    f.childsVoice(r.list("childsVoice", at -> new ChildsVoice(form.text(at + ".child"),
        ImmutableList.copyOf(r.list(at + ".worries", form::text)),
        ImmutableList.copyOf(r.list(at + ".goodThings", form::text)),
        ImmutableList.copyOf(r.list(at + ".dreams", form::text)),
        r.optionalText(at + ".language"))));
    String statement = form.text("hypothesis.statement");
    List<String> focus = form.all("hypothesis.focus");
    Optional<String> change = r.optionalText("hypothesis.expectedChange");
    f.hypothesis(statement.isEmpty() && focus.isEmpty() && change.isEmpty() ? Optional.empty()
        : Optional.of(new Hypothesis(statement, ImmutableList.copyOf(focus), change)));
    List<Goal> goals = r.list("plan.goals", at -> new Goal(form.text(at + ".id"),
        form.text(at + ".outcome"), ImmutableList.copyOf(form.all(at + ".for")),
        r.scale(at + ".scale")));
    List<Action> actions = r.list("plan.actions", at -> Action.builder(form.text(at + ".id"))
        .action(form.text(at + ".action"))
        .owner(r.optionalText(at + ".owner"))
        .addresses(form.all(at + ".addresses"))
        .goals(form.all(at + ".goals"))
        .due(r.date(at + ".due"))
        .measure(r.optionalText(at + ".measure"))
        .status(r.choice(at + ".status", ActionStatus.class).orElse(ActionStatus.NOT_STARTED))
        .build());
    f.plan(new Plan(ImmutableList.copyOf(goals), ImmutableList.copyOf(actions),
        r.date("plan.nextReview")));
    f.reviews(r.list("reviews", at -> Review.builder()
        .on(r.date(at + ".on"))
        .by(r.optionalText(at + ".by"))
        .scale(r.rows(at + ".scale", "goal", row -> r.number(row + ".value")))
        .actions(r.rows(at + ".actions", "action",
            row -> r.choice(row + ".status", ActionStatus.class)))
        .notes(r.optionalText(at + ".notes"))
        .build()));
    return new Decoded(f.build(), ImmutableMap.copyOf(r.errors));
  }

  /** {@return a date of the chronology or family tree as people say it, or blank} */
  static String said(Optional<EventDate> date) {
    return date.map(EventDateText::say).orElse("");
  }

  private static String number(Optional<Integer> value) {
    return value.map(String::valueOf).orElse("");
  }

  static <T> void each(List<T> items, String list, BiFunction<T, String, ?> field) {
    for (int i = 0; i < items.size(); i++) {
      field.apply(items.get(i), list + "[" + i + "]");
    }
  }

  /** One decoding: the form, and the errors found so far. */
  static final class Reading {
    final FormFields form;
    final Map<String, String> errors = new LinkedHashMap<>();

    Reading(FormFields form) {
      this.form = form;
    }

    <T> List<T> list(String list, java.util.function.Function<String, T> entry) {
      List<T> out = new ArrayList<>();
      for (int i : form.positions(list)) {
        out.add(entry.apply(list + "[" + i + "]"));
      }
      return out;
    }

    Optional<String> optionalText(String name) {
      return form.first(name).filter(s -> !s.isEmpty());
    }

    Optional<LocalDate> date(String name) {
      String text = form.text(name).strip();
      if (text.isEmpty()) {
        return Optional.empty();
      }
      Optional<LocalDate> date = UkDates.parse(text);
      if (date.isEmpty()) {
        errors.put(name, "Enter a real date as day, month and year, for example "
            + Controls.DATE_EXAMPLE + ".");
      }
      return date;
    }

    /**
     * A date of the chronology or family tree, typed as people say it ("March 2019", "about
     * 2015"); what cannot be read is reported in plain words with the forms that can.
     */
    Optional<EventDate> eventDate(String name) {
      String text = form.text(name).strip();
      if (text.isEmpty()) {
        return Optional.empty();
      }
      EventDateText.Result r = EventDateText.understood(text);
      if (r.date() == null) {
        String problem = r.problem();
        int why = problem.indexOf(" is not a date: ");
        String reason = why < 0 || problem.contains("; write") ? ""
            : " " + Character.toUpperCase(problem.charAt(why + 16))
                + problem.substring(why + 17) + ".";
        errors.put(name, "This date could not be read." + reason + " Write it as you would say"
            + " it, for example 2019, March 2019, 14 March 2019 or about 2015.");
      }
      return Optional.ofNullable(r.date());
    }

    Optional<Integer> number(String name) {
      String text = form.text(name).strip();
      if (text.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(Integer.parseInt(text));
      } catch (NumberFormatException e) {
        errors.put(name, "Enter a whole number, like 5.");
        return Optional.empty();
      }
    }

    <E extends Enum<E>> Optional<E> choice(String name, Class<E> type) {
      String text = form.text(name);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      Optional<E> e = EnumText.parse(type, text);
      if (e.isEmpty()) {
        errors.put(name, "Choose one of the options.");
      }
      return e;
    }

    Optional<Priority> priority(String at) {
      Priority p = new Priority(number(at + ".impact"), number(at + ".changeability"),
          number(at + ".familyPriority"), number(at + ".urgency"), number(at + ".pin"),
          optionalText(at + ".reason"));
      return p.equals(Priority.none()) ? Optional.empty() : Optional.of(p);
    }

    Optional<GoalScale> scale(String at) {
      Optional<Integer> now = number(at + ".now");
      Optional<Integer> target = number(at + ".target");
      if (now.isPresent() && target.isPresent()) {
        return Optional.of(GoalScale.of(now.get(), target.get()));
      }
      if (now.isPresent() != target.isPresent() && !errors.containsKey(at + ".now")
          && !errors.containsKey(at + ".target")) {
        String missing = now.isEmpty() ? ".now" : ".target";
        errors.put(at + missing, "Give both where things are now and the target, from 0 to 10,"
            + " or leave both blank.");
      }
      return Optional.empty();
    }

    <V> Map<String, V> rows(String list, String key, java.util.function.Function<String,
        Optional<V>> value) {
      Map<String, V> out = new LinkedHashMap<>();
      for (int i : form.positions(list)) {
        String row = list + "[" + i + "]";
        String k = form.text(row + "." + key);
        Optional<V> v = value.apply(row);
        if (out.containsKey(k)) {
          errors.put(row + "." + key, "This is here twice in the same review. Remove one.");
        } else if (v.isPresent()) {
          out.put(k, v.get());
        } else if (!errors.containsKey(row + ".value") && !errors.containsKey(row + ".status")) {
          errors.put(row + (key.equals("goal") ? ".value" : ".status"),
              "Fill this in, or remove the row.");
        }
      }
      return out;
    }
  }
}

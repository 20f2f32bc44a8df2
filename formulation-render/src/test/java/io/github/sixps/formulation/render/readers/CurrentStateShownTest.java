package io.github.sixps.formulation.render.readers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.model.ActionStatus;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.Terminology;
import io.github.sixps.formulation.render.html.HtmlRenderer;
import io.github.sixps.formulation.render.internal.Words;
import io.github.sixps.formulation.render.testing.WorkedExamples;
import io.github.sixps.formulation.review.CurrentState;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A reader's check: on every worked example, each action's status and each goal's score a
 * document shows is the one {@link CurrentState} gives, with where it was recorded, so that a
 * parent who did their action reads that it is done.
 */
class CurrentStateShownTest {
  static List<String> examples() {
    return WorkedExamples.names();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void thePractitionersTableShowsEachActionAsItStandsNow(String name) {
    Formulation f = WorkedExamples.read(name);
    Words say = new Words(Terminology.leeds6Ps());
    Document page = Jsoup.parse(HtmlRenderer.builder().build().render(f));
    CurrentState now = CurrentState.of(f);
    for (CurrentState.ActionNow a : now.actions()) {
      Element row = page.select("tr").stream()
          .filter(tr -> tr.select("td, th").first() != null
              && tr.select("td, th").first().text().startsWith(a.action().id() + ":"))
          .findFirst().orElseThrow(() -> new AssertionError(name + ": no row for "
              + a.action().id()));
      String shown = row.select("td, th").last().text();
      assertTrue(shown.startsWith(say.status(a.status()) + " — "), name + " "
          + a.action().id() + ": " + shown + " should be " + a.status());
      a.source().on().ifPresent(d -> assertTrue(shown.contains(say.date(d)),
          name + " " + a.action().id() + ": " + shown + " should name " + d));
    }
    assertGoals(name, f, page, say, now);
  }

  @ParameterizedTest
  @MethodSource("examples")
  void theFamilysListShowsEachActionAsItStandsNow(String name) {
    Formulation f = WorkedExamples.read(name);
    Words say = new Words(Terminology.family());
    Document page = Jsoup.parse(HtmlRenderer.builder().audience(Audience.FAMILY).build()
        .render(f));
    CurrentState now = CurrentState.of(f);
    Element actions = page.getElementById("sixps-actions");
    String statusLabel = say.text("plan.status") + ": ";
    List<String> shown = actions.select("li li").stream().map(Element::text)
        .filter(t -> t.contains(statusLabel)).collect(Collectors.toList());
    assertEquals(now.actions().size(), shown.size(), name + ": one status per action");
    for (int i = 0; i < shown.size(); i++) {
      CurrentState.ActionNow a = now.actions().get(i);
      String status = shown.get(i).substring(shown.get(i).indexOf(statusLabel)
          + statusLabel.length());
      assertTrue(status.startsWith(say.status(a.status()) + " — "),
          name + " " + a.action().id() + ": " + status + " should be " + a.status());
    }
    assertGoals(name, f, page, say, now);
  }

  /**
   * The family's list of what is done already: the actions done now, newest first, three at
   * most, each the start of its own words (cut at a word, with an ellipsis, never as if whole),
   * then how many more; no section when nothing is done.
   */
  @ParameterizedTest
  @MethodSource("examples")
  void theFamilysListOfWhatIsDoneAlreadyIsCurrentAndNewestFirst(String name) {
    Formulation f = WorkedExamples.read(name);
    Words say = new Words(Terminology.family());
    Document page = Jsoup.parse(HtmlRenderer.builder().audience(Audience.FAMILY).build()
        .render(f));
    List<CurrentState.ActionNow> done = CurrentState.of(f).actions().stream()
        .filter(a -> a.status() == ActionStatus.DONE)
        .sorted(Comparator.comparingInt((CurrentState.ActionNow a) -> a.source().review())
            .reversed())
        .toList();
    Element section = page.getElementById("sixps-done-already");
    assertEquals(done.isEmpty(), section == null, name);
    if (done.isEmpty()) {
      return;
    }
    List<String> items = section.select("li").stream().map(Element::text).toList();
    assertEquals(Math.min(3, done.size()), items.size(), name + ": " + items);
    for (int i = 0; i < items.size(); i++) {
      String item = items.get(i);
      String whole = done.get(i).action().action().strip().replaceAll("\\s+", " ");
      String start = item.endsWith("\u2026") ? item.substring(0, item.length() - 1).strip()
          : item;
      assertTrue(whole.startsWith(start), name + ": " + item + " is not the start of " + whole);
      assertTrue(item.equals(whole) || item.endsWith("\u2026"),
          name + ": a part is shown as if whole: " + item);
      assertTrue(item.length() <= 66, name + ": longer than a line: " + item);
    }
    String more = say.format("plan.doneMore", "count", String.valueOf(done.size() - 3),
        "heading", say.heading(io.github.sixps.formulation.render.Label.PLAN));
    assertEquals(done.size() > 3, section.text().contains(more), name + ": " + section.text());
  }

  private static void assertGoals(String name, Formulation f, Document page, Words say,
      CurrentState now) {
    String goals = page.getElementById("sixps-goals").text();
    for (CurrentState.GoalNow g : now.goals()) {
      g.score().ifPresent(score -> {
        String where = g.source().on().map(d -> " (" + say.format("state.atReview", "date",
            say.date(d))).orElse(" (");
        assertTrue(goals.contains("Now " + score + " out of 10" + where),
            name + " " + g.goal().id() + " should show " + score + where + " in: " + goals);
      });
    }
  }
}

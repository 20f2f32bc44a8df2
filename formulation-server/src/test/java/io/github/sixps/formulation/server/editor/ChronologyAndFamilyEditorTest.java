package io.github.sixps.formulation.server.editor;

import static io.github.sixps.formulation.server.editor.EditorPagesTest.submit;
import static io.github.sixps.formulation.server.editor.EditorPagesTest.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.model.Event;
import io.github.sixps.formulation.model.EventDate;
import io.github.sixps.formulation.model.EventTone;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.ParentKind;
import io.github.sixps.formulation.model.ParentLink;
import io.github.sixps.formulation.model.Partnership;
import io.github.sixps.formulation.model.PartnershipState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The editor's chronology and family tree over real HTTP, as a browser posts the form: an event
 * added with its date typed as people say it, a parent link and a partnership added, saved
 * through the same save as every other part (the ETag checked, the file's comments kept), and
 * the file on disk read back with them.
 */
class ChronologyAndFamilyEditorTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-20T10:00:00Z"), ZoneOffset.UTC);
  private static final String ID = "school-avoidance-ahmed";

  @TempDir
  Path dir;
  PagesServer server;

  @BeforeEach
  void start() throws Exception {
    Files.copy(EditorPagesTest.WORKED.resolve(ID + ".yaml"), dir.resolve(ID + ".yaml"));
    server = new PagesServer(dir, CLOCK);
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private Document page(PagesServer.Answer r) {
    return Jsoup.parse(r.body(), server.base.toString());
  }

  private Formulation onDisk() throws Exception {
    return FormulationReader.standard().read(dir.resolve(ID + ".yaml"));
  }

  /** Presses "Add an event" and answers the page with the new event's fields, and its name. */
  private Map.Entry<Document, String> addEvent(Document shown) throws Exception {
    PagesServer.Answer added = server.post("/formulations/" + ID, submit(shown, "add events"));
    assertEquals(200, added.statusCode(), added.body());
    Document page = page(added);
    int n = onDisk().events().size();
    String at = "events[" + n + "]";
    assertNotNull(page.getElementById(at + ".date"), "the new event's date box");
    assertEquals(at + ".date", page.getElementById("focus-target").attr("data-field"),
        "where the cursor goes: the new event's date");
    return new SimpleEntry<>(page, at);
  }

  private static Event named(Formulation f, String what) {
    return f.events().stream().filter(e -> e.what().equals(what)).findFirst().orElseThrow(
        () -> new AssertionError("no event '" + what + "' in " + f.events()));
  }

  @Test
  void anEventAndFamilyLinksAreSavedAndReadBackWithTheCommentsKept() throws Exception {
    Path file = dir.resolve(ID + ".yaml");
    Files.writeString(file, "# Kept by the family's social worker.\n" + Files.readString(file));
    Formulation before = onDisk();
    Map.Entry<Document, String> added = addEvent(page(server.get("/formulations/" + ID)));
    String at = added.getValue();
    List<Map.Entry<String, String>> fields = submit(added.getKey(), "save");
    fields = with(fields, at + ".date", "March 2019");
    fields = with(fields, at + ".what", "Amira's little brother was born.");
    fields = with(fields, at + ".source", "Sara");
    fields = with(fields, at + ".tone", "good");
    fields = with(fields, at + ".impact", "Amira says she loves being a big sister.");
    fields = new ArrayList<>(fields);
    fields.add(new SimpleEntry<>(at + ".people", "amira"));
    fields.add(new SimpleEntry<>(at + ".people", "sara"));
    // A grandmother's link and a partnership, as the family tree section's fields.
    fields.add(new SimpleEntry<>("family.parents[9].parent", "farida"));
    fields.add(new SimpleEntry<>("family.parents[9].child", "sara"));
    fields.add(new SimpleEntry<>("family.parents[9].kind", "birth"));
    fields.add(new SimpleEntry<>("family.partnerships[0].first", "sara"));
    fields.add(new SimpleEntry<>("family.partnerships[0].second", "imran"));
    fields.add(new SimpleEntry<>("family.partnerships[0].state", "married"));
    fields.add(new SimpleEntry<>("family.partnerships[0].from", "about 2012"));
    PagesServer.Answer saved = server.post("/formulations/" + ID, fields);
    assertEquals(303, saved.statusCode(), saved.body());

    Formulation after = onDisk();
    assertEquals(before.events().size() + 1, after.events().size());
    Event event = named(after, "Amira's little brother was born.");
    assertEquals(EventDate.month(2019, 3), event.date());
    assertEquals("Amira's little brother was born.", event.what());
    assertEquals(Optional.of("Sara"), event.source());
    assertEquals(List.of("amira", "sara"), event.people());
    assertEquals(Optional.of(EventTone.GOOD), event.tone());
    assertEquals(Optional.of("Amira says she loves being a big sister."), event.impact());
    assertTrue(event.id().matches("E[0-9]+"), event.id());
    assertTrue(after.family().parents().contains(new ParentLink("farida", "sara",
        ParentKind.BIRTH)), after.family().toString());
    assertEquals(List.of(new Partnership("sara", "imran", PartnershipState.MARRIED,
        Optional.of(EventDate.year(2012).approximately()), Optional.empty())),
        after.family().partnerships());
    assertTrue(after.events().containsAll(before.events()), "the events that were there");
    assertEquals(after.events().stream().map(Event::date).sorted().toList(),
        after.events().stream().map(Event::date).toList(), "saved in date order");
    String text = Files.readString(file);
    assertTrue(text.startsWith("# Kept by the family's social worker.\n"), text);
    assertTrue(text.contains("date: \"2019-03\""), "the date as the file writes it:\n" + text);

    // The page after the save shows the family tree in sentences, where its picture goes.
    Document reopened = page(server.get("/formulations/" + ID));
    Element picture = reopened.getElementById(CompanionSections.PICTURE);
    assertNotNull(picture, "the family tree's place for its picture");
    List<String> said = picture.select("li").eachText();
    assertTrue(said.contains("Farida is Sara's birth parent."), said.toString());
    assertTrue(said.contains("Sara and Imran are married, from about 2012."), said.toString());
    int shown = after.events().indexOf(event);
    assertEquals("March 2019", reopened.getElementById("events[" + shown + "].date").val(),
        "the date as people say it");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2019           | 2019 |    |    | false",
      "March 2019     | 2019 | 3  |    | false",
      "14 March 2019  | 2019 | 3  | 14 | false",
      "about 2015     | 2015 |    |    | true",
      "2019-03        | 2019 | 3  |    | false",
      "14/03/2019     | 2019 | 3  | 14 | false",
      "about May 2010 | 2010 | 5  |    | true"})
  void datesAreTypedAsPeopleSayThem(String typed, int year, Integer month, Integer day,
      boolean about) throws Exception {
    Map.Entry<Document, String> added = addEvent(page(server.get("/formulations/" + ID)));
    String at = added.getValue();
    List<Map.Entry<String, String>> fields = with(with(submit(added.getKey(), "save"),
        at + ".date", typed), at + ".what", "Something that happened.");
    PagesServer.Answer saved = server.post("/formulations/" + ID, fields);
    assertEquals(303, saved.statusCode(), saved.body());
    Formulation after = onDisk();
    EventDate date = named(after, "Something that happened.").date();
    assertEquals(new EventDate(year, Optional.ofNullable(month), Optional.ofNullable(day),
        about), date, typed);
  }

  @Test
  void aDateThatCannotBeReadIsSaidBesideItAndNothingIsWritten() throws Exception {
    String unchanged = Files.readString(dir.resolve(ID + ".yaml"));
    Map.Entry<Document, String> added = addEvent(page(server.get("/formulations/" + ID)));
    String at = added.getValue();
    List<Map.Entry<String, String>> fields = with(with(submit(added.getKey(), "save"),
        at + ".date", "the spring after the move"), at + ".what", "Moved house.");
    fields = with(fields, "people[0].born", "30 February 2017");
    PagesServer.Answer refused = server.post("/formulations/" + ID, fields);
    assertEquals(422, refused.statusCode());
    Document page = page(refused);
    assertEquals("the spring after the move", page.getElementById(at + ".date").val(),
        "the text as typed");
    String said = page.getElementById(at + ".date-error").text();
    assertTrue(said.contains("This date could not be read.")
        && said.contains("March 2019") && said.contains("about 2015"), said);
    String born = page.getElementById("people[0].born-error").text();
    assertTrue(born.contains("February"), born);
    assertEquals(unchanged, Files.readString(dir.resolve(ID + ".yaml")), "nothing written");
  }

  @Test
  void eventsAreShownInDateOrderAndTheFamilyTreeFollowsWhatIsTyped() throws Exception {
    Map.Entry<Document, String> added = addEvent(page(server.get("/formulations/" + ID)));
    String at = added.getValue();
    List<Map.Entry<String, String>> fields = with(with(submit(added.getKey(), "check"),
        at + ".date", "about 2000"), at + ".what", "Sara and Imran met.");
    Document checked = page(server.post("/formulations/" + ID, fields));
    List<String> order = checked.select("#events fieldset.item").eachAttr("id");
    assertEquals("Sara and Imran met.", checked.getElementById(order.get(0) + ".what").val(),
        "the earliest first: " + order);
    assertEquals("Event 1", checked.selectFirst("#events fieldset.item legend").text());
    assertEquals("Event 1, date", FieldLabels.of(order.get(0) + ".date"),
        "an error's label names the event as the page does");
    List<LocalDate> dates = new ArrayList<>();
    for (String entry : order) {
      dates.add(io.github.sixps.formulation.io.EventDateText.understood(
          checked.getElementById(entry + ".date").val()).date().earliest());
    }
    assertEquals(dates.stream().sorted().toList(), dates, "in date order");

    List<Map.Entry<String, String>> family = new ArrayList<>(submit(checked, "check"));
    family.add(new SimpleEntry<>("family.siblings[0].first", "amira"));
    family.add(new SimpleEntry<>("family.siblings[0].second", "farida"));
    family.add(new SimpleEntry<>("family.siblings[0].twins", "yes"));
    PagesServer.Answer live = server.post("/formulations/" + ID + "/family", family);
    assertEquals(200, live.statusCode());
    List<String> said = Jsoup.parseBodyFragment(live.body()).select("li").eachText();
    assertTrue(said.contains("Amira and Farida are twins."), said.toString());
    assertTrue(said.contains("The family home: Sara, Imran and Amira live together."),
        said.toString());
  }
}

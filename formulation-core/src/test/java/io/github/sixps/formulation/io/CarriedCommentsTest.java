package io.github.sixps.formulation.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.model.Formulation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What people wrote in a file survives a program saving it again: comments are put back before
 * the same keys and items, by id, and what cannot be kept is listed.
 */
class CarriedCommentsTest {
  @TempDir
  Path dir;

  static final String BEFORE = """
      # Fictional - for training.
      # Made up for the December workshop.

      schema: sixps/1
      id: F-1
      title: A formulation
      status: draft   # until the meeting
      people:
        # The child, who chose her own name here.
        - { id: amira, name: Amira, role: child }
        # Mum.
        - id: sara
          name: Sara
          role: parent
      plan:
        actions:
          # Grandmother offered this herself.
          - id: A1
            action: Grandmother walks Amira to school.
          # Dropped at the last review.
          - id: A2
            action: A taxi on Mondays.
      # Reviewed by the team on Friday.
      """;

  private static Formulation read(String yaml) throws IOException {
    return FormulationReader.standard().read(new java.io.ByteArrayInputStream(
        yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)), FileFormat.YAML, "before.yaml");
  }

  @Test
  void commentsGoBackBeforeTheSameKeysAndItemsAndTheRestAreListed() throws IOException {
    Formulation before = read(BEFORE);
    // A1 moves after a new A0; A2 is removed; the people change order.
    Formulation edited = before.toBuilder()
        .people(List.of(before.people().get(1), before.people().get(0)))
        .plan(io.github.sixps.formulation.model.Plan.of(List.of(), List.of(
            io.github.sixps.formulation.model.Action.builder("A0").action("New").build(),
            before.plan().actions().get(0))))
        .build();
    String written = FormulationWriter.standard().write(edited, FileFormat.YAML);
    CarriedComments carried = CarriedComments.between(BEFORE, written);
    String text = carried.text();
    assertTrue(text.startsWith("# Fictional - for training.\n# Made up for the December"
        + " workshop.\n\nschema: sixps/1\n"), text);
    assertTrue(text.contains("  # Mum.\n  - id: sara\n"), text);
    assertTrue(text.contains("  # The child, who chose her own name here.\n  - id: amira\n"),
        text);
    assertTrue(text.contains("    # Grandmother offered this herself.\n    - id: A1\n"), text);
    assertTrue(text.indexOf("- id: A0") < text.indexOf("# Grandmother"), text);
    assertTrue(text.endsWith("# Reviewed by the team on Friday.\n"), text);
    assertEquals(edited, read(text), "the comments change nothing the file says");
    assertEquals(List.of(
        "line 7: \"# until the meeting\", at the end of a line",
        "line 20: \"# Dropped at the last review.\", above something the new version no"
            + " longer has"), carried.notKept());
  }

  @Test
  void savingTwiceChangesNothingMore() throws IOException {
    Formulation f = read(BEFORE);
    String written = FormulationWriter.standard().write(f, FileFormat.YAML);
    String once = CarriedComments.between(BEFORE, written).text();
    CarriedComments twice = CarriedComments.between(once, written);
    assertEquals(once, twice.text());
    assertEquals(List.of(), twice.notKept());
  }

  @Test
  void textThatIsNotYamlListsItsCommentsAndKeepsTheNewText() {
    CarriedComments carried = CarriedComments.between("# note\nkey: [unclosed\n",
        "schema: sixps/1\n");
    assertEquals("schema: sixps/1\n", carried.text());
    assertEquals(1, carried.notKept().size());
    assertTrue(carried.notKept().get(0).startsWith("line 1: \"# note\""),
        carried.notKept().toString());
  }

  @Test
  void theWriterKeepsAFilesCommentsWhenItReplacesIt() throws IOException {
    Path file = Files.writeString(dir.resolve("f.yaml"), BEFORE);
    Formulation f = read(BEFORE);
    CarriedComments carried = FormulationWriter.standard().writeKeepingComments(
        f.toBuilder().title("Renamed").build(), file);
    String now = Files.readString(file);
    assertEquals(carried.text(), now);
    assertTrue(now.startsWith("# Fictional - for training.\n"), now);
    assertTrue(now.contains("title: Renamed\n"), now);
    assertEquals(1, carried.notKept().size(), carried.notKept().toString());
  }

  /** Hostile comment text: anything after a {@code #} stays a comment and changes nothing. */
  @Property(tries = 200)
  void anyCommentTextIsCarriedWithoutChangingTheData(
      @ForAll @StringLength(max = 40) String note) throws IOException {
    String line = note.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]", " ")
        .replaceAll("[\\p{Cc}\\p{Cs}\\uFEFF\\uFFFE\\uFFFF]", "");
    String before = "# " + line + "\nschema: sixps/1\nid: F-1\npeople:\n  # " + line
        + "\n  - id: a\n    name: A\n";
    Formulation f;
    try {
      f = read(before);
    } catch (FormulationReadException e) {
      return;
    }
    String written = FormulationWriter.standard().write(f, FileFormat.YAML);
    CarriedComments carried = CarriedComments.between(before, written);
    assertEquals(f, read(carried.text()), "the comments change nothing the file says");
    assertEquals(List.of(), carried.notKept());
    String comment = ("# " + line).stripTrailing();
    assertEquals(2, carried.text().lines().filter(l -> l.strip().equals(comment)).count(),
        carried.text());
  }
}

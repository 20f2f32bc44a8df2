package io.github.sixps.formulation.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.model.Action;
import io.github.sixps.formulation.model.ActionStatus;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Goal;
import io.github.sixps.formulation.model.Plan;
import io.github.sixps.formulation.model.Review;
import io.github.sixps.formulation.review.FormulationDiff;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The same formulation gives the same bytes and the same change sentences whatever order its
 * review maps were built in, as {@code Map.of} orders them differently on every JVM start.
 */
class CanonicalOrderTest {
  private static final List<String> GOALS = List.of("G2", "G10", "G1", "G3");
  private static final List<String> ACTIONS = List.of("A3", "A1", "A2");

  @Test
  void shuffledReviewMapsWriteTheSameBytesAndSentences() {
    Random random = new Random(26);
    Formulation first = formulation(random);
    String yaml = FormulationWriter.standard().write(first, FileFormat.YAML);
    String json = FormulationWriter.standard().write(first, FileFormat.JSON);
    String changes = FormulationDiff.between(first.toBuilder().reviews(List.of()).build(), first)
        .toText();
    for (int i = 0; i < 30; i++) {
      Formulation again = formulation(random);
      assertEquals(yaml, FormulationWriter.standard().write(again, FileFormat.YAML));
      assertEquals(json, FormulationWriter.standard().write(again, FileFormat.JSON));
      assertEquals(changes, FormulationDiff.between(
          again.toBuilder().reviews(List.of()).build(), again).toText());
    }
    // Files and sentences follow the plan's order, then ids not in the plan in id order.
    inOrder(yaml, "G2: ", "G10: ", "G1: ", "G3: ", "G4: ", "G20: ");
    inOrder(yaml, "A3: ", "A1: ", "A2: ", "A9: ");
    inOrder(changes, "G2 ", "G10 ", "G1 ", "G3 ");
  }

  @Test
  void theModelKeepsItsMapsInIdOrder() {
    Review r = Review.builder().scale(Map.of("G10", 1, "G2", 2, "G1", 3, "G01", 4)).build();
    assertEquals(List.of("G01", "G1", "G2", "G10"), List.copyOf(r.scale().keySet()));
  }

  @Test
  void anotherJvmWritesTheSameBytes(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException, InterruptedException {
    Path out = dir.resolve("out.yaml");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-cp", System.getProperty("java.class.path"),
        CanonicalOrderTest.class.getName(), out.toString())
        .redirectErrorStream(true).start();
    String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(2, TimeUnit.MINUTES));
    assertEquals(0, p.exitValue(), said);
    assertEquals(FormulationWriter.standard().write(withMapOf(), FileFormat.YAML),
        java.nio.file.Files.readString(out));
  }

  /**
   * Writes the {@code Map.of} formulation's YAML to the file named, from a second JVM whose
   * {@code Map.of} iterates in its own order.
   *
   * @param args the file to write
   * @throws IOException if it cannot be written
   */
  public static void main(String[] args) throws IOException {
    java.nio.file.Files.writeString(Path.of(args[0]),
        FormulationWriter.standard().write(withMapOf(), FileFormat.YAML));
  }

  private static void inOrder(String text, String... parts) {
    int from = 0;
    for (String part : parts) {
      int at = text.indexOf(part, from);
      assertTrue(at >= 0, part + " after " + from + " in:\n" + text);
      from = at + part.length();
    }
  }

  private static Formulation withMapOf() {
    Review r = Review.builder().on(LocalDate.of(2026, 11, 23))
        .scale(Map.of("G1", 4, "G2", 5, "G10", 6, "G3", 7, "G20", 1, "G4", 2))
        .actions(Map.of("A1", ActionStatus.DONE, "A2", ActionStatus.IN_PROGRESS,
            "A3", ActionStatus.NOT_STARTED, "A9", ActionStatus.DROPPED))
        .build();
    return base().reviews(List.of(r)).build();
  }

  private static Formulation formulation(Random random) {
    List<Review> reviews = new ArrayList<>();
    for (int day : new int[] {16, 23}) {
      Map<String, Integer> scale = shuffled(random, Map.of("G1", day % 10, "G2", 5, "G10", 6,
          "G3", 7, "G20", 1, "G4", 2));
      Map<String, ActionStatus> actions = shuffled(random, Map.of("A1", ActionStatus.DONE,
          "A2", ActionStatus.IN_PROGRESS, "A3", ActionStatus.NOT_STARTED,
          "A9", ActionStatus.DROPPED));
      reviews.add(Review.builder().on(LocalDate.of(2026, 11, day)).by("tm").scale(scale)
          .actions(actions).build());
    }
    return base().reviews(reviews).build();
  }

  private static <V> Map<String, V> shuffled(Random random, Map<String, V> values) {
    List<String> keys = new ArrayList<>(values.keySet());
    keys.sort(null);
    Collections.shuffle(keys, random);
    Map<String, V> out = new LinkedHashMap<>();
    keys.forEach(k -> out.put(k, values.get(k)));
    return out;
  }

  private static Formulation.Builder base() {
    List<Goal> goals = GOALS.stream().map(id -> Goal.of(id, "Goal " + id + ".")).toList();
    List<Action> actions = ACTIONS.stream()
        .map(id -> Action.builder(id).action("Action " + id + ".").build()).toList();
    return Formulation.builder().id("F-ORDER").title("Order")
        .plan(Plan.of(goals, actions));
  }
}

package io.github.sixps.formulation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The one implementation of many inputs that every command shares. */
class BatchTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private Batch batch(boolean terminal, int threads) {
    return new Batch(new PrintWriter(out, true), new PrintWriter(err, true), false, terminal,
        threads);
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void outputStaysInInputOrderWhateverOrderTheWorkFinishesIn() {
    Batch batch = batch(false, 4);
    List<Integer> items = IntStream.rangeClosed(1, 12).boxed().collect(Collectors.toList());
    List<Batch.Done<Integer, Integer>> done = batch.run(items, i -> "item " + i, (i, work) -> {
      // Later items finish first.
      pause((13 - i) * 5L);
      work.out().println("start of " + i);
      work.out().println("end of " + i);
      return i * 10;
    });
    assertEquals(0, batch.finish());
    StringBuilder expected = new StringBuilder();
    for (int i : items) {
      expected.append("start of ").append(i).append('\n').append("end of ").append(i).append('\n');
    }
    assertEquals(expected.toString(), out.toString(), "each item's output together, in order");
    assertEquals(items.stream().map(i -> i * 10).collect(Collectors.toList()),
        done.stream().map(d -> d.value().orElseThrow()).collect(Collectors.toList()));
  }

  @Test
  void aBoundedPoolWorksOnSeveralItemsAtOnce() {
    Batch batch = batch(false, 3);
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    Set<String> threads = ConcurrentHashMap.newKeySet();
    batch.run(IntStream.range(0, 9).boxed().collect(Collectors.toList()), String::valueOf,
        (i, work) -> {
          int now = running.incrementAndGet();
          most.accumulateAndGet(now, Math::max);
          threads.add(Thread.currentThread().getName());
          pause(40);
          running.decrementAndGet();
          return null;
        });
    assertTrue(most.get() > 1, "items are worked on side by side");
    assertTrue(most.get() <= 3, "never more at once than the pool holds: " + most.get());
    assertTrue(threads.stream().allMatch(t -> t.startsWith("formulation-worker-")),
        threads.toString());
  }

  @Test
  void goesOnPastFailuresReportsEveryProblemAtTheEndAndGivesTheWorstCode() {
    Batch batch = batch(false, 2);
    List<String> items = List.of("good-1", "unreadable", "broken", "findings", "good-2");
    List<Batch.Done<String, String>> done = batch.run(items, s -> s, (s, work) -> {
      switch (s) {
        case "unreadable":
          throw new NoSuchFileException(s);
        case "broken":
          throw new IllegalStateException("a fault of ours");
        case "findings":
          work.code(ExitCode.FINDINGS);
          return s;
        default:
          work.out().println(s + " is fine");
          return s;
      }
    });
    String before = err.toString();
    assertFalse(before.contains("no such file"), "problems wait for the end: " + before);
    assertEquals(ExitCode.INTERNAL, batch.finish(), "the worst code of all");
    assertEquals("good-1 is fine\ngood-2 is fine\n", out.toString(), "the good items are done");
    String problems = err.toString().substring(before.length());
    assertEquals("unreadable: no such file or folder\n"
        + "broken: something went wrong inside formulation: java.lang.IllegalStateException: "
        + "a fault of ours (run again with --debug to see where)\n", problems);
    assertEquals(List.of(0, 3, 70, 1, 0),
        done.stream().map(Batch.Done::code).collect(Collectors.toList()));
    assertTrue(done.get(1).unreadable().isPresent());
    assertTrue(done.get(2).value().isEmpty());
  }

  @Test
  void offATerminalEachFinishedItemIsOnePlainLine() {
    Batch batch = batch(false, 2);
    batch.run(List.of("a.yaml", "b.yaml", "c.yaml"), s -> s, (s, work) -> {
      if (s.equals("b.yaml")) {
        throw new IOException("could not be opened");
      }
      return null;
    });
    batch.finish();
    List<String> lines = err.toString().lines().collect(Collectors.toList());
    assertEquals(Set.of("a.yaml: done", "b.yaml: could not be read (the problem is shown at the "
            + "end)", "c.yaml: done"),
        lines.subList(0, 3).stream().map(l -> l.substring(l.indexOf("] ") + 2))
            .collect(Collectors.toSet()));
    // Counted in the order they finish: 1 of 3, 2 of 3, 3 of 3.
    assertEquals(List.of("[1/3]", "[2/3]", "[3/3]"), lines.subList(0, 3).stream()
        .map(l -> l.substring(0, 5)).collect(Collectors.toList()));
    assertEquals("b.yaml: could not be opened", lines.get(3), "then the problem");
    assertFalse(err.toString().contains("\r"), "no carriage returns in a log");
  }

  @Test
  void oneItemHasNoProgressAtAll() {
    Batch batch = batch(false, 4);
    batch.run(List.of("only.yaml"), s -> s, (s, work) -> null);
    assertEquals(0, batch.finish());
    assertEquals("", err.toString());
  }

  @Test
  void onATerminalTheBarIsRedrawnInPlaceAndClearedAtTheEnd() {
    Batch batch = batch(true, 2);
    batch.run(List.of("a.yaml", "b.yaml", "c.yaml"), s -> s, (s, work) -> {
      work.out().println(s);
      return null;
    });
    batch.finish();
    String shown = err.toString();
    assertTrue(shown.contains("\r[" + "#".repeat(8) + "-".repeat(16) + "] 1/3  "), shown);
    assertTrue(shown.contains("] 3/3  "), shown);
    assertFalse(shown.contains("\n"), "the bar is never a new line: " + shown);
    assertTrue(shown.endsWith("\r" + " ".repeat(Progress.WIDTH) + "\r"), "cleared at the end");
    assertEquals("a.yaml\nb.yaml\nc.yaml\n", out.toString());
  }

  @Test
  void theBarFitsEightyColumnsWhateverTheName() {
    String bar = Progress.bar(5, 9, "a/very/long/folder/name/".repeat(10) + "file.yaml");
    assertEquals(Progress.WIDTH, bar.length());
    assertTrue(bar.startsWith("[#############-----------] 5/9  …"), bar);
    assertTrue(bar.endsWith("/name/file.yaml"), "the file's own name is kept: " + bar);
    assertEquals(Progress.WIDTH, Progress.bar(0, 0, "\u001b[31mred\u001b[0m").length());
    assertFalse(Progress.bar(1, 2, "\u001b[31mred").contains("\u001b"), "names are cleaned");
  }
}

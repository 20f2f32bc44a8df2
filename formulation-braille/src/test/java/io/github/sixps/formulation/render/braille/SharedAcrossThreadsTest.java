package io.github.sixps.formulation.render.braille;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.testing.WorkedExamples;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One renderer, shared by four threads at once, writes what it writes on one. */
class SharedAcrossThreadsTest {
  @Test
  void fourThreadsGiveTheSameFilesAsOne() throws Exception {
    BrailleRenderer shared = BrailleRenderer.builder().build();
    List<Formulation> examples = new ArrayList<>();
    List<String> alone = new ArrayList<>();
    for (String name : WorkedExamples.names()) {
      Formulation f = WorkedExamples.read(name);
      examples.add(f);
      alone.add(shared.render(f));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> together = new ArrayList<>();
      for (int round = 0; round < 2; round++) {
        for (Formulation f : examples) {
          together.add(pool.submit(() -> shared.render(f)));
        }
      }
      for (int i = 0; i < together.size(); i++) {
        assertEquals(alone.get(i % alone.size()), together.get(i).get(), "file " + i);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

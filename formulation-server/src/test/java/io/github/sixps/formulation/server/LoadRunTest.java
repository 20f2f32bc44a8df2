package io.github.sixps.formulation.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The load test's small form: a bounded run of each kind of request, with no error allowed and
 * the heap steady across repeated rounds. It asserts nothing about time; the timed run is
 * {@link LoadRun}, and its numbers are in docs/benchmarks.md.
 */
class LoadRunTest {
  @TempDir Path folder;

  @Test
  void noErrorsAndSteadyMemory() throws Exception {
    String body = Files.readString(Served.AHMED);
    Files.writeString(folder.resolve("ahmed.yaml"), body);
    try (FormulationServer server = FormulationServer.builder().folder(folder).port(0).build()
        .start()) {
      // Every renderer built and warm; then the heap after the first round is the baseline
      // the later rounds must stay near.
      for (LoadRun.Kind kind : LoadRun.KINDS) {
        LoadRun.run(server.address(), kind, 2, 2, body);
      }
      long first = 0;
      for (int round = 0; round < 3; round++) {
        for (LoadRun.Kind kind : LoadRun.KINDS) {
          int requests = kind.pdf() ? 2 : 20;
          LoadRun.Result r = LoadRun.run(server.address(), kind, 2, requests, body);
          assertEquals(0, r.errors(), kind.name());
          assertEquals(requests, r.requests(), kind.name());
        }
        if (round == 0) {
          first = LoadRun.heapAfterGc();
        }
      }
      long last = LoadRun.heapAfterGc();
      assertTrue(last - first < 32L << 20, "the heap grew from " + (first >> 20) + " MiB to "
          + (last >> 20) + " MiB between the first round and the third");
    }
  }
}

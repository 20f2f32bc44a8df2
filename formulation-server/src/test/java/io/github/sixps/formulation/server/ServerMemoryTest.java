package io.github.sixps.formulation.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server as {@code formulation serve} runs it (a process of its own, with the launcher's
 * Java options) stays under the resident memory bound docs/benchmarks.md states, with 16
 * clients at once asking for every kind of request the load test sends, PDFs the most costly.
 * A smaller run than {@link LoadRun}'s, and about memory only: it asserts nothing about time.
 */
class ServerMemoryTest {
  @TempDir Path folder;

  @Test
  void sixteenClientsAtOnceKeepTheServerUnderItsMemoryBound() throws Exception {
    String body = Served.ahmed();
    Files.writeString(folder.resolve("ahmed.yaml"), body);
    try (ServerProcess server = ServerProcess.start(folder)) {
      for (LoadRun.Kind kind : LoadRun.KINDS) {
        int requests = kind.pdf() ? 32 : 400;
        LoadRun.Result r = LoadRun.run(server.address(), kind, 16, requests, body);
        assertEquals(0, r.errors(), kind.name());
        assertEquals(requests, r.requests(), kind.name());
      }
      double peak = server.peakRssMiB();
      System.out.println("ServerMemoryTest: the server's peak RSS was " + Math.round(peak)
          + " MiB, the bound " + LoadRun.RSS_BOUND_MIB + " MiB");
      assertTrue(peak < LoadRun.RSS_BOUND_MIB, "the server's resident memory reached "
          + Math.round(peak) + " MiB, over the " + LoadRun.RSS_BOUND_MIB + " MiB bound that"
          + " docs/benchmarks.md states (Java options " + ServerProcess.launcherOptions() + ")");
    }
  }
}

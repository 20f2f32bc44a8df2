package io.github.sixps.formulation.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The server against clients that send slowly: while {@code slow} clients each send a 100 kB
 * body a byte a second (and, cut off, connect and start again) for {@code seconds}, one client
 * asks for the baseline answer ({@code GET /api/schema}) again and again, and its latency is
 * compared with the same client's on a quiet server. The server runs in a process of its own
 * with the Java options of {@code formulation serve}. Not a timed test: the numbers go in
 * docs/benchmarks.md. Run it with
 * {@code ./mvnw -B -Pload -pl formulation-server -am verify -DskipTests -Dload.main=SlowClientsRun
 * -Dload.args="100 30"}.
 */
public final class SlowClientsRun {
  private SlowClientsRun() {}

  /**
   * Runs it and prints a Markdown table.
   *
   * @param args the slow clients and the seconds they send for; defaults 100 and 30
   * @throws Exception if the server cannot start
   */
  public static void main(String[] args) throws Exception {
    int slow = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    Path folder = Files.createTempDirectory("slow");
    Files.copy(Served.AHMED, folder.resolve("ahmed.yaml"));
    try (ServerProcess server = ServerProcess.start(folder)) {
      LoadRun.Kind baseline = LoadRun.KINDS.get(0);
      LoadRun.run(server.address(), baseline, 1, 500, "");
      LoadRun.Result quiet = LoadRun.run(server.address(), baseline, 1, 2000, "");
      AtomicBoolean sending = new AtomicBoolean(true);
      AtomicInteger connections = new AtomicInteger();
      AtomicInteger cutOff = new AtomicInteger();
      List<Thread> senders = new ArrayList<>();
      for (int i = 0; i < slow; i++) {
        Thread t = new Thread(() -> sendSlowly(server.address(), sending, connections, cutOff),
            "slow-" + i);
        t.setDaemon(true);
        t.start();
        senders.add(t);
      }
      // Measured while they send: from a few seconds in, when all of them are connected.
      Thread.sleep(3000);
      HttpClient client = HttpClient.newHttpClient();
      List<Long> latencies = new ArrayList<>();
      long end = System.nanoTime() + (seconds - 3) * 1_000_000_000L;
      int errors = 0;
      while (System.nanoTime() < end) {
        long t = System.nanoTime();
        HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(server.address()
                .resolve(baseline.path())).timeout(Duration.ofSeconds(60)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
        latencies.add(System.nanoTime() - t);
        if (r.statusCode() != 200) {
          errors++;
        }
      }
      sending.set(false);
      for (Thread t : senders) {
        t.join(5000);
      }
      long[] sorted = latencies.stream().mapToLong(Long::longValue).toArray();
      Arrays.sort(sorted);
      System.out.println("| Baseline GET schema, 1 client | p50 ms | p99 ms | Errors |");
      System.out.println("|---|---:|---:|---:|");
      System.out.printf(Locale.ROOT, "| quiet server | %.1f | %.1f | %d |%n", quiet.p50Millis(),
          quiet.p99Millis(), quiet.errors());
      System.out.printf(Locale.ROOT, "| with %d clients sending a byte a second | %.1f | %.1f |"
          + " %d |%n", slow, LoadRun.percentile(sorted, 0.50), LoadRun.percentile(sorted, 0.99),
          errors);
      System.out.printf(Locale.ROOT, "%nBaseline requests while they sent: %d%n", sorted.length);
      System.out.printf(Locale.ROOT, "%nSlow connections made: %d; cut off by the server: %d;"
          + " server RSS at its peak %.0f MiB (Java options %s)%n", connections.get(),
          cutOff.get(), server.peakRssMiB(), ServerProcess.launcherOptions());
    }
  }

  /** Sends a body a byte a second until the server cuts the connection, then starts again. */
  private static void sendSlowly(URI address, AtomicBoolean sending, AtomicInteger connections,
      AtomicInteger cutOff) {
    while (sending.get()) {
      try (Socket socket = new Socket(address.getHost(), address.getPort())) {
        connections.incrementAndGet();
        OutputStream out = socket.getOutputStream();
        InputStream in = socket.getInputStream();
        out.write(("PUT /api/formulations/ahmed HTTP/1.1\r\nHost: " + address.getAuthority()
            + "\r\nContent-Type: application/yaml\r\nIf-Match: *\r\nContent-Length: 100000"
            + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        while (sending.get()) {
          out.write('#');
          out.flush();
          Thread.sleep(1000);
          if (in.available() > 0) {
            cutOff.incrementAndGet();
            break;
          }
        }
      } catch (IOException e) {
        // Cut off while sending: counted as the server closing it.
        cutOff.incrementAndGet();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}

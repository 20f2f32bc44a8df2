package io.github.sixps.formulation.server;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded load test on the loopback interface: concurrent clients sharing a fixed number of
 * requests of one kind (validate, render HTML, render PDF of a worked example, save it),
 * recording latency percentiles, throughput, errors and the server's resident memory, the server
 * running in a process of its own with the Java options of {@code formulation serve}. Not a
 * timed test: the numbers go in docs/benchmarks.md. Run it with
 * {@code ./mvnw -B -Pload -pl formulation-server -am verify -DskipTests}, or its small form in
 * {@link LoadRunTest}.
 */
public final class LoadRun {
  /**
   * One kind of request: a POST of the worked example, a PUT of it over the served file
   * ({@code If-Match: *}), or a GET of a fixed answer.
   */
  record Kind(String name, String path, String method) {
    boolean pdf() {
      return path.contains("pdf");
    }
  }

  /** What one kind of request measured, and the server's memory after it. */
  record Result(String kind, int clients, int requests, int errors, double seconds,
      double p50Millis, double p99Millis, double perSecond, double rssMiB) {
    String row(Result baseline) {
      return String.format(Locale.ROOT,
          "| %s | %d | %d | %d | %.1f | %.1f | %.1f | %.1f | %.2f | %.0f |",
          kind, clients, requests, errors, seconds, p50Millis, p99Millis, perSecond,
          baseline.perSecond / perSecond, rssMiB);
    }

    Result withRss(double value) {
      return new Result(kind, clients, requests, errors, seconds, p50Millis, p99Millis,
          perSecond, value);
    }
  }

  /**
   * The kinds measured. The first is the baseline the others are compared with in the same run,
   * since this machine is shared and its speed varies from one run to the next: a GET of the
   * schema, a fixed answer of 20 KB, so that it costs the HTTP exchange (both ends) and little
   * else. The last is the write: the worked example saved over the served file.
   */
  static final List<Kind> KINDS = List.of(new Kind("baseline: GET schema", "/api/schema", "GET"),
      new Kind("validate", "/api/validate", "POST"),
      new Kind("render HTML", "/api/render?format=html", "POST"),
      new Kind("render PDF", "/api/render?format=pdf", "POST"),
      new Kind("save (PUT)", "/api/formulations/ahmed", "PUT"));

  /**
   * The most resident memory, in MiB, a server run by the launcher may use under load, as
   * docs/benchmarks.md states it: the 512 MiB heap and Java's own memory beside it.
   */
  static final int RSS_BOUND_MIB = 1024;

  private LoadRun() {}

  /**
   * Runs the load test and prints a Markdown table.
   *
   * @param args clients, then the requests in all (shared among the clients) for validate and
   *     for HTML, and for PDF; defaults 16, 5000, 500
   * @throws Exception if the server cannot start
   */
  public static void main(String[] args) throws Exception {
    int clients = args.length > 0 ? Integer.parseInt(args[0]) : 16;
    int requests = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
    int pdfRequests = args.length > 2 ? Integer.parseInt(args[2]) : 500;
    Path folder = Files.createTempDirectory("load");
    Files.copy(Served.AHMED, folder.resolve("ahmed.yaml"));
    List<Result> results = new ArrayList<>();
    double started;
    double peak;
    // The server in a process of its own, with the options formulation serve runs with, so that
    // its memory is its own and measured as the operating system sees it.
    try (ServerProcess server = ServerProcess.start(folder)) {
      started = server.rssMiB();
      String body = Files.readString(Served.AHMED);
      for (Kind kind : KINDS) {
        // Warm up each kind before it is measured, as a served instance would be.
        run(server.address(), kind, 2, kind.pdf() ? 5 : 200, body);
        results.add(run(server.address(), kind, clients,
            kind.pdf() ? pdfRequests : requests, body).withRss(server.rssMiB()));
      }
      peak = server.peakRssMiB();
    }
    System.out.println("| Request | Clients | Requests | Errors | Seconds | p50 ms | p99 ms"
        + " | Per second | Cost × baseline | Server RSS after, MiB |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    results.forEach(r -> System.out.println(r.row(results.get(0))));
    System.out.printf(Locale.ROOT, "%nServer (Java options %s): RSS %.0f MiB when started,"
        + " %.0f MiB at its peak, %d requests in all%n", ServerProcess.launcherOptions(), started,
        peak, results.stream().mapToInt(Result::requests).sum());
    System.out.println("Java " + System.getProperty("java.version") + ", "
        + Runtime.getRuntime().availableProcessors() + " cores");
    int errors = results.stream().mapToInt(Result::errors).sum();
    System.out.printf(Locale.ROOT, "Errors: %d. Peak RSS under the %d MiB bound: %s%n", errors,
        RSS_BOUND_MIB, peak < RSS_BOUND_MIB ? "met" : "MISSED");
    if (errors > 0 || peak >= RSS_BOUND_MIB) {
      System.exit(1);
    }
  }

  /**
   * Sends {@code requests} requests from {@code clients} clients at once, each taking the next
   * until all are sent.
   *
   * @return what was measured
   */
  static Result run(URI address, Kind kind, int clients, int requests, String body)
      throws Exception {
    ExecutorService io = Executors.newFixedThreadPool(4);
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
        .executor(io).build();
    URI uri = address.resolve(kind.path());
    long[] latencies = new long[requests];
    AtomicInteger errors = new AtomicInteger();
    AtomicInteger next = new AtomicInteger();
    AtomicInteger taken = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    List<Future<?>> done = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      done.add(pool.submit(() -> {
        while (taken.getAndIncrement() < requests) {
          long t = System.nanoTime();
          try {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(120));
            if (!kind.method().equals("GET")) {
              request.header("Content-Type", "application/yaml").method(kind.method(),
                  HttpRequest.BodyPublishers.ofString(body));
            }
            if (kind.method().equals("PUT")) {
              request.header("If-Match", "*");
            }
            HttpResponse<byte[]> r = client.send(request.build(),
                HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200 || r.body().length == 0) {
              errors.incrementAndGet();
            }
          } catch (IOException e) {
            errors.incrementAndGet();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
          latencies[next.getAndIncrement()] = System.nanoTime() - t;
        }
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    io.shutdown();
    long[] sorted = Arrays.copyOf(latencies, next.get());
    Arrays.sort(sorted);
    return new Result(kind.name(), clients, sorted.length, errors.get(), seconds,
        percentile(sorted, 0.50), percentile(sorted, 0.99), sorted.length / seconds, 0);
  }

  static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }

  /** {@return the heap in use after asking for full collections until it settles} */
  static long heapAfterGc() throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(100);
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}

package io.github.sixps.formulation.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.io.ReadLimits;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.html.HtmlRenderer;
import io.github.sixps.formulation.render.markdown.MarkdownRenderer;
import io.github.sixps.formulation.render.pdf.PdfRenderer;
import io.github.sixps.formulation.validate.Validator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * One case of the {@linkplain MemoryTable memory table}, in a JVM of its own whose heap is
 * capped: reads a formulation file, does one thing with it (reads it only, validates it, or
 * renders it to Markdown, HTML or PDF in a file, as the command line does) and prints the heap
 * it needed. Started by {@link MemoryTable}; arguments {@code OPERATION FILE OUT}.
 *
 * <p>Two figures are printed. {@code peakUsed} is the most heap in use at any moment, taken from
 * every garbage collection's "before" reading and the end; it includes garbage not yet
 * collected, so it depends on how lazily the collector ran. {@code peakAfterGc} is the most heap
 * still in use just after a collection, which bounds what the operation had to keep alive at
 * once; it is the figure that must grow no faster than the input. {@link MemoryTable} starts it
 * with {@code -XX:+ExitOnOutOfMemoryError}, so a run that exhausts the heap exits with code
 * {@value #OUT_OF_MEMORY}, the JVM's own, instead.
 */
public final class MemoryCase {
  /** The exit code of a JVM ended by {@code -XX:+ExitOnOutOfMemoryError}. */
  static final int OUT_OF_MEMORY = 3;

  private MemoryCase() {}

  public static void main(String[] args) throws IOException {
    measure(args, MemoryCase::run);
  }

  /** What a case does with the formulation it read: writes {@code out}. */
  @FunctionalInterface
  interface Operation {
    void write(String operation, Formulation formulation, Path out) throws IOException;
  }

  /**
   * Reads {@code args[1]}, runs {@code op} on it for the operation {@code args[0]} with the
   * output file {@code args[2]}, and prints the heap it needed. Other engines' cases (the
   * engine comparison's) measure through this too.
   */
  static void measure(String[] args, Operation op) throws IOException {
    String operation = args[0];
    Path file = Path.of(args[1]);
    Path out = Path.of(args[2]);
    AtomicLong peakUsed = new AtomicLong();
    AtomicLong peakAfter = new AtomicLong();
    AtomicLong collections = new AtomicLong();
    for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
        if (!notification.getType()
            .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
          return;
        }
        var info = GarbageCollectionNotificationInfo.from(
            (CompositeData) notification.getUserData()).getGcInfo();
        peakUsed.accumulateAndGet(total(info.getMemoryUsageBeforeGc()), Math::max);
        peakAfter.accumulateAndGet(total(info.getMemoryUsageAfterGc()), Math::max);
        collections.incrementAndGet();
      }, null, null);
    }
    long start = System.nanoTime();
    // A reader that takes the file whatever its size, so that inputs past the default limit
    // (the limit before it was lowered, and the largest that fits) can be measured too.
    FormulationReader reader = FormulationReader.builder()
        .limits(ReadLimits.defaults().withMaxBytes(Integer.MAX_VALUE)).build();
    op.write(operation, reader.read(file), out);
    long millis = (System.nanoTime() - start) / 1_000_000;
    long now = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        now += pool.getUsage().getUsed();
      }
    }
    peakUsed.accumulateAndGet(now, Math::max);
    System.out.println("peakUsed=" + peakUsed.get() + " peakAfterGc=" + peakAfter.get()
        + " collections=" + collections.get() + " millis=" + millis
        + " outBytes=" + Files.size(out));
  }

  private static void run(String operation, Formulation formulation, Path out)
      throws IOException {
    switch (operation) {
      case "read":
        Files.writeString(out, formulation.id(), StandardCharsets.UTF_8);
        break;
      case "validate":
        Files.writeString(out, String.valueOf(Validator.standard()
            .validate(formulation, LibraryBenchmarks.AS_OF).findings().size()),
            StandardCharsets.UTF_8);
        break;
      case "markdown":
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
          MarkdownRenderer.builder().build().render(formulation, w);
        }
        break;
      case "html":
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
          HtmlRenderer.builder().build().render(formulation, w);
        }
        break;
      case "pdf":
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out))) {
          PdfRenderer.builder().build().render(formulation, o);
        }
        break;
      default:
        throw new IllegalArgumentException("operation: expected read, validate, markdown, html"
            + " or pdf, was " + operation);
    }
  }

  private static long total(Map<String, MemoryUsage> pools) {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage usage = pools.get(pool.getName());
      if (pool.getType() == MemoryType.HEAP && usage != null) {
        sum += usage.getUsed();
      }
    }
    return sum;
  }
}

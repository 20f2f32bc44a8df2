package io.github.sixps.formulation.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.prioritise.Prioritiser;
import io.github.sixps.formulation.prioritise.RankedFactor;
import io.github.sixps.formulation.render.html.HtmlRenderer;
import io.github.sixps.formulation.render.markdown.MarkdownRenderer;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.testing.WorkedExamples;
import io.github.sixps.formulation.testing.Formulations;
import io.github.sixps.formulation.validate.Validator;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import net.jqwik.api.Example;

/**
 * One Markdown, one HTML and one PDF renderer, one validator and one prioritiser, shared by 8
 * threads doing 1,000 operations each over the worked examples and generated drafts (hostile text
 * included): every output is byte-identical to the single-threaded output of the same input.
 *
 * <p>A PDF costs fifty to a hundred times what the rest do, so one operation in {@value
 * #PDF_EVERY} is a PDF (32 in all, 4 in each thread, over the worked examples and the first {@value
 * #PDF_DRAFTS} drafts); the others take turns at Markdown, HTML, validation and ranking over every
 * input. That keeps the test near 45 seconds of processor time, about half a minute on two idle
 * cores.
 */
class SharedAcrossThreadsTest {
  private static final int THREADS = 8;
  private static final int OPERATIONS = 1_000;
  private static final int PDF_EVERY = 250;
  private static final int DRAFTS = 30;
  private static final int PDF_DRAFTS = 4;
  /** The drafts are the same on every run, so that a failure can be repeated. */
  private static final long SEED = 20_261_122L;

  // A fixed clock: the findings and the PDF's creation date depend on what today is.
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T09:30:00Z"),
      ZoneOffset.UTC);
  private static final Prioritiser PRIORITISER = Prioritiser.standard();
  private static final Validator VALIDATOR = Validator.builder().clock(CLOCK)
      .prioritiser(PRIORITISER).build();
  // The renderers show the findings and the ranking too, so these are shared twice over.
  private static final MarkdownRenderer MARKDOWN = MarkdownRenderer.builder()
      .audience(Audience.FAMILY).frontMatter(true).ranking(PRIORITISER).teaching(true).build();
  private static final HtmlRenderer HTML = HtmlRenderer.builder().findings(VALIDATOR)
      .ranking(PRIORITISER).build();
  private static final PdfRenderer PDF = PdfRenderer.builder().findings(VALIDATOR)
      .ranking(PRIORITISER).clock(CLOCK).build();

  /** What one operation does; each gives its output as bytes, to compare exactly. */
  private enum Operation {
    MARKDOWN {
      @Override
      byte[] apply(Formulation f) {
        return utf8(SharedAcrossThreadsTest.MARKDOWN.render(f));
      }
    },
    HTML {
      @Override
      byte[] apply(Formulation f) {
        return utf8(SharedAcrossThreadsTest.HTML.render(f));
      }
    },
    VALIDATE {
      @Override
      byte[] apply(Formulation f) {
        return utf8(VALIDATOR.validate(f).toString());
      }
    },
    RANK {
      @Override
      byte[] apply(Formulation f) {
        // The whole of each ranked factor, explanation included, not just the order.
        return utf8(PRIORITISER.rank(f).factors().stream().map(RankedFactor::toString)
            .collect(Collectors.joining("\n")));
      }
    },
    PDF {
      @Override
      byte[] apply(Formulation f) {
        return SharedAcrossThreadsTest.PDF.render(f);
      }
    };

    abstract byte[] apply(Formulation f);

    /** The operations other than a PDF, taken in turn. */
    static final List<Operation> CHEAP = List.of(MARKDOWN, HTML, VALIDATE, RANK);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** One input, with its name for messages. */
  private record Input(String name, Formulation formulation) {}

  private static List<Input> inputs() {
    List<Input> inputs = new ArrayList<>();
    // The worked examples first: the PDFs are made from the first few inputs.
    for (String name : WorkedExamples.names()) {
      inputs.add(new Input(name, WorkedExamples.read(name)));
    }
    var drafts = Formulations.drafts().generator(1_000);
    Random random = new Random(SEED);
    for (int i = 0; i < DRAFTS; i++) {
      inputs.add(new Input("draft " + i + " of seed " + SEED, drafts.next(random).value()));
    }
    return inputs;
  }

  /**
   * Which input a thread's step uses: every thread walks the inputs from its own starting point,
   * so that at any moment the threads are on different formulations; PDFs take turns over the
   * worked examples and the first drafts.
   */
  private static int inputOf(int thread, int step, int inputs, int workedExamples) {
    if (operationOf(thread, step) == Operation.PDF) {
      return (thread + step / PDF_EVERY) % (workedExamples + PDF_DRAFTS);
    }
    return (thread * 7 + step) % inputs;
  }

  /** Which operation a thread's step does: mostly the cheap ones in turn, sometimes a PDF. */
  private static Operation operationOf(int thread, int step) {
    // Offset per thread so that the threads reach their PDFs at different moments.
    if ((step + thread * (PDF_EVERY / THREADS)) % PDF_EVERY == 0) {
      return Operation.PDF;
    }
    return Operation.CHEAP.get((step + thread) % Operation.CHEAP.size());
  }

  // A jqwik example rather than a JUnit test: the drafts can only be generated on jqwik's thread.
  @Example
  void everyOutputIsByteIdenticalToTheSingleThreadedOne() throws Exception {
    List<Input> inputs = inputs();
    int n = inputs.size();
    int examples = WorkedExamples.names().size();

    // Single-threaded first: every output that the threads will be asked for.
    byte[][][] expected = new byte[Operation.values().length][n][];
    int pdfs = 0;
    for (int thread = 0; thread < THREADS; thread++) {
      for (int step = 0; step < OPERATIONS; step++) {
        Operation op = operationOf(thread, step);
        int i = inputOf(thread, step, n, examples);
        pdfs += op == Operation.PDF ? 1 : 0;
        if (expected[op.ordinal()][i] == null) {
          expected[op.ordinal()][i] = op.apply(inputs.get(i).formulation());
        }
      }
    }
    assertEquals(THREADS * OPERATIONS / PDF_EVERY, pdfs, "PDFs among the operations");

    List<String> mismatches = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        done.add(pool.submit(() -> {
          start.await();
          int count = 0;
          for (int step = 0; step < OPERATIONS; step++) {
            Operation op = operationOf(thread, step);
            int i = inputOf(thread, step, n, examples);
            byte[] actual = op.apply(inputs.get(i).formulation());
            if (!Arrays.equals(expected[op.ordinal()][i], actual)) {
              mismatches.add(op + " of " + inputs.get(i).name() + " in thread " + thread
                  + " at step " + step);
            }
            count++;
          }
          return count;
        }));
      }
      start.countDown();
      int operations = 0;
      for (Future<Integer> f : done) {
        operations += f.get(5, TimeUnit.MINUTES);
      }
      assertEquals(THREADS * OPERATIONS, operations, "operations done");
    } finally {
      pool.shutdownNow();
    }
    assertTrue(mismatches.isEmpty(), mismatches.size() + " outputs differ from the"
        + " single-threaded ones, such as:\n" + String.join("\n",
            mismatches.subList(0, Math.min(10, mismatches.size()))));
  }
}

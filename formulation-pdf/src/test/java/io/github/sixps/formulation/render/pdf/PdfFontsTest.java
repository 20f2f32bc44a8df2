package io.github.sixps.formulation.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.PresentingIssue;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The fonts lent to each document: the text reads back as written, document after document. */
class PdfFontsTest {
  private static final String LIGATURES =
      "The office staff find the flat's fluffy affiliations baffling.";

  private static final PdfRenderer RENDERER = PdfRenderer.builder()
      .clock(Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC)).build();

  private static Formulation withText(String text) {
    return Formulation.builder().title("Fonts")
        .addPresenting(PresentingIssue.of("P1", text)).build();
  }

  @Test
  void lettersThatCouldJoinAreSetAndReadAsSeparateLetters() throws IOException {
    // Letters a font could join ("fi", "fl", "ff", "ffl") come back from the PDF as they were
    // written, with no ligature characters (U+FB00 to U+FB06) in their place.
    try (PDDocument pdf = Loader.loadPDF(RENDERER.render(withText(LIGATURES)))) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertTrue(text.contains(LIGATURES), text);
      assertFalse(text.chars().anyMatch(c -> c >= 0xFB00 && c <= 0xFB06), text);
    }
  }

  @Test
  void theFacesLentToOneDocumentServeTheNextAlike() {
    // The second and third documents use faces parsed for the first: the same bytes each time.
    Formulation f = withText(LIGATURES);
    byte[] first = RENDERER.render(f);
    assertArrayEquals(first, RENDERER.render(f));
    assertArrayEquals(first, RENDERER.render(f));
  }

  @Test
  void aLeaseServesOneDocument() throws IOException {
    try (PdfFonts.Lease lease = PdfFonts.bundled().lend();
        PdfBoxRenderer renderer = new PdfRendererBuilder()
            .withHtmlContent("<html><body><p>x</p></body></html>", null).buildPdfRenderer()) {
      lease.register(renderer);
      assertThrows(IllegalStateException.class, () -> lease.register(renderer));
    }
  }

  @Test
  void noMoreSetsOfFacesAreMadeThanDocumentsMayBeLaidOutAtOnce() throws Exception {
    // Three times as many threads as turns, each rendering twice: every PDF is whole, and no
    // more sets of parsed fonts are kept than there are turns.
    int threads = 3 * PdfFonts.AT_ONCE + 1;
    Formulation f = withText(LIGATURES);
    byte[] expected = RENDERER.render(f);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<byte[]>> done = new ArrayList<>();
      for (int i = 0; i < 2 * threads; i++) {
        done.add(pool.submit(() -> RENDERER.render(f)));
      }
      for (Future<byte[]> d : done) {
        assertArrayEquals(expected, d.get(5, TimeUnit.MINUTES));
      }
    } finally {
      pool.shutdownNow();
    }
    int kept = PdfFonts.bundled().setsKept();
    assertTrue(kept >= 1 && kept <= PdfFonts.AT_ONCE, kept + " sets kept for " + PdfFonts.AT_ONCE
        + " turns");
  }

  @Test
  void whenEveryTurnIsTakenTheNextDocumentWaitsAndCanBeInterrupted() throws Exception {
    // Fonts of its own, so that the renders of other tests do not take these turns.
    byte[] noto;
    try (var in = PdfFontsTest.class.getResourceAsStream("fonts/NotoSans-Regular.ttf")) {
      noto = in.readAllBytes();
    }
    PdfFonts fonts = PdfFonts.with(List.of(FontFile.of("NotoSans-Regular.ttf", noto)));
    List<PdfFonts.Lease> taken = new ArrayList<>();
    for (int i = 0; i < PdfFonts.AT_ONCE; i++) {
      taken.add(fonts.lend());
    }
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      Future<PdfFonts.Lease> waiting = other.submit(fonts::lend);
      assertThrows(TimeoutException.class, () -> waiting.get(300, TimeUnit.MILLISECONDS));
      taken.remove(0).close();
      taken.add(waiting.get(30, TimeUnit.SECONDS));

      BlockingQueue<Throwable> thrown = new ArrayBlockingQueue<>(1);
      Thread t = new Thread(() -> {
        try {
          fonts.lend().close();
          thrown.add(new AssertionError("lent a set when every one was taken"));
        } catch (Throwable e) {
          thrown.add(e);
        }
      });
      t.start();
      t.interrupt();
      Throwable e = thrown.poll(30, TimeUnit.SECONDS);
      assertTrue(e instanceof InterruptedIOException, String.valueOf(e));
    } finally {
      taken.forEach(PdfFonts.Lease::close);
      other.shutdownNow();
    }
    assertEquals(PdfFonts.AT_ONCE, fonts.setsMade(), "the set given back was lent again");
  }
}

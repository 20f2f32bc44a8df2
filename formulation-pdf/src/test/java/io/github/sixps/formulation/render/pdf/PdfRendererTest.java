package io.github.sixps.formulation.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.testing.UserText;
import io.github.sixps.formulation.render.testing.WorkedExamples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The PDF renderer over the worked examples, both audiences, and the blank worksheet: veraPDF
 * finds no failed rule of PDF/UA-1 (and, archival, of PDF/A-3a); every statement of the source is
 * in the text; every font is embedded; the page count is sane; and the metadata, alternative text
 * and large print are there. The PDFs are written to {@code target/pdf-preview} for looking at.
 */
class PdfRendererTest {
  // Built once and shared, as callers are told to.
  private static final PdfRenderer PRACTITIONER = PdfRenderer.builder().build();
  private static final PdfRenderer FAMILY = PdfRenderer.builder().audience(Audience.FAMILY)
      .build();
  private static final PdfRenderer ARCHIVAL = PdfRenderer.builder().archival(true).build();
  private static final PdfRenderer ARCHIVAL_FAMILY = PdfRenderer.builder()
      .audience(Audience.FAMILY).archival(true).build();
  private static final Path PREVIEW = Path.of("target", "pdf-preview");

  /** Rendered once each: validation, text and fonts all look at the same bytes. */
  private static final Map<String, byte[]> RENDERED = new ConcurrentHashMap<>();

  static Stream<Arguments> examples() {
    List<Arguments> all = new ArrayList<>();
    for (String name : WorkedExamples.names()) {
      all.add(Arguments.of(name, Audience.PRACTITIONER));
      all.add(Arguments.of(name, Audience.FAMILY));
    }
    return all.stream();
  }

  private static byte[] pdf(String name, Audience audience, boolean archival) {
    String key = name + (audience == Audience.FAMILY ? "-family" : "")
        + (archival ? "-archival" : "");
    return RENDERED.computeIfAbsent(key, k -> {
      PdfRenderer r = archival ? (audience == Audience.FAMILY ? ARCHIVAL_FAMILY : ARCHIVAL)
          : (audience == Audience.FAMILY ? FAMILY : PRACTITIONER);
      byte[] bytes = r.render(WorkedExamples.read(name));
      save(k, bytes);
      return bytes;
    });
  }

  private static void save(String name, byte[] bytes) {
    try {
      Files.createDirectories(PREVIEW);
      Files.write(PREVIEW.resolve(name + ".pdf"), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * An archival PDF's colour profile is the one this module bundles, not the Java runtime's,
   * which differs between Java versions (and so did the bytes of every archival PDF).
   */
  @Test
  void anArchivalPdfEmbedsTheBundledSrgbProfile() throws IOException {
    byte[] bundled;
    try (var in = PdfRenderer.class.getResourceAsStream("color/sRGB.icc")) {
      bundled = in.readAllBytes();
    }
    try (PDDocument doc = Loader.loadPDF(ARCHIVAL.renderBlank())) {
      var intents = doc.getDocumentCatalog().getOutputIntents();
      assertEquals(1, intents.size());
      byte[] embedded;
      try (var in = intents.get(0).getDestOutputIntent().createInputStream()) {
        embedded = in.readAllBytes();
      }
      assertEquals(-1, java.util.Arrays.mismatch(bundled, embedded), "the bundled sRGB.icc ("
          + bundled.length + " bytes), embedded (" + embedded.length + " bytes)");
    }
    assertFalse(java.util.Arrays.equals(bundled, java.awt.color.ICC_Profile
        .getInstance(java.awt.color.ColorSpace.CS_sRGB).getData()), "not the runtime's");
  }

  @ParameterizedTest(name = "{0} for {1}")
  @MethodSource("examples")
  void workedExampleConformsToPdfUa(String name, Audience audience) {
    PdfChecks.assertConforms(pdf(name, audience, false), PDFAFlavour.PDFUA_1, name);
  }

  @ParameterizedTest(name = "{0} for {1}")
  @MethodSource("examples")
  void archivalWorkedExampleConformsToPdfA3aAndPdfUa(String name, Audience audience) {
    byte[] pdf = pdf(name, audience, true);
    PdfChecks.assertConforms(pdf, PDFAFlavour.PDFA_3_A, name);
    PdfChecks.assertConforms(pdf, PDFAFlavour.PDFUA_1, name);
  }

  @Test
  void blankWorksheetConforms() {
    byte[] blank = PdfRenderer.builder().teaching(true).build().renderBlank();
    save("blank", blank);
    PdfChecks.assertConforms(blank, PDFAFlavour.PDFUA_1, "blank worksheet");
    PdfChecks.assertFontsEmbedded(blank);
    byte[] archival = PdfRenderer.builder().teaching(true).archival(true).build().renderBlank();
    PdfChecks.assertConforms(archival, PDFAFlavour.PDFA_3_A, "archival blank worksheet");
    PdfChecks.assertConforms(archival, PDFAFlavour.PDFUA_1, "archival blank worksheet");
    int pages = PdfChecks.pages(blank);
    assertEquals(2, pages, "blank worksheet: a sheet of boxes and one of houses");
  }

  @ParameterizedTest(name = "{0} for {1}")
  @MethodSource("examples")
  void workedExampleHasEveryStatementEmbeddedFontsAndSanePages(String name, Audience audience) {
    byte[] pdf = pdf(name, audience, false);
    Formulation f = WorkedExamples.read(name);
    PdfChecks.assertContainsAll(pdf, UserText.of(f, audience), name);
    PdfChecks.assertFontsEmbedded(pdf);
    int pages = PdfChecks.pages(pdf);
    // About a page per ten statements, large print about twice that; far more means runaway
    // layout, fewer means something was left out.
    int statements = UserText.of(f, audience).size();
    int most = (audience == Audience.FAMILY ? 3 : 2) * (4 + statements / 5);
    assertTrue(pages >= 3 && pages <= most, name + ": " + pages + " pages, expected 3 to "
        + most);
  }

  @Test
  void metadataTitleLanguageAndAlternativeText() throws IOException {
    String name = WorkedExamples.names().get(WorkedExamples.names().size() - 1);
    Formulation f = WorkedExamples.read(name);
    try (PDDocument pdf = Loader.loadPDF(pdf(name, Audience.PRACTITIONER, false))) {
      var info = pdf.getDocumentInformation();
      assertEquals(f.title(), info.getTitle());
      assertEquals("SixPs", info.getCreator());
      assertEquals("SixPs", info.getProducer());
      assertTrue(info.getAuthor().contains(f.contributors().get(0).name()), info.getAuthor());
      assertFalse(info.getSubject().isBlank());
      var catalog = pdf.getDocumentCatalog();
      assertEquals("en-GB", catalog.getLanguage());
      assertTrue(catalog.getViewerPreferences().displayDocTitle());
      assertTrue(catalog.getMarkInfo().isMarked());
      String xmp = new String(catalog.getMetadata().toByteArray(),
          java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(xmp.contains("<xmp:CreatorTool>SixPs</xmp:CreatorTool>"), xmp);

      List<String> figures = new ArrayList<>();
      collectFigures(catalog.getStructureTreeRoot(), figures);
      assertFalse(figures.isEmpty(), "no figures");
      for (String alt : figures) {
        assertTrue(alt != null && !alt.isBlank(), "a figure without alternative text");
      }
      boolean diagram = figures.stream().anyMatch(a -> a.contains(
          f.presenting().get(0).statement().substring(0, 20)));
      assertTrue(diagram, "the diagram's alternative text names the presenting issues: "
          + figures);
      if (!f.reviews().isEmpty() && !f.plan().goals().isEmpty()) {
        assertTrue(figures.size() >= 2, "the goal-scale chart is a figure too: " + figures);
      }
    }
  }

  private static void collectFigures(PDStructureNode node, List<String> alts) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement e) {
        if ("Figure".equals(e.getStructureType())) {
          alts.add(e.getAlternateDescription());
        }
        collectFigures(e, alts);
      }
    }
  }

  @Test
  void familyVersionIsLargePrint() throws IOException {
    String name = WorkedExamples.names().get(0);
    Map<Float, Integer> sizes = new HashMap<>();
    try (PDDocument pdf = Loader.loadPDF(pdf(name, Audience.FAMILY, false))) {
      float[] body = PdfChecks.body(pdf);
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void writeString(String text, List<TextPosition> positions) {
          for (TextPosition p : positions) {
            if (p.getYDirAdj() < body[0] || p.getYDirAdj() > body[1] + 1) {
              continue;
            }
            // Sizes to the nearest half point.
            float size = Math.round(p.getFontSizeInPt() * 2) / 2f;
            sizes.merge(size, 1, Integer::sum);
          }
        }
      };
      stripper.getText(pdf);
    }
    float body = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow()
        .getKey();
    assertTrue(body >= 16, "family body text is " + body + "pt: " + sizes);
    // Below the running header and above the footer, nothing is smaller.
    assertTrue(sizes.keySet().stream().allMatch(s -> s >= 16), "text under 16pt: " + sizes);
  }

  @Test
  void themedLogoIsEmbeddedAsAFigureWithAlternativeText() throws IOException {
    java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(120, 40,
        java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = image.createGraphics();
    g.setColor(java.awt.Color.WHITE);
    g.fillRect(0, 0, 120, 40);
    g.setColor(new java.awt.Color(0x1d, 0x4f, 0x91));
    g.fillRect(8, 8, 104, 24);
    g.dispose();
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    javax.imageio.ImageIO.write(image, "png", png);
    PdfRenderer themed = PdfRenderer.builder().theme(io.github.sixps.formulation.render.Theme
        .plain().withOrganisation("Riverside Council").withLogo(png.toByteArray())
        .withAccent("#1d4f91")).build();
    byte[] pdf = themed.render(WorkedExamples.read(WorkedExamples.names().get(0)));
    save("themed", pdf);
    PdfChecks.assertConforms(pdf, PDFAFlavour.PDFUA_1, "themed");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      var resources = doc.getPage(0).getResources();
      boolean image0 = false;
      for (var name : resources.getXObjectNames()) {
        image0 |= resources.getXObject(name)
            instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
      }
      assertTrue(image0, "the logo is on the first page");
      List<String> figures = new ArrayList<>();
      collectFigures(doc.getDocumentCatalog().getStructureTreeRoot(), figures);
      assertTrue(figures.contains("Riverside Council logo"), figures.toString());
    }
  }

  @Test
  void hostileTextIsOnlyText() throws IOException {
    String hostile = "<img src=\"file:///etc/passwd\"/> <!DOCTYPE x [<!ENTITY e SYSTEM"
        + " \"file:///etc/passwd\">]> &e; <link rel=\"stylesheet\" href=\"http://example.com/\"/>";
    Formulation f = WorkedExamples.read(WorkedExamples.names().get(0)).toBuilder()
        .title("Title " + hostile).build();
    byte[] pdf = PRACTITIONER.render(f);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = PdfChecks.text(doc);
      assertTrue(text.contains(PdfChecks.fold(hostile)), "the markup is shown as text");
      assertFalse(text.contains("root:"), "no file was read");
    }
  }

  @Test
  void streamIsLeftOpenAndMatchesBytes() throws IOException {
    Formulation f = WorkedExamples.read(WorkedExamples.names().get(0));
    boolean[] closed = {false};
    ByteArrayOutputStream out = new ByteArrayOutputStream() {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    PRACTITIONER.render(f, out);
    assertFalse(closed[0]);
    assertTrue(new String(out.toByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)
        .startsWith("%PDF-"));
    assertEquals(PdfChecks.pages(pdf(WorkedExamples.names().get(0), Audience.PRACTITIONER,
        false)), PdfChecks.pages(out.toByteArray()));
    assertThrows(NullPointerException.class, () -> PRACTITIONER.render(null, out));
  }

  @Test
  void fixedClockDatesThePdfAndMakesItReproducible() throws IOException {
    java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.parse("2026-03-01T10:15:30Z"),
        java.time.ZoneOffset.UTC);
    Formulation f = WorkedExamples.read(WorkedExamples.names().get(0));
    PdfRenderer archival = PdfRenderer.builder().archival(true).clock(clock).build();
    byte[] first = archival.render(f);
    byte[] again = PdfRenderer.builder().archival(true).clock(clock).build().render(f);
    assertTrue(java.util.Arrays.equals(first, again), "two renders differ");
    PdfChecks.assertConforms(first, PDFAFlavour.PDFA_3_A, "dated by a fixed clock");
    try (PDDocument pdf = Loader.loadPDF(first)) {
      assertEquals(java.time.Instant.parse("2026-03-01T10:15:30Z"),
          pdf.getDocumentInformation().getCreationDate().toInstant());
      String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(),
          java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(xmp.contains("2026-03-01T10:15:30"), "the PDF/A metadata has the same date");
    }
    // Another date or another formulation gives another file identifier.
    byte[] later = PdfRenderer.builder().archival(true).clock(java.time.Clock.offset(clock,
        java.time.Duration.ofSeconds(1))).build().render(f);
    byte[] other = archival.render(f.toBuilder().title("Another title").build());
    assertFalse(id(first).equals(id(later)), "the identifier ignores the date");
    assertFalse(id(first).equals(id(other)), "the identifier ignores the content");
  }

  @Test
  void withoutAClockThePdfIsDatedByItsContentAndTwoRendersAreTheSame() throws IOException {
    // Unless SOURCE_DATE_EPOCH is set where the tests run, which CreationDateTest covers.
    org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("SOURCE_DATE_EPOCH") == null,
        "SOURCE_DATE_EPOCH is set, which dates every PDF; CreationDateTest covers that");
    Formulation f = WorkedExamples.read(WorkedExamples.names().get(0));
    byte[] first = PdfRenderer.builder().build().render(f);
    byte[] again = PdfRenderer.builder().build().render(f);
    assertTrue(java.util.Arrays.equals(first, again), "two renders differ");
    java.time.LocalDate own = io.github.sixps.formulation.review.FormulationDiff.dateOf(f)
        .orElseThrow();
    try (PDDocument pdf = Loader.loadPDF(first)) {
      assertEquals(own.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
          pdf.getDocumentInformation().getCreationDate().toInstant());
    }
  }

  private static String id(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return doc.getDocument().getDocumentID().toString();
    }
  }

  @Test
  void oneRendererServesManyThreads() throws Exception {
    List<String> names = WorkedExamples.names();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> pages = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        String name = names.get(i % names.size());
        pages.add(pool.submit(() -> PdfChecks.pages(PRACTITIONER.render(
            WorkedExamples.read(name)))));
      }
      for (int i = 0; i < pages.size(); i++) {
        String name = names.get(i % names.size());
        assertEquals(PdfChecks.pages(pdf(name, Audience.PRACTITIONER, false)),
            pages.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

package io.github.sixps.formulation.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.Terminology;
import io.github.sixps.formulation.render.testing.WorkedExamples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * Right-to-left PDFs read in the right order at the foot of every page, from the positions of
 * the glyphs on the page: an Urdu terminology's own page number, and the English one a partial
 * terminology falls back to ("Page 2 of 4", never "4 of 2Page"), in the record, the family
 * handout and the blank worksheet (the supervision summary has no page number). The
 * PDFs are kept in target/shaping to look at.
 */
class RightToLeftPdfTest {
  private static final Path URDU = Path.of("../formulation-render/src/test/resources/"
      + "terminology/urdu-test.yaml");

  /** The urdu-test terminology without its words for the page number. */
  private static Terminology partial() throws IOException {
    String yaml = Files.readString(URDU).lines().filter(l -> !l.contains("pageNumber"))
        .collect(Collectors.joining("\n"));
    return Terminology.parseYaml(yaml, "partial Urdu");
  }

  /**
   * Each page's footer: its glyphs' text ordered left to right by where they are drawn, with a
   * space where there is a gap.
   */
  static List<String> footers(byte[] pdf) throws IOException {
    List<String> footers = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      // The footer's band, below the body as page 1 has it (a family's large print has narrower
      // margins, a worksheet's sheet is A4 turned sideways), and about the page's middle.
      float top = PdfChecks.body(doc)[1];
      for (int page = 1; page <= doc.getNumberOfPages(); page++) {
        List<TextPosition> glyphs = new ArrayList<>();
        org.apache.pdfbox.pdmodel.common.PDRectangle box = doc.getPage(page - 1).getMediaBox();
        float middle = box.getWidth() / 2;
        PDFTextStripper stripper = new PDFTextStripper() {
          @Override
          protected void processTextPosition(TextPosition text) {
            if (text.getYDirAdj() > top && text.getXDirAdj() > middle - 147
                && text.getXDirAdj() < middle + 123) {
              glyphs.add(text);
            }
          }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(doc);
        glyphs.sort(Comparator.comparing(TextPosition::getXDirAdj));
        StringBuilder s = new StringBuilder();
        float end = Float.NaN;
        for (TextPosition g : glyphs) {
          if (!Float.isNaN(end) && g.getXDirAdj() - end > g.getWidthDirAdj() * 0.2f) {
            s.append(' ');
          }
          s.append(g.getUnicode());
          end = g.getXDirAdj() + g.getWidthDirAdj();
        }
        footers.add(s.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip());
      }
    }
    return footers;
  }

  @Test
  void aPartialRightToLeftTerminologysEnglishPageNumberReadsInItsOwnOrder() throws IOException {
    Terminology partial = partial();
    Path out = Path.of("target", "shaping");
    Files.createDirectories(out);
    for (PdfRenderer renderer : List.of(
        PdfRenderer.builder().terminology(partial).build(),
        PdfRenderer.builder().terminology(partial).audience(Audience.FAMILY).build())) {
      byte[] pdf = renderer.render(WorkedExamples.read("school-avoidance-ahmed"));
      Files.write(out.resolve("urdu-partial-" + renderer.options().audience() + "-"
          + renderer.options().view() + ".pdf"), pdf);
      List<String> footers = footers(pdf);
      for (int page = 1; page <= footers.size(); page++) {
        assertEquals("Page " + page + " of " + footers.size(), footers.get(page - 1),
            renderer + ", page " + page);
      }
    }
    byte[] blank = PdfRenderer.builder().terminology(partial).build().renderBlank();
    Files.write(out.resolve("urdu-partial-blank.pdf"), blank);
    List<String> footers = footers(blank);
    assertEquals("Page 1 of " + footers.size(), footers.get(0));
  }

  @Test
  void anUrduPageNumberReadsRightToLeft() throws IOException {
    byte[] pdf = PdfRenderer.builder().audience(Audience.FAMILY)
        .terminology(Terminology.load(URDU)).build()
        .render(WorkedExamples.read("school-avoidance-ahmed"));
    Files.write(Files.createDirectories(Path.of("target", "shaping")).resolve("urdu-FAMILY.pdf"),
        pdf);
    List<String> footers = footers(pdf);
    assertTrue(footers.size() > 1);
    for (int page = 1; page <= footers.size(); page++) {
      // Shown left to right: the count, از, the page, then صفحہ at the right, where an Urdu
      // reader starts ("صفحہ 1 از 7": page 1 of 7).
      String[] words = footers.get(page - 1).split(" ");
      assertEquals(4, words.length, footers.get(page - 1));
      assertEquals(String.valueOf(footers.size()), words[0], footers.get(page - 1));
      assertEquals(String.valueOf(page), words[2], footers.get(page - 1));
    }
  }
}

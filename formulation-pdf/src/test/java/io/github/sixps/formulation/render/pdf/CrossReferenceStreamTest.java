package io.github.sixps.formulation.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.render.testing.WorkedExamples;
import io.github.sixps.formulation.testing.ExternalTool;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDFBox's cross-reference stream, mended to list itself, as qpdf and PDFBox read it. */
class CrossReferenceStreamTest {
  @TempDir
  Path dir;

  @Test
  void qpdfFindsNothingToWarnAboutAfterTheMendButDidBefore() throws Exception {
    Path qpdf = ExternalTool.require(List.of("qpdf"), "apt-get install qpdf");
    byte[] mended = PdfRenderer.builder().build()
        .render(WorkedExamples.read(WorkedExamples.names().get(0)));
    byte[] asPdfBoxSavesIt;
    try (PDDocument doc = Loader.loadPDF(mended)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      asPdfBoxSavesIt = out.toByteArray();
    }
    assertTrue(check(qpdf, asPdfBoxSavesIt).contains("WARNING"),
        "PDFBox's own stream leaves itself out; if it no longer does, this class can go");
    String said = check(qpdf, CrossReferenceStream.listItself(asPdfBoxSavesIt));
    assertFalse(said.contains("WARNING"), said);
    assertFalse(check(qpdf, mended).contains("WARNING"));
  }

  @Test
  void theMendedFileReadsTheSame() throws Exception {
    byte[] pdf = PdfRenderer.builder().build()
        .render(WorkedExamples.read(WorkedExamples.names().get(0)));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains(WorkedExamples.read(WorkedExamples.names().get(0)).title()
          .split(" ")[0]));
      assertTrue(doc.getNumberOfPages() > 1);
    }
  }

  @Test
  void aFileItDoesNotKnowIsGivenBackUnchanged() {
    byte[] notPdfBoxs = "%PDF-1.4\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 1 >>\n"
        .concat("startxref\n9\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
    assertArrayEquals(notPdfBoxs, CrossReferenceStream.listItself(notPdfBoxs));
    byte[] once = CrossReferenceStream.listItself(PdfRenderer.builder().build().renderBlank());
    assertArrayEquals(once, CrossReferenceStream.listItself(once), "already lists itself");
  }

  private String check(Path qpdf, byte[] pdf) throws Exception {
    Path file = Files.write(dir.resolve("check.pdf"), pdf);
    Process p = new ProcessBuilder(qpdf.toString(), "--check", file.toString())
        .redirectErrorStream(true).start();
    String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int code = p.waitFor();
    assertTrue(code == 0 || code == 3, said);
    assertEquals(said.contains("WARNING"), code == 3, said);
    return said;
  }
}

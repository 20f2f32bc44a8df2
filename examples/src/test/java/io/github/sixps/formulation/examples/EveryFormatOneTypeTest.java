package io.github.sixps.formulation.examples;

import static io.github.sixps.formulation.examples.WorkedExamplesTest.BEFORE_REVIEW;
import static io.github.sixps.formulation.examples.WorkedExamplesTest.WORKED;
import static io.github.sixps.formulation.examples.WorkedExamplesTest.read;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.DocumentRenderer;
import io.github.sixps.formulation.render.Renderer;
import io.github.sixps.formulation.render.braille.BrailleRenderer;
import io.github.sixps.formulation.render.docx.DocxRenderer;
import io.github.sixps.formulation.render.html.HtmlRenderer;
import io.github.sixps.formulation.render.markdown.MarkdownRenderer;
import io.github.sixps.formulation.render.pdf.PdfRenderer;
import io.github.sixps.formulation.review.FormulationDiff;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every format, text or bytes, is one type an embedder can choose at run time: each writes the
 * same document its own methods make, and names its file extension and media type.
 */
class EveryFormatOneTypeTest {
  private static final List<DocumentRenderer> EVERY_FORMAT = List.of(
      MarkdownRenderer.builder().build(), HtmlRenderer.builder().build(),
      BrailleRenderer.builder().build(), PdfRenderer.builder().build(),
      DocxRenderer.builder().build());

  @Test
  void eachWritesTheDocumentItsOwnMethodsMake() throws Exception {
    Formulation newer = read(WORKED.resolve("young-carer-kowalski.yaml"));
    Formulation older = read(BEFORE_REVIEW.resolve("young-carer-kowalski.yaml"));
    FormulationDiff diff = FormulationDiff.between(older, newer);
    assertEquals(List.of("md", "html", "brf", "pdf", "docx"),
        EVERY_FORMAT.stream().map(DocumentRenderer::extension).toList());
    for (DocumentRenderer renderer : EVERY_FORMAT) {
      byte[] written = write(out -> renderer.write(newer, out));
      byte[] withChanges = write(out -> renderer.writeSince(older, newer, out));
      byte[] changes = write(out -> renderer.writeChanges(diff, out));
      if (renderer instanceof Renderer text) {
        assertArrayEquals(text.render(newer).getBytes(StandardCharsets.UTF_8), written);
        assertArrayEquals(text.renderSince(older, newer).getBytes(StandardCharsets.UTF_8),
            withChanges);
        assertArrayEquals(text.renderChanges(diff).getBytes(StandardCharsets.UTF_8), changes);
        assertTrue(renderer.mediaType().startsWith("text/"), renderer.mediaType());
      } else if (renderer instanceof PdfRenderer pdf) {
        assertArrayEquals(pdf.render(newer), written);
        assertArrayEquals(pdf.renderChanges(diff), changes);
        assertEquals("application/pdf", renderer.mediaType());
      } else if (renderer instanceof DocxRenderer docx) {
        assertArrayEquals(docx.render(newer), written);
        assertArrayEquals(docx.renderSince(older, newer), withChanges);
        assertTrue(renderer.mediaType().contains("wordprocessingml"), renderer.mediaType());
      }
      assertTrue(withChanges.length > 0 && changes.length > 0, renderer.toString());
    }
  }

  private interface Writing {
    void to(ByteArrayOutputStream out) throws Exception;
  }

  private static byte[] write(Writing writing) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writing.to(out);
    return out.toByteArray();
  }
}

package io.github.sixps.formulation.render.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.testing.WorkedExamples;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The same input gives the same bytes: two renderers built apart, rendering the same example
 * seconds apart, write identical files, whose zip entries are dated 1 January 1980 and start
 * with the content types.
 */
class ReproducibleBytesTest {
  @Test
  void sameInputSameBytes() throws Exception {
    Formulation f = WorkedExamples.read("school-avoidance-ahmed");
    for (Audience audience : Audience.values()) {
      byte[] first = DocxRenderer.builder().audience(audience).build().render(f);
      Thread.sleep(2100); // past a zip timestamp's two-second step
      byte[] second = DocxRenderer.builder().audience(audience).build().render(f);
      assertArrayEquals(first, second, audience + ": two renders differ");
    }
    byte[] blank1 = DocxRenderer.builder().build().renderBlank();
    byte[] blank2 = DocxRenderer.builder().build().renderBlank();
    assertArrayEquals(blank1, blank2, "the blank worksheet differs between renders");
  }

  @Test
  void entriesAreDatedAndOrdered() throws IOException {
    byte[] docx = DocxRenderer.builder().build()
        .render(WorkedExamples.read("school-avoidance-ahmed"));
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        names.add(e.getName());
        assertEquals(LocalDateTime.of(1980, 1, 1, 0, 0), e.getTimeLocal(), e.getName());
      }
    }
    assertEquals("[Content_Types].xml", names.get(0));
    assertEquals("_rels/.rels", names.get(1));
    List<String> rest = new ArrayList<>(names.subList(2, names.size()));
    List<String> sorted = new ArrayList<>(rest);
    sorted.sort(null);
    assertEquals(sorted, rest, "the other entries are in name order");
  }
}

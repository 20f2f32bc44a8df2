package consumer;

import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.View;
import io.github.sixps.formulation.render.docx.DocxRenderer;
import io.github.sixps.formulation.render.html.HtmlRenderer;
import io.github.sixps.formulation.render.markdown.MarkdownRenderer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Makes Word documents with formulation-docx alone (and the Markdown and HTML it brings): for
 * each file given, the practitioner's record, the family's version, the chronology and the family
 * tree as .docx in the folder given last, each read back with Apache POI, as an application that
 * stores them would, to check that it opens with its title and count its headings and
 * pictures.
 */
public final class Main {
  public static void main(String[] args) throws Exception {
    Map<String, DocxRenderer> word = new TreeMap<>(Map.of(
        "", DocxRenderer.builder().build(),
        "-family", DocxRenderer.builder().audience(Audience.FAMILY).build(),
        "-chronology", DocxRenderer.builder().view(View.CHRONOLOGY).build(),
        "-genogram", DocxRenderer.builder().view(View.GENOGRAM).build()));
    Path out = Path.of(args[args.length - 1]);
    Files.createDirectories(out);
    for (int i = 0; i < args.length - 1; i++) {
      Path file = Path.of(args[i]);
      String name = file.getFileName().toString().replaceFirst("\\.yaml$", "");
      Formulation f = FormulationReader.standard().read(file);
      Files.writeString(out.resolve(name + ".md"), MarkdownRenderer.builder().build().render(f),
          StandardCharsets.UTF_8);
      Files.writeString(out.resolve(name + ".html"), HtmlRenderer.builder().build().render(f),
          StandardCharsets.UTF_8);
      for (Map.Entry<String, DocxRenderer> w : word.entrySet()) {
        byte[] docx = w.getValue().render(f);
        Files.write(out.resolve(name + w.getKey() + ".docx"), docx);
        System.out.println(name + w.getKey() + ".docx: " + readBack(docx));
      }
    }
  }

  /**
   * What the document holds, read back; fails unless it opens with its title in Heading 1, the
   * same as the title in its properties.
   */
  private static String readBack(byte[] docx) throws Exception {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      XWPFParagraph first = doc.getParagraphs().get(0);
      String title = doc.getProperties().getCoreProperties().getTitle();
      if (!"Heading1".equals(first.getStyleID()) || first.getText().isBlank()
          || !first.getText().equals(title)) {
        throw new IllegalStateException("the document does not open with its title in Heading 1: "
            + first.getStyleID() + " " + first.getText() + ", title " + title);
      }
      long headings = doc.getParagraphs().stream()
          .filter(p -> p.getStyleID() != null && p.getStyleID().startsWith("Heading")).count();
      return headings + " headings, " + doc.getAllPictures().size() + " pictures, title "
          + title;
    }
  }
}

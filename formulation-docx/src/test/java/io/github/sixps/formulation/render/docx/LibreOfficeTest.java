package io.github.sixps.formulation.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * LibreOffice opens every document (every view, for each audience) and converts it to PDF and
 * to HTML without loss: the HTML's headings are the outline's, in order, its pictures are the
 * outline's, each with its title as its alt text, and its text holds every user text whole, in
 * every script; each PDF is a PDF of at least one page. The conversions are kept in {@code
 * target/docx-preview/libreoffice} for looking at.
 */
class LibreOfficeTest {
  private static final Path OUT = Preview.DIR.resolve("libreoffice");
  private static List<Preview.Made> made;

  @BeforeAll
  static void convert() throws Exception {
    made = Preview.all();
    List<Path> files = made.stream().map(Preview.Made::file).toList();
    LibreOffice.convert(files, "html", OUT);
    LibreOffice.convert(files, "pdf", OUT);
  }

  private static Path converted(Preview.Made m, String extension) {
    String name = m.name();
    return OUT.resolve(name.substring(0, name.length() - ".docx".length()) + "." + extension);
  }

  @Test
  void theHtmlHasTheOutlinesHeadingsPicturesAndEveryUserText() throws Exception {
    for (Preview.Made m : made) {
      Document html = Jsoup.parse(converted(m, "html").toFile(), "UTF-8");
      List<String> headings = html.select("h1, h2, h3, h4, h5, h6").stream()
          .map(Element::text).map(Runs::fold).toList();
      assertEquals(m.headings(), headings, m.name());
      // LibreOffice writes each picture out as a PNG of its own, with the picture's title as
      // its alt text.
      List<String> pictures = html.select("img").stream().map(img -> img.attr("alt")).toList();
      assertEquals(m.pictures().stream().map(Runs::fold).toList(), pictures,
          m.name() + ": its pictures in LibreOffice's HTML");
      for (Element img : html.select("img")) {
        Path png = OUT.resolve(img.attr("src"));
        assertTrue(Files.isRegularFile(png) && Files.size(png) > 1000, m.name() + ": " + png);
      }
      String text = html.body().text().replace('\u00a0', ' ').replaceAll("\\s+", " ");
      for (String userText : m.userText()) {
        assertTrue(text.contains(userText), m.name() + " lacks, in LibreOffice's HTML: "
            + userText);
      }
    }
  }

  @Test
  void everyDocumentBecomesAPdf() throws Exception {
    for (Preview.Made m : made) {
      byte[] pdf = Files.readAllBytes(converted(m, "pdf"));
      assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII), m.name());
      assertTrue(new String(pdf, StandardCharsets.ISO_8859_1).contains("/Type /Page")
          || new String(pdf, StandardCharsets.ISO_8859_1).contains("/Type/Page"), m.name());
    }
  }
}

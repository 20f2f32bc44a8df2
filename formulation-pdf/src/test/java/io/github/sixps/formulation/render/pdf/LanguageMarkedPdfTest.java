package io.github.sixps.formulation.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.testing.WordsInUrdu;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * A child's words said in Urdu carry {@code /Lang (ur)} on their structure elements in the
 * tagged PDF, read back by PDFBox: openhtmltopdf carries the HTML {@code lang} attribute of the
 * run into the structure tree. The document stays PDF/UA-1 by veraPDF.
 */
class LanguageMarkedPdfTest {
  private static final Path PREVIEW = Path.of("target", "pdf-preview");

  @ParameterizedTest
  @EnumSource(Audience.class)
  void theChildsUrduWordsAreMarkedUrdu(Audience audience) throws IOException {
    byte[] pdf = PdfRenderer.builder().audience(audience).build()
        .render(WordsInUrdu.formulation());
    Files.createDirectories(PREVIEW);
    Files.write(PREVIEW.resolve("words-in-urdu-" + audience.name().toLowerCase(Locale.ROOT)
        + ".pdf"), pdf);
    PdfChecks.assertConforms(pdf, PDFAFlavour.PDFUA_1, "Urdu words for " + audience);
    List<String> marked = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertEquals("en-GB", doc.getDocumentCatalog().getLanguage());
      Map<PDPage, Map<Integer, String>> texts = new HashMap<>();
      collect(doc.getDocumentCatalog().getStructureTreeRoot(), null, marked, texts);
    }
    String all = String.join(" | ", marked);
    // The marked content holds the glyphs as drawn (right to left, in presentation forms; the
    // logical text is in ActualText, which this extractor does not apply), so each element is
    // compared with a run of the child's words by the letters it holds.
    List<String> letters = marked.stream().map(LanguageMarkedPdfTest::letters).toList();
    for (String said : List.of(WordsInUrdu.WORRY, WordsInUrdu.GOOD_THING, WordsInUrdu.DREAM)) {
      assertTrue(letters.contains(letters(said)),
          "each run of the child's words is one element marked ur: " + all);
    }
    assertEquals(3, marked.size(), "nothing else is marked ur: " + all);
    assertFalse(all.contains("Worries") || all.contains("Dreams"),
        "the labels stay in the document's language: " + all);
  }

  /** The letters of a text, folded and sorted: the same for its logical and its drawn order. */
  private static String letters(String text) {
    return PdfChecks.fold(text).codePoints().sorted().collect(StringBuilder::new,
        StringBuilder::appendCodePoint, StringBuilder::append).toString();
  }

  /** Text of each structure element marked ur, from the marked content its kids refer to. */
  private static void collect(PDStructureNode node, PDPage page, List<String> marked,
      Map<PDPage, Map<Integer, String>> texts) throws IOException {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement e) {
        PDPage on = e.getPage() != null ? e.getPage() : page;
        if ("ur".equals(e.getLanguage())) {
          marked.add(text(e, on, texts));
        }
        collect(e, on, marked, texts);
      }
    }
  }

  private static String text(PDStructureElement e, PDPage page,
      Map<PDPage, Map<Integer, String>> texts) throws IOException {
    StringBuilder text = new StringBuilder();
    for (Object kid : e.getKids()) {
      if (kid instanceof Integer mcid && page != null) {
        text.append(pageTexts(page, texts).getOrDefault(mcid, ""));
      } else if (kid instanceof PDStructureElement child) {
        text.append(text(child, child.getPage() != null ? child.getPage() : page, texts));
      }
    }
    return text.toString();
  }

  private static Map<Integer, String> pageTexts(PDPage page,
      Map<PDPage, Map<Integer, String>> texts) throws IOException {
    Map<Integer, String> known = texts.get(page);
    if (known == null) {
      known = new HashMap<>();
      PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
      extractor.processPage(page);
      for (PDMarkedContent content : extractor.getMarkedContents()) {
        add(content, known);
      }
      texts.put(page, known);
    }
    return known;
  }

  private static void add(PDMarkedContent content, Map<Integer, String> known) {
    StringBuilder text = new StringBuilder();
    for (Object o : content.getContents()) {
      if (o instanceof TextPosition t) {
        text.append(t.getUnicode());
      } else if (o instanceof PDMarkedContent inner) {
        add(inner, known);
      }
    }
    if (content.getMCID() >= 0) {
      known.merge(content.getMCID(), text.toString(), String::concat);
    }
  }
}

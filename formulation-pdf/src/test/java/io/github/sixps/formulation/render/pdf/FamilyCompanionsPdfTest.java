package io.github.sixps.formulation.render.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.View;
import io.github.sixps.formulation.render.testing.Families;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The chronology and the family tree in the PDF: a blended family, a kinship placement and a
 * child in foster care, for practitioners and families, conform to PDF/UA; the family tree and
 * the timeline are figures whose alternative text states every relationship and every event;
 * the chronology's table and the tree's sentences are in the text.
 */
class FamilyCompanionsPdfTest {
  private static final Path PREVIEW = Path.of("target", "pdf-preview");

  static Stream<Arguments> families() {
    List<Arguments> all = new ArrayList<>();
    for (String name : List.of("blended", "kinship", "foster")) {
      for (Audience audience : Audience.values()) {
        all.add(Arguments.of(name, audience));
      }
    }
    return all.stream();
  }

  private static Formulation family(String name) {
    switch (name) {
      case "blended":
        return Families.blended();
      case "kinship":
        return Families.kinship();
      default:
        return Families.foster();
    }
  }

  @ParameterizedTest(name = "{0} for {1}")
  @MethodSource("families")
  void conformsAndCarriesTheTreeAndTheChronology(String name, Audience audience)
      throws IOException {
    Formulation f = family(name);
    // A practitioner's whole record carries both; a family's handout leaves them to documents
    // of their own.
    List<View> views = audience == Audience.FAMILY ? List.of(View.GENOGRAM, View.CHRONOLOGY)
        : List.of(View.FULL);
    List<String> figures = new ArrayList<>();
    StringBuilder all = new StringBuilder();
    for (View view : views) {
      byte[] pdf = PdfRenderer.builder().audience(audience).view(view).build().render(f);
      Files.createDirectories(PREVIEW);
      Files.write(PREVIEW.resolve("companions-" + name + "-" + audience.name().toLowerCase(
          java.util.Locale.ROOT) + "-" + view.name().toLowerCase(java.util.Locale.ROOT)
          + ".pdf"), pdf);
      PdfChecks.assertConforms(pdf, PDFAFlavour.PDFUA_1, name);
      PdfChecks.assertFontsEmbedded(pdf);
      try (PDDocument doc = Loader.loadPDF(pdf)) {
        collectFigures(doc.getDocumentCatalog().getStructureTreeRoot(), figures);
        all.append(PdfChecks.fold(PdfChecks.text(doc)));
      }
    }
    String text = all.toString();
    String child = f.people().get(0).name();
    assertTrue(figures.stream().anyMatch(a -> a.contains(child + " is the child this is about")),
        "the family tree is a figure whose words state the relationships: " + figures);
    if (!f.events().isEmpty()) {
      assertTrue(figures.stream().anyMatch(a -> a.contains("February 2022: Nana June died")),
          "the timeline is a figure whose words give each event: " + figures);
      assertTrue(text.contains(PdfChecks.fold("Kai started at Oak Lane Primary.")), text);
      assertTrue(text.contains(PdfChecks.fold("about 2020")), "an approximate date keeps its 'about'");
      assertTrue(text.contains(PdfChecks.fold("Kai lost the person he went to after school.")),
          "the impact on the child is there");
      assertTrue(text.contains("Hardtime") && text.contains("Goodtime"),
          "good and hard times are said in words");
      if (audience == Audience.FAMILY) {
        assertFalse(text.contains("Healthvisitor"), "no source's professional name");
      } else {
        assertTrue(text.contains(PdfChecks.fold("Health visitor's record")), "sources are there");
      }
    }
  }

  private static void collectFigures(PDStructureNode node, List<String> alts) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement e) {
        if ("Figure".equals(e.getStructureType()) && e.getAlternateDescription() != null) {
          alts.add(e.getAlternateDescription());
        }
        collectFigures(e, alts);
      }
    }
  }
}

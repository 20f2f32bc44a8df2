package io.github.sixps.formulation.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.model.Action;
import io.github.sixps.formulation.model.ChildsVoice;
import io.github.sixps.formulation.model.Contributor;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.Terminology;
import io.github.sixps.formulation.render.internal.Words;
import io.github.sixps.formulation.render.testing.WorkedExamples;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The family's handout of every worked example, as a family would hold it: at most ten A4
 * pages of large print, no page with nothing on it but the running header and footer, and
 * everything a family needs there in the text: what we are worried about, the child's own
 * words, what is helping, and the plan with who does what by when.
 */
class FamilyHandoutPdfTest {
  // The family version's dates, in the words of the family terminology the renderer uses.
  private static final Words FAMILY_WORDS = new Words(Terminology.family());

  private static final PdfRenderer FAMILY = PdfRenderer.builder().audience(Audience.FAMILY)
      .build();

  static List<String> examples() {
    return WorkedExamples.names();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void fitsTenPagesWithEveryPageUsedAndEverythingAFamilyNeeds(String name) throws IOException {
    Formulation f = WorkedExamples.read(name);
    byte[] pdf = FAMILY.render(f);
    int pages = PdfChecks.pages(pdf);
    assertTrue(pages <= 10, name + ": the family's handout has " + pages + " pages");
    assertEquals(List.of(), pagesWithOnlyHeaderAndFooter(pdf),
        name + ": pages with nothing but the running header and footer");
    PdfChecks.assertContainsAll(pdf, needs(f), name);
    assertEquals(List.of(), smallPrint(pdf), name + ": text under 16pt in the body");
    PdfChecks.assertConforms(pdf, PDFAFlavour.PDFUA_1, name);
  }

  /**
   * What a family needs from its handout, as it should read: the worries, the child's own
   * words, what is helping, each goal, and each action with who does it and by when.
   */
  static List<String> needs(Formulation f) {
    List<String> needs = new ArrayList<>();
    f.presenting().forEach(p -> needs.add(p.statement()));
    for (ChildsVoice v : f.childsVoice()) {
      needs.addAll(v.worries());
      needs.addAll(v.goodThings());
      needs.addAll(v.dreams());
    }
    f.protective().forEach(s -> needs.add(s.statement()));
    f.perpetuating().forEach(m -> needs.add(m.statement()));
    f.plan().goals().forEach(g -> needs.add(g.outcome()));
    for (Action a : f.plan().actions()) {
      needs.add(a.action());
      String who = a.owner().flatMap(f::find).map(i -> i instanceof Person p ? p.name()
          : ((Contributor) i).name()).orElse("not agreed yet");
      needs.add("Who: " + who + ". By when: "
          + a.due().map(FAMILY_WORDS::date).orElse("no date yet") + ".");
    }
    needs.removeIf(String::isBlank);
    return needs;
  }

  /**
   * Every run of body text, between the running header and footer, set under 16pt, as "page:
   * size: text"; none is good. (The running header and footer are in the margins, at 11pt.)
   */
  private static List<String> smallPrint(byte[] bytes) throws IOException {
    List<String> small = new ArrayList<>();
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      float[] body = PdfChecks.body(pdf);
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void writeString(String text, List<TextPosition> positions) {
          for (TextPosition t : positions) {
            float y = t.getYDirAdj();
            if (y > body[0] && y < body[1] + 1
                && t.getFontSizeInPt() < 15.9f && !t.getUnicode().isBlank()) {
              small.add(getCurrentPageNo() + ": " + t.getFontSizeInPt() + ": " + text);
              return;
            }
          }
        }
      };
      stripper.getText(pdf);
    }
    return small;
  }

  /** The numbers of the pages whose body, between the running header and footer, is empty. */
  private static List<Integer> pagesWithOnlyHeaderAndFooter(byte[] bytes) throws IOException {
    List<Integer> empty = new ArrayList<>();
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      PDFTextStripperByArea stripper = new PDFTextStripperByArea();
      float[] body = PdfChecks.body(pdf);
      stripper.addRegion("body", new Rectangle2D.Float(0, body[0], 600, body[1] - body[0]));
      for (int i = 0; i < pdf.getNumberOfPages(); i++) {
        stripper.extractRegions(pdf.getPage(i));
        if (stripper.getTextForRegion("body").isBlank()) {
          empty.add(i + 1);
        }
      }
    }
    return empty;
  }
}

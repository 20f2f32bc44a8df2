package io.github.sixps.formulation.render.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.testing.Formulations;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Over generated drafts, hostile text included, both audiences: the renderer never fails, and
 * whatever characters the text holds, every font in the PDF is embedded.
 */
class PdfRendererProperties {
  // Built once and shared: the fonts, stylesheets and builder state are paid for once.
  private static final PdfRenderer PRACTITIONER = PdfRenderer.builder().teaching(true).build();
  private static final PdfRenderer FAMILY = PdfRenderer.builder().audience(Audience.FAMILY)
      .build();

  @Provide
  Arbitrary<Formulation> drafts() {
    return Formulations.drafts();
  }

  // 60 whole PDFs of hostile drafts: 200 took 927 s of a CI run on two busy cores, and
  // LongTextPdfProperties and ScriptsPdfTest check long text and every script on their own.
  @Property(tries = 60)
  void rendersWithEmbeddedFonts(@ForAll("drafts") Formulation f, @ForAll boolean family) {
    byte[] pdf = (family ? FAMILY : PRACTITIONER).render(f);
    assertTrue(new String(pdf, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"));
    assertTrue(PdfChecks.pages(pdf) >= 1);
    PdfChecks.assertFontsEmbedded(pdf);
  }
}

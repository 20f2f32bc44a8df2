package io.github.sixps.formulation.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** dir="auto", which the layout engine does not know, resolved as a browser resolves it. */
class PdfPageTest {
  @Test
  void theFirstLetterWithADirectionDecides() {
    assertEquals("ltr", PdfPage.direction("Presenting issues: 3 items"));
    assertEquals("rtl", PdfPage.direction("شیریں بیگم says hello"));
    assertEquals("rtl", PdfPage.direction("12, «שלום»"));
    assertEquals("ltr", PdfPage.direction("12 😊 Amira شیریں"));
    assertEquals("ltr", PdfPage.direction("123 …"), "no letter at all");
  }
}

package io.github.sixps.formulation.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sixps.formulation.model.Contributor;
import io.github.sixps.formulation.model.Factor;
import io.github.sixps.formulation.model.FactorKind;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.model.PersonRole;
import io.github.sixps.formulation.model.PresentingIssue;
import io.github.sixps.formulation.prioritise.Prioritiser;
import io.github.sixps.formulation.render.Audience;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Long unbroken text (a word of thousands of letters, an address, an id) wraps in the PDF as it
 * does in HTML: in a title, a name in a table, an id, a statement and a ranking table's cell, at
 * both audiences' sizes, every character is found on a page by PDFBox, inside the page's width.
 */
class LongTextPdfProperties {
  private static final PdfRenderer PRACTITIONER = PdfRenderer.builder()
      .ranking(Prioritiser.standard()).build();
  private static final PdfRenderer FAMILY = PdfRenderer.builder().audience(Audience.FAMILY)
      .ranking(Prioritiser.standard()).build();

  @Provide
  Arbitrary<String> unbroken() {
    Arbitrary<String> word = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz"
        + "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_/.:?=&%").ofMinLength(80).ofMaxLength(3000);
    Arbitrary<String> url = Arbitraries.strings().alpha().numeric().ofMinLength(60)
        .ofMaxLength(400).map(s -> "https://example.org/records/" + s + "?view=full&page=2");
    Arbitrary<String> scripts = Arbitraries.of("中文", "شیریں", "নানী", "Zażółć")
        .list().ofMinSize(20).ofMaxSize(200).map(l -> String.join("", l));
    return Arbitraries.oneOf(word, url, scripts);
  }

  /** Parts of the text no shorter than this are looked for where a page break interrupts it. */
  private static final int PART = 40;

  /**
   * Where a copy of the text found from {@code from} ends, or -1: every character in order,
   * in at most a few parts (one for each page break), each part at least {@value #PART}
   * characters or the rest of the text.
   */
  private static int inOrder(String all, String text, int from) {
    int at = all.indexOf(text.substring(0, Math.min(PART, text.length())), from);
    int k = 0;
    for (int parts = 0; at >= 0 && parts < 8; parts++) {
      while (k < text.length() && at < all.length() && all.charAt(at) == text.charAt(k)) {
        k++;
        at++;
      }
      if (k == text.length()) {
        return at;
      }
      at = all.indexOf(text.substring(k, Math.min(text.length(), k + PART)), at);
    }
    return -1;
  }

  private static Map<Integer, Long> counts(String text) {
    return text.codePoints().boxed()
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  @Property(tries = 12)
  void everyCharacterIsOnAPage(@ForAll("unbroken") String text, @ForAll boolean family)
      throws IOException {
    Formulation f = Formulation.builder().title(text)
        .addPerson(Person.of("p", text, PersonRole.PARENT))
        .addContributor(Contributor.of("c", "Jo", text, text))
        .addPresenting(PresentingIssue.of("P" + text.substring(0, Math.min(200, text.length())),
            text))
        .addFactor(Factor.builder(FactorKind.PERPETUATING, "M1").statement(text).build())
        .build();
    byte[] pdf = (family ? FAMILY : PRACTITIONER).render(f);
    List<String> missing = new ArrayList<>();
    // The title, the name, the role and agency, the statement twice (its list and the
    // ranking table), at least.
    int copies = 5;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String all = PdfChecks.text(doc);
      String folded = PdfChecks.fold(text);
      // Every character is on a page, as often as the text is shown.
      Map<Integer, Long> wanted = counts(folded);
      Map<Integer, Long> found = counts(all);
      wanted.forEach((c, n) -> {
        if (found.getOrDefault(c, 0L) < n * copies) {
          missing.add(new String(Character.toChars(c)) + " found " + found.getOrDefault(c, 0L)
              + " times, not " + n * copies);
        }
      });
      // And in order, where the text runs one way: a right-to-left run broken over lines is
      // read back line by line, each line in its own order. A table row too tall for one page
      // is broken across pages, and the text layer then holds the row's other cells, the
      // running header and footer and the repeated table header between its parts.
      if (folded.codePoints().noneMatch(c -> Character.getDirectionality(c)
          == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC)) {
        int from = 0;
        for (int i = 0; i < copies; i++) {
          int end = inOrder(all, folded, from);
          if (end < 0) {
            missing.add("in order, copy " + (i + 1));
            break;
          }
          from = end;
        }
      }
    }
    assertEquals(List.of(), missing, text.length() + " characters: " + text);
  }
}

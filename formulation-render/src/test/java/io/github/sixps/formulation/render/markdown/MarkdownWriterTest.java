package io.github.sixps.formulation.render.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sixps.formulation.render.internal.SafeText;
import io.github.sixps.formulation.testing.Formulations;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The one-pass escaping gives exactly what the plain three-step description says. */
class MarkdownWriterTest {
  @Property(tries = 3000)
  void escapeDoesWhatItsThreeStepsSay(@ForAll("texts") String text) {
    assertEquals(inThreeSteps(text), MarkdownWriter.escape(text));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(Formulations.text(),
        Arbitraries.strings().withChars(" \t\n\r\f\u000B\u0000-+=.)19\\`*_[]<>#|~&a٣"),
        Arbitraries.strings().all().ofMaxLength(40));
  }

  /**
   * Clean as every format cleans ({@link SafeText#clean}: controls and U+FEFF dropped); make runs of Markdown white space one space and drop it at the ends; escape the
   * markup characters, and a list marker or numbered-list start at the beginning.
   */
  private static String inThreeSteps(String text) {
    String line = collapseSpace(SafeText.clean(text));
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if ("\\`*_[]<>#|~&".indexOf(c) >= 0 || (i == 0 && "-+=".indexOf(c) >= 0)) {
        s.append('\\');
      }
      s.append(c);
    }
    int digits = 0;
    while (digits < s.length() && digits < 10 && Character.isDigit(s.charAt(digits))) {
      digits++;
    }
    if (digits > 0 && digits < s.length() && ".)".indexOf(s.charAt(digits)) >= 0) {
      s.insert(digits, '\\');
    }
    return s.toString();
  }

  private static String collapseSpace(String text) {
    String space = " \t\n\r\f\u000B";
    StringBuilder s = new StringBuilder();
    boolean pending = false;
    for (char c : text.toCharArray()) {
      if (space.indexOf(c) >= 0) {
        pending = s.length() > 0;
      } else {
        if (pending) {
          s.append(' ');
          pending = false;
        }
        s.append(c);
      }
    }
    return s.toString();
  }
}

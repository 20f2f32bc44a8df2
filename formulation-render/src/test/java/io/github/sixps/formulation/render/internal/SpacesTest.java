package io.github.sixps.formulation.render.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** By hand, the same as the regular expressions they replace. */
class SpacesTest {
  @Test
  void examples() {
    assertEquals("a b c", Spaces.collapse("a \t\n b\rc"));
    assertEquals(" a ", Spaces.collapse("\n\na\f\u000B"));
    assertEquals("a\u00A0b\u2028c", Spaces.collapse("a\u00A0b\u2028c"));
    assertEquals(List.of("a", "b\u00A0c"), Spaces.words("  a\t\tb\u00A0c \n"));
    assertEquals(List.of(), Spaces.words(" \r\n "));
  }

  @Property(tries = 3000)
  void collapseIsReplaceAll(@ForAll("texts") String text) {
    assertEquals(text.replaceAll("\\s+", " "), Spaces.collapse(text));
  }

  @Property(tries = 3000)
  void wordsAreSplitWithoutEmptyOnes(@ForAll("texts") String text) {
    List<String> expected = Arrays.stream(text.split("\\s+")).filter(w -> !w.isEmpty())
        .collect(Collectors.toList());
    assertEquals(expected, Spaces.words(text));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars(" \t\n\u000B\f\r\u00A0\u2028\u0085ab.").ofMaxLength(30),
        Arbitraries.strings().all().ofMaxLength(30));
  }
}

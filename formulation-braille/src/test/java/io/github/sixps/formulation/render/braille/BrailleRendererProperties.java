package io.github.sixps.formulation.render.braille;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.testing.UserText;
import io.github.sixps.formulation.testing.Formulations;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Over generated drafts, hostile text included (control characters, U+FEFF, noncharacters, lone
 * surrogates, right-to-left and CJK writing, emoji, very long words), both audiences and both
 * grades: the render completes, every page keeps its size and numbers, and each character
 * braille cannot show is reported, never dropped in silence.
 */
class BrailleRendererProperties {
  private static final BrailleRenderer CONTRACTED = BrailleRenderer.builder().build();
  private static final BrailleRenderer UNCONTRACTED = BrailleRenderer.builder()
      .grade(BrailleGrade.UNCONTRACTED).audience(Audience.PRACTITIONER).teaching(true).build();

  @Provide
  Arbitrary<Formulation> drafts() {
    return Formulations.drafts();
  }

  @Property(tries = 40)
  void everyDraftGivesWholePages(@ForAll("drafts") Formulation f, @ForAll boolean contracted) {
    BrfGeometry.check((contracted ? CONTRACTED : UNCONTRACTED).render(f), 40, 25, false);
  }

  @Provide
  Arbitrary<String> hostile() {
    Arbitrary<String> breakers = Arbitraries.of(UserText.breakers());
    Arbitrary<String> scripts = Arbitraries.of("شیریں", "নানী", "中文", "😢", "👨‍👩‍👧", "Żółć",
        "\u200F", "\u0301", "e\u0301", "\uFE0F", "Ω", "ß", "\u00A0", "\t", "\n");
    Arbitrary<String> words = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1)
        .ofMaxLength(120);
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(20);
    return Arbitraries.oneOf(breakers, scripts, words, any).list().ofMaxSize(30)
        .map(parts -> String.join(" ", parts));
  }

  @Property(tries = 150)
  void hostileTextIsBrailledOrReported(@ForAll("hostile") String text) {
    List<BrailleWarning> warnings = new ArrayList<>();
    BrailleRenderer renderer = BrailleRenderer.builder().warnings(warnings::add).build();
    Formulation f = Formulation.builder().title(text).build();
    BrfGeometry.check(renderer.render(f), 40, 25, false);
    String normalised = UebTranslator.normalise(text);
    boolean allAscii = normalised.chars().allMatch(c -> c < 0x7F);
    if (allAscii) {
      assertTrue(warnings.isEmpty(), "warnings for ASCII text: " + warnings);
    }
    // Every reported character was in the text.
    for (BrailleWarning w : warnings) {
      w.characters().codePoints().forEach(c -> assertTrue(normalised.indexOf(
          new String(Character.toChars(c))) >= 0, "reported but not there: " + c));
    }
  }
}

package io.github.sixps.formulation.render.testing;

import io.github.sixps.formulation.model.ChildsVoice;
import io.github.sixps.formulation.model.Formulation;
import java.util.List;

/**
 * The Ahmed worked example with Amira's words as she said them, in Urdu, marked {@code ur}: the
 * fixture for language marking in every output. One sentence carries English words inside the
 * Urdu, as children mix them, to check that each keeps its own order.
 */
public final class WordsInUrdu {
  /** What Amira worries about, in Urdu. */
  public static final String WORRY = "صبح میرے پیٹ میں درد ہوتا ہے۔";
  /** A good thing, in Urdu with English words inside. */
  public static final String GOOD_THING = "مجھے Art club on Thursdays بہت اچھا لگتا ہے۔";
  /** Her dream, in Urdu. */
  public static final String DREAM = "میں بڑی ہو کر آرٹسٹ بنوں گی۔";

  private WordsInUrdu() {}

  /** The Ahmed formulation with Amira's words in Urdu, marked as Urdu. */
  public static Formulation formulation() {
    Formulation f = WorkedExamples.read("school-avoidance-ahmed");
    ChildsVoice words = ChildsVoice.of("amira", List.of(WORRY), List.of(GOOD_THING),
        List.of(DREAM)).withLanguage("ur");
    return f.toBuilder().childsVoice(List.of(words)).build();
  }
}

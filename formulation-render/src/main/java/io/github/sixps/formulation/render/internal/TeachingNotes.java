package io.github.sixps.formulation.render.internal;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.render.Label;
import java.util.Arrays;
import java.util.Set;

/**
 * The teaching notes for each part, from the terminology's {@code teaching.*} keys, so that a
 * council's translation teaches in its own language too.
 */
final class TeachingNotes {
  /** The parts with notes of their own; the others share the nearest P's. */
  private static final Set<Label> OWN = Set.of(Label.PRESENTING, Label.PREDISPOSING,
      Label.PRECIPITATING, Label.PERPETUATING, Label.PROTECTIVE, Label.PLAN, Label.CHILDS_VOICE,
      Label.HYPOTHESIS);

  private TeachingNotes() {}

  /** The notes for a part; parts without notes of their own share the nearest P's. */
  static Block.Teaching forLabel(Label label, Words words) {
    String key = OWN.contains(label) ? label.key() : "plan";
    return new Block.Teaching(words.text("teaching." + key + ".explanation"),
        Arrays.stream(words.text("teaching." + key + ".prompts").split("\\|"))
            .map(String::strip).filter(s -> !s.isEmpty())
            .collect(ImmutableList.toImmutableList()));
  }
}

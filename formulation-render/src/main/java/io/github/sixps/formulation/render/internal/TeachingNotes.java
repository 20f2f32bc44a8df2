package io.github.sixps.formulation.render.internal;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.render.Label;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;

/** The teaching notes for each part, kept as data in {@code teaching.properties}. */
final class TeachingNotes {
  private static final Properties NOTES = load();

  private TeachingNotes() {}

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = TeachingNotes.class.getResourceAsStream(
        "/io/github/sixps/formulation/render/teaching.properties")) {
      if (in == null) {
        throw new IllegalStateException("teaching.properties is missing");
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /** The notes for a part; parts without notes of their own share the nearest P's. */
  static Block.Teaching forLabel(Label label) {
    String key = Optional.ofNullable(NOTES.getProperty(label.key() + ".explanation"))
        .map(s -> label.key()).orElse(label == Label.HYPOTHESIS ? "perpetuating"
            : label == Label.CHILDS_VOICE ? "presenting" : "plan");
    return new Block.Teaching(NOTES.getProperty(key + ".explanation"),
        Arrays.stream(NOTES.getProperty(key + ".prompts").split("\\|"))
            .collect(ImmutableList.toImmutableList()));
  }
}

package io.github.sixps.formulation.render.docx;

import io.github.sixps.formulation.model.ChildsVoice;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.model.PersonRole;
import io.github.sixps.formulation.model.PresentingIssue;
import io.github.sixps.formulation.render.Terminology;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Words in the scripts families write, and the Urdu terminology of the render tests. */
final class Scripts {
  /** A few words in each script, as a family might write them. */
  static final Map<String, String> WORDS = new LinkedHashMap<>();

  static {
    WORDS.put("Polish", "Zażółć gęślą jaźń");
    WORDS.put("Greek", "Καλημέρα σας");
    WORDS.put("Cyrillic", "Доброе утро");
    WORDS.put("Arabic", "مرحبا بكم");
    WORDS.put("Urdu", "شیریں بیگم");
    WORDS.put("Hebrew", "שלום לכולם");
    WORDS.put("Bengali", "নানী আমার");
    WORDS.put("Gurmukhi", "ਪੰਜਾਬੀ ਬੋਲੀ");
    WORDS.put("Devanagari", "नमस्ते दादी");
    WORDS.put("Tamil", "தமிழ் மொழி");
    WORDS.put("Amharic", "አማርኛ");
    WORDS.put("Thai", "ภาษาไทย");
    WORDS.put("Chinese", "中文 奶奶");
    WORDS.put("Japanese", "ひらがな カタカナ 日本語");
    WORDS.put("Korean", "한국어 할머니");
    WORDS.put("Emoji", "😢 😊 👍");
  }

  /** A statement in right-to-left scripts alone, with a number between. */
  static final String RIGHT_TO_LEFT = WORDS.get("Urdu") + " 2026 " + WORDS.get("Arabic");

  private Scripts() {}

  /** A formulation with every script: in the title, a name, statements and the child's words. */
  static Formulation everyScript() {
    Formulation.Builder f = Formulation.builder().title("Every script: " + WORDS.get("Urdu")
        + " " + WORDS.get("Chinese"))
        .addPerson(Person.of("child", WORDS.get("Bengali"), PersonRole.CHILD));
    List<String> words = new ArrayList<>();
    int i = 1;
    for (Map.Entry<String, String> e : WORDS.entrySet()) {
      f.addPresenting(PresentingIssue.of("P" + i++, e.getKey() + ": " + e.getValue()));
      words.add(e.getValue());
    }
    // Whole statements in a right-to-left script, which run right to left on their own.
    f.addPresenting(PresentingIssue.of("P" + i, RIGHT_TO_LEFT));
    f.addChildsVoice(ChildsVoice.of("child", words, List.of(), List.of()));
    return f.build();
  }

  /** The render module's Urdu terminology: right to left, language {@code ur}. */
  static Terminology urdu() {
    try {
      return Terminology.load(Path.of("../formulation-render/src/test/resources/terminology/"
          + "urdu-test.yaml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

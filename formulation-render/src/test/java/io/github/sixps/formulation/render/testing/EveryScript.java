package io.github.sixps.formulation.render.testing;

import io.github.sixps.formulation.model.ChildsVoice;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.model.PersonRole;
import io.github.sixps.formulation.model.PresentingIssue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Words in every script families write, and a formulation holding them all, for the tests of
 * every format.
 */
public final class EveryScript {
  private EveryScript() {}

  /** A few words in each script, as a family might write them. */
  public static final Map<String, String> WORDS = new LinkedHashMap<>();

  static {
    WORDS.put("Polish", "Zażółć gęślą jaźń");
    WORDS.put("Romanian", "Știință și țară");
    WORDS.put("Welsh", "Ŵyr ŷd a chŵn");
    WORDS.put("Turkish", "Iğdır ışık şöyle");
    WORDS.put("Vietnamese", "Tiếng Việt có dấu");
    WORDS.put("Greek", "Καλημέρα σας");
    WORDS.put("Cyrillic", "Доброе утро");
    WORDS.put("Arabic", "مرحبا بكم");
    WORDS.put("Urdu", "شیریں بیگم");
    WORDS.put("Hebrew", "שלום לכולם");
    WORDS.put("Bengali", "নানী আমার");
    WORDS.put("Gurmukhi", "ਪੰਜਾਬੀ ਬੋਲੀ");
    WORDS.put("Devanagari", "नमस्ते दादी");
    WORDS.put("Gujarati", "ગુજરાતી ભાષા");
    WORDS.put("Tamil", "தமிழ் மொழி");
    WORDS.put("Tigrinya", "ትግርኛ ቋንቋ");
    WORDS.put("Amharic", "አማርኛ");
    WORDS.put("Thai", "ภาษาไทย");
    WORDS.put("Chinese", "中文 奶奶");
    WORDS.put("Japanese", "ひらがな カタカナ 日本語");
    WORDS.put("Korean", "한국어 할머니");
    WORDS.put("Emoji", "😢 😊 👍");
  }

  /** A formulation with every script: in the title, a name, a statement and the child's words. */
  public static Formulation formulation() {
    Formulation.Builder f = Formulation.builder().title("Every script: " + WORDS.get("Urdu")
        + " " + WORDS.get("Chinese"))
        .addPerson(Person.of("child", WORDS.get("Bengali"), PersonRole.CHILD));
    List<String> words = new ArrayList<>();
    int i = 1;
    for (Map.Entry<String, String> e : WORDS.entrySet()) {
      f.addPresenting(PresentingIssue.of("P" + i++, e.getKey() + ": " + e.getValue()));
      words.add(e.getValue());
    }
    f.addChildsVoice(ChildsVoice.of("child", words, List.of(), List.of()));
    return f.build();
  }

}

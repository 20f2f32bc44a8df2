package io.github.sixps.formulation.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.model.Contributor;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.model.PersonRole;
import io.github.sixps.formulation.model.PresentingIssue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Measures redaction on a labelled corpus of everyday sentences ({@code name-corpus.txt}) in both
 * directions: how many names that are also ordinary words are replaced, and how many ordinary
 * words that are also names are changed.
 */
class NameCorpusTest {
  private static final Pattern SPAN = Pattern.compile("\\[([^\\]]+)]|\\{([^}]+)}");

  /** One marked part of a sentence: a name to replace, or an ordinary word to keep. */
  private record Span(String text, boolean name) {}

  /** The figures, and each sentence that fell short. */
  private static final class Tally {
    int names;
    int replaced;
    int words;
    int changed;
    int sentences;
    final List<String> misses = new ArrayList<>();
  }

  @Test
  void namesAreReplacedAndOrdinaryWordsKept() throws IOException {
    Tally t = new Tally();
    Formulation.Builder cast = null;
    for (String line : corpus().split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("@cast ")) {
        cast = cast(line.substring("@cast ".length()));
        continue;
      }
      assertNotNull(cast, "a sentence before any @cast: " + line);
      measure(cast, line, t);
    }
    double namePercent = 100.0 * t.replaced / t.names;
    System.out.printf(Locale.ROOT, "Redaction corpus: %d sentences; names replaced %d of %d"
            + " (%.1f%%); ordinary words changed %d of %d.%n", t.sentences, t.replaced, t.names,
        namePercent, t.changed, t.words);
    t.misses.forEach(m -> System.out.println("  " + m));
    assertTrue(t.sentences >= 200, "the corpus has " + t.sentences + " sentences");
    assertTrue(namePercent >= 99.0, namePercent + "% of names replaced: " + t.misses);
    assertEquals(0, t.changed, "ordinary words changed: " + t.misses);
  }

  private static void measure(Formulation.Builder cast, String marked, Tally t) {
    t.sentences++;
    List<Span> spans = new ArrayList<>();
    StringBuilder plain = new StringBuilder();
    StringBuilder expected = new StringBuilder("^");
    Matcher m = SPAN.matcher(marked);
    int last = 0;
    while (m.find()) {
      String between = marked.substring(last, m.start());
      plain.append(between);
      Span span = m.group(1) != null ? new Span(m.group(1), true) : new Span(m.group(2), false);
      // A placeholder takes as much as it can, an ordinary word itself first, so that
      // "Parent 1 will" reads as "Parent 1" and "will".
      expected.append(Pattern.quote(between)).append(span.name() ? "(.+)"
          : "(" + Pattern.quote(span.text()) + "|.*?)");
      spans.add(span);
      plain.append(span.text());
      last = m.end();
    }
    plain.append(marked.substring(last));
    expected.append(Pattern.quote(marked.substring(last))).append("$");
    Formulation f = cast.build().toBuilder()
        .presenting(List.of(PresentingIssue.of("P1", plain.toString())))
        .build();
    String out = Pseudonymiser.standard().redact(f).formulation().presenting().get(0).statement();
    Matcher got = Pattern.compile(expected.toString(), Pattern.DOTALL).matcher(out);
    boolean aligned = got.matches();
    for (int i = 0; i < spans.size(); i++) {
      Span span = spans.get(i);
      String now = aligned ? got.group(i + 1) : null;
      if (span.name()) {
        t.names++;
        String bare = span.text().replaceAll("^(Mr|Mrs|Ms|Miss|Dr)\\s+", "");
        boolean gone = now != null && !now.isEmpty() && !Pattern.compile(
            "(?<!\\p{L})" + Pattern.quote(bare) + "(?!\\p{L})", Pattern.CASE_INSENSITIVE)
            .matcher(now).find();
        if (gone) {
          t.replaced++;
        } else {
          t.misses.add("name kept: [" + span.text() + "] in \"" + out + "\"");
        }
      } else {
        t.words++;
        if (!span.text().equals(now)) {
          t.changed++;
          t.misses.add("word changed: {" + span.text() + "} in \"" + out + "\"");
        }
      }
    }
    if (!aligned && spans.stream().noneMatch(s -> !s.name())) {
      // Something outside the marked words changed: count it as a damaged word.
      t.words++;
      t.changed++;
      t.misses.add("sentence changed elsewhere: \"" + out + "\"");
    }
  }

  /** "hope: child Hope Park | mark: contributor Mark Green, Social worker". */
  private static Formulation.Builder cast(String spec) {
    Formulation.Builder b = Formulation.builder();
    for (String entry : spec.split("\\|")) {
      String[] idAndRest = entry.strip().split(":\\s*", 2);
      String[] roleAndName = idAndRest[1].split("\\s+", 2);
      if (roleAndName[0].equals("contributor")) {
        String[] nameAndJob = roleAndName[1].split(",\\s*", 2);
        b.addContributor(Contributor.of(idAndRest[0], nameAndJob[0], nameAndJob[1],
            "Children's social care"));
      } else {
        b.addPerson(Person.of(idAndRest[0], roleAndName[1],
            PersonRole.valueOf(roleAndName[0].toUpperCase(Locale.ROOT).replace('-', '_'))));
      }
    }
    return b;
  }

  private static String corpus() throws IOException {
    try (InputStream in = NameCorpusTest.class.getResourceAsStream("name-corpus.txt")) {
      assertNotNull(in, "name-corpus.txt");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

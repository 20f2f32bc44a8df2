package io.github.sixps.formulation.render.testing;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.sixps.formulation.io.FileFormat;
import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.prioritise.Prioritiser;
import io.github.sixps.formulation.prioritise.RankedFactor;
import io.github.sixps.formulation.render.Terminology;
import io.github.sixps.formulation.review.Change;
import io.github.sixps.formulation.review.FormulationDiff;
import io.github.sixps.formulation.validate.Finding;
import io.github.sixps.formulation.validate.ValidationReport;
import io.github.sixps.formulation.validate.Validator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds fixed words a document prints that do not come from its terminology. The terminology
 * gives every key a marked text, {@code ⟦key⟧} followed by its placeholders; the formulation is
 * a worked example whose every free text is a made-up token such as {@code zzt12}. What is left
 * of a document's text once the marks, the tokens, the ids and the sentences the core library
 * writes (ranking reasons, check findings, change descriptions) are taken out should hold no
 * letter at all: any letter left is a word written in code.
 */
public final class MarkedWords {
  /** A mark, as the terminology below writes it. */
  private static final Pattern MARK = Pattern.compile("⟦[^⟧]*⟧");
  private static final Pattern TOKEN = Pattern.compile("zz[a-z]*[0-9]*");
  private static final Set<String> FREE_TEXT = Set.of("title", "framework", "name", "agency",
      "statement", "evidence", "worries", "goodThings", "dreams", "expectedChange", "outcome",
      "action", "measure", "notes", "what", "impact", "source");

  private MarkedWords() {}

  /**
   * A terminology whose every text is its key in marks, with its placeholders after it, in the
   * given direction. The English ordinal (1st) is left out, since it is the core's word; the
   * plain rank stands in for it.
   */
  public static Terminology terminology(String direction) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (String key : Terminology.keys()) {
      String english = Terminology.leeds6Ps().text(key);
      StringBuilder marked = new StringBuilder("⟦" + key + "⟧");
      Matcher m = Pattern.compile("\\{([A-Za-z]+)}").matcher(english);
      while (m.find()) {
        if (!m.group(1).equals("ordinal")) {
          marked.append(' ').append(m.group());
        }
      }
      if (key.equals("supervision.ranked")) {
        marked.append(" {rank}");
      }
      texts.put(key, marked.toString());
    }
    texts.put("language", "und");
    texts.put("direction", direction);
    return Terminology.of("marked", texts);
  }

  /** A worked example with every free text made a token, its ids and the rest kept. */
  public static Formulation formulation(String example) {
    try {
      String yaml = Files.readString(WorkedExamples.DIR.resolve(example + ".yaml"),
          StandardCharsets.UTF_8);
      return FormulationReader.standard().read(tokens(yaml), FileFormat.YAML, example);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file with each free text replaced, in file order, by tokens no fixed word matches. */
  private static String tokens(String yaml) throws IOException {
    YAMLFactory factory = new YAMLFactory();
    StringWriter out = new StringWriter();
    int n = 0;
    try (JsonParser in = factory.createParser(yaml);
        JsonGenerator gen = factory.createGenerator(out)) {
      // For each open object or list: the key that opened it, and whether it is a list.
      Deque<String> openers = new ArrayDeque<>();
      Deque<Boolean> lists = new ArrayDeque<>();
      String field = null;
      for (JsonToken t = in.nextToken(); t != null; t = in.nextToken()) {
        if (t == JsonToken.FIELD_NAME) {
          field = in.currentName();
          gen.copyCurrentEvent(in);
          continue;
        }
        String key = !lists.isEmpty() && lists.peek() ? openers.peek() : field;
        if (t == JsonToken.VALUE_STRING && key != null && (FREE_TEXT.contains(key)
            || (key.equals("role") && openers.contains("contributors"))
            || (key.equals("kind") && openers.contains("events")))) {
          n++;
          gen.writeString("zzt" + n + " zzu" + n);
        } else {
          gen.copyCurrentEvent(in);
        }
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          openers.push(key == null ? "" : key);
          lists.push(t == JsonToken.START_ARRAY);
          field = null;
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          openers.pop();
          lists.pop();
          field = null;
        }
      }
    }
    return out.toString();
  }

  /**
   * The sentences the core library writes in English about this formulation, which the
   * terminology does not cover: ranking reasons, check findings and what changed.
   */
  public static List<String> coreSentences(List<Formulation> formulations,
      Formulation previous) {
    Set<String> all = new LinkedHashSet<>();
    for (Formulation f : formulations) {
      add(all, f, previous);
    }
    List<String> sorted = new ArrayList<>(all);
    // Longest first, so that a sentence holding a shorter one goes whole.
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    return sorted.stream().filter(s -> !s.isBlank()).map(MarkedWords::spaces).toList();
  }

  private static void add(Set<String> all, Formulation f, Formulation previous) {
    for (RankedFactor r : Prioritiser.standard().rank(f).factors()) {
      all.add(r.explanation());
    }
    ValidationReport report = Validator.standard().validate(f);
    all.add(report.summary() + ".");
    all.add(report.summary());
    for (Finding finding : report.findings()) {
      all.add(finding.message());
      finding.suggestion().ifPresent(all::add);
      all.add(finding.path());
      all.add(finding.code());
    }
    for (Change c : FormulationDiff.between(previous, f).changes()) {
      all.add(c.description());
    }
  }

  /** The ids of the formulation's items, which documents print as they are. */
  public static Set<String> ids(String example) {
    Set<String> ids = new LinkedHashSet<>();
    try (JsonParser in = new YAMLFactory().createParser(WorkedExamples.DIR.resolve(example
        + ".yaml").toFile())) {
      String field = null;
      for (JsonToken t = in.nextToken(); t != null; t = in.nextToken()) {
        if (t == JsonToken.FIELD_NAME) {
          field = in.currentName();
        } else if (t == JsonToken.VALUE_STRING && "id".equals(field)) {
          ids.add(in.getText());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ids;
  }

  /**
   * The words left in a piece of text once marks, core sentences, tokens and ids are gone:
   * each a fixed word that does not come from the terminology. Empty when all is well.
   */
  public static List<String> leftovers(String text, List<String> core, Set<String> ids) {
    String s = MARK.matcher(spaces(text)).replaceAll(" ");
    for (String sentence : core) {
      s = s.replace(sentence, " ");
    }
    s = TOKEN.matcher(s).replaceAll(" ");
    List<String> left = new ArrayList<>();
    for (String word : s.split("[^\\p{L}\\p{N}_-]+")) {
      if (!word.isEmpty() && word.codePoints().anyMatch(Character::isLetter)
          && !ids.contains(word)) {
        left.add(word);
      }
    }
    return left;
  }

  private static String spaces(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}

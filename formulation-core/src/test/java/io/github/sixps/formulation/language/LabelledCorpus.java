package io.github.sixps.formulation.language;

import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Labelled sentences read from a test resource such as {@code corpus.tsv}: one sentence a line,
 * with its category, whether the check should flag it, and, if so, the words it should find.
 *
 * <p>The format is described at the top of {@code corpus.tsv}: three tab-separated columns, the
 * words to be found written in {@code [square brackets]}. A mistake in the file is an
 * {@link IllegalArgumentException} naming the line, so that a broken corpus fails loudly rather
 * than being half measured.
 */
final class LabelledCorpus {
  /** The categories of language the corpus covers, in the order they are reported. */
  static final ImmutableList<String> CATEGORIES = ImmutableList.of(
      "label", "care-system", "character", "problem", "compliance", "blame");

  private static final Set<String> EXPECTED = Set.of("flag", "clean");

  /** Where in a sentence (without its brackets) a bracketed part starts and ends. */
  record Span(int start, int end) {
    boolean overlaps(LanguageIssue issue) {
      return issue.start() < end && start < issue.end();
    }
  }

  /**
   * One labelled sentence.
   *
   * @param line its line in the file, from 1
   * @param category one of {@link #CATEGORIES}
   * @param flag whether the check should flag it
   * @param text the sentence without its brackets
   * @param targets the bracketed parts, which a flagged sentence must have at least one of
   */
  record Sentence(int line, String category, boolean flag, String text, List<Span> targets) {
    /** Whether the issues found in this sentence are the right answer for it. */
    boolean isAnsweredBy(List<LanguageIssue> issues) {
      if (!flag) {
        return issues.isEmpty();
      }
      return targets.stream().allMatch(t -> issues.stream().anyMatch(t::overlaps));
    }

    @Override
    public String toString() {
      return "line " + line + " (" + category + ", " + (flag ? "flag" : "clean") + "): " + text;
    }
  }

  private LabelledCorpus() {}

  /** The sentences of the resource {@code name} beside this class, in file order. */
  static ImmutableList<Sentence> read(String name) {
    try (InputStream in = LabelledCorpus.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("The test resource " + name + " is missing");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ImmutableList<Sentence> parse(BufferedReader reader, String name) throws IOException {
    ImmutableList.Builder<Sentence> sentences = ImmutableList.builder();
    String row;
    int line = 0;
    while ((row = reader.readLine()) != null) {
      line++;
      if (row.isBlank() || row.startsWith("#")) {
        continue;
      }
      String[] columns = row.split("\t", -1);
      if (columns.length != 3) {
        throw problem(name, line, "a sentence needs three tab-separated columns, not "
            + columns.length);
      }
      String category = columns[0];
      if (!CATEGORIES.contains(category)) {
        throw problem(name, line, "unknown category \"" + category + "\"; the categories are "
            + CATEGORIES);
      }
      if (!EXPECTED.contains(columns[1])) {
        throw problem(name, line, "the second column is flag or clean, not \"" + columns[1]
            + "\"");
      }
      boolean flag = columns[1].equals("flag");
      List<Span> targets = new ArrayList<>();
      String text = unbracket(columns[2], targets, name, line);
      if (flag && targets.isEmpty()) {
        throw problem(name, line, "a flagged sentence marks the words to find in [brackets]");
      }
      if (!flag && !targets.isEmpty()) {
        throw problem(name, line, "a clean sentence has no [brackets]");
      }
      sentences.add(new Sentence(line, category, flag, text, List.copyOf(targets)));
    }
    return sentences.build();
  }

  /** The text without its brackets, adding where each bracketed part lies to {@code targets}. */
  private static String unbracket(String marked, List<Span> targets, String name, int line) {
    StringBuilder text = new StringBuilder(marked.length());
    int open = -1;
    for (int i = 0; i < marked.length(); i++) {
      char c = marked.charAt(i);
      if (c == '[') {
        if (open >= 0) {
          throw problem(name, line, "a [ inside brackets");
        }
        open = text.length();
      } else if (c == ']') {
        if (open < 0 || open == text.length()) {
          throw problem(name, line, "a ] without words in brackets before it");
        }
        targets.add(new Span(open, text.length()));
        open = -1;
      } else {
        text.append(c);
      }
    }
    if (open >= 0) {
      throw problem(name, line, "a [ that is never closed");
    }
    return text.toString();
  }

  private static IllegalArgumentException problem(String name, int line, String message) {
    return new IllegalArgumentException(name + " line " + line + ": " + message);
  }
}

package io.github.sixps.formulation.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Walks the tokens of one document for one read, keeping the path of the current value so that
 * every problem can say where it is, and collecting the problems so that one read reports them
 * all. Not thread-safe: each read makes its own.
 *
 * <p>A value with a problem is {@linkplain #reject rejected}: the problem is recorded, the rest of
 * the value is skipped and reading goes on with the next one. A problem that reading cannot go
 * past, such as broken syntax or a limit, is {@linkplain #fatal fatal}: it ends the read with
 * every problem found so far.
 */
final class Cursor {
  private static final String CORE_STR_TAG = "tag:yaml.org,2002:str";

  private final JsonParser parser;
  private final YAMLParser yaml;
  private final SourceText text;
  private final String source;
  private final ReadLimits limits;
  private final List<ReadProblem> problems = new ArrayList<>();
  private final StringBuilder path = new StringBuilder();
  private final int[] pathLengths;
  private final int newestMinor;
  private final List<KeyUse> laterKeys = new ArrayList<>();
  private final boolean lenient;
  private final List<Unknown> unknown = new ArrayList<>();
  private int fileMinor = -1;
  private JsonLocation newerAt;
  private String newerPath = "";
  private int depth;

  /**
   * A key this reader does not know, found in a lenient read: a problem, unless the file turns
   * out to be of a newer minor version, when it is a warning and its value is kept.
   *
   * @param object the path of the object it is in
   * @param key the key
   * @param noun what the object is called in messages, such as "a person"
   * @param at where the key is
   * @param path the path of its value
   * @param problem what the problem would say
   * @param suggestion the key it may have been meant to be, or null
   * @param value its value, as {@link RawValue} reads it
   */
  record Unknown(String object, String key, String noun, JsonLocation at, String path,
      String problem, String suggestion, Object value) {}

  /**
   * A key of a later minor version than 1.0 given a value, where it was given.
   *
   * @param minor the minor version that added the key
   * @param key the key
   * @param path the path of its value
   * @param at where the key is
   */
  record KeyUse(int minor, String key, String path, JsonLocation at) {}

  Cursor(JsonParser parser, SourceText text, String source, ReadLimits limits) {
    this(parser, text, source, limits, FormatVersion.NEWEST);
  }

  /** A cursor for a reader that knows the keys of {@code sixps/1} up to minor version newestMinor. */
  Cursor(JsonParser parser, SourceText text, String source, ReadLimits limits, int newestMinor) {
    this(parser, text, source, limits, newestMinor, false);
  }

  /**
   * A cursor that, if {@code lenient}, reads a file of a newer minor version than it knows,
   * keeping the keys it does not know.
   */
  Cursor(JsonParser parser, SourceText text, String source, ReadLimits limits, int newestMinor,
      boolean lenient) {
    this.lenient = lenient;
    this.newestMinor = newestMinor;
    this.parser = parser;
    this.yaml = parser instanceof YAMLParser ? (YAMLParser) parser : null;
    this.text = text;
    this.source = source;
    this.limits = limits;
    this.pathLengths = new int[limits.maxDepth() * 2 + 2];
  }

  JsonToken next() throws IOException {
    return parser.nextToken();
  }

  JsonToken token() {
    return parser.currentToken();
  }

  JsonParser parser() {
    return parser;
  }

  boolean isYaml() {
    return yaml != null;
  }

  SourceText sourceText() {
    return text;
  }

  /**
   * Reads the value at the cursor. In YAML, an alias, an anchor or a tag on it is rejected first:
   * the format has none, and they usually mean text that needed quotes, such as
   * {@code statement: *really* worried}.
   */
  <T> T value(ValueReader<T> reader) throws IOException {
    if (yaml != null) {
      String refused = yamlNodeProblem();
      if (refused != null) {
        return reject(refused, null);
      }
    }
    return reader.read(this);
  }

  private String yamlNodeProblem() throws IOException {
    JsonLocation at = location();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    char first = text.at(line, column);
    if (yaml.isCurrentAlias()) {
      return "YAML aliases such as " + Echo.quoted("*" + parser.getText()) + " are not accepted;"
          + " write the value out in full" + fix();
    }
    if (first == '&') {
      return "YAML anchors such as " + Echo.quoted(word(line, column)) + " are not accepted"
          + fix();
    }
    if (first == '!' && !CORE_STR_TAG.equals(yaml.getTypeId())) {
      return "YAML tags such as " + Echo.quoted(word(line, column)) + " are not accepted"
          + fix();
    }
    return null;
  }

  /** How to fix an alias, anchor or tag: quotes for text, or taking it away. */
  private String fix() {
    boolean scalar = token() != null && token().isScalarValue();
    return scalar ? "; if it is text, put it in quotes: " + withQuotes() : "; remove it";
  }

  /** The line of the current value with the value in quotes, to show as a fix. */
  String withQuotes() {
    JsonLocation at = location();
    String line = text.line(at.getLineNr());
    return YamlMistakes.withQuotes(line, Math.max(0, SourceText.index(line, at.getColumnNr())));
  }

  private String word(int line, int column) {
    String rest = text.from(line, column);
    int end = 0;
    while (end < rest.length() && !Character.isWhitespace(rest.charAt(end))) {
      end++;
    }
    return rest.substring(0, end);
  }

  /** The current string, or null when it is past the length limit and so rejected. */
  String text() throws IOException {
    String value = parser.getText();
    int length = value.codePointCount(0, value.length());
    if (length > limits.maxStringLength()) {
      return reject("this text is " + length + " characters long; the limit is "
          + limits.maxStringLength(), null);
    }
    int lone = WritableText.loneSurrogate(value);
    if (lone >= 0) {
      // JSON can escape half of a character, which no file can hold as UTF-8 and YAML changes.
      return reject("this text holds half of a character at character "
          + (value.codePointCount(0, lone) + 1) + " (a lone surrogate, as when text is cut inside"
          + " an emoji); remove it or put back the whole character", null);
    }
    return value;
  }

  /** The current key, which past the length limit ends the read. */
  String key() throws IOException {
    String key = parser.currentName();
    if (key.codePointCount(0, key.length()) > limits.maxStringLength()) {
      throw fatal("a key is longer than the limit of " + limits.maxStringLength()
          + " characters");
    }
    return key;
  }

  JsonLocation location() {
    return parser.currentTokenLocation();
  }

  void enter() throws FormulationReadException {
    depth++;
    if (depth > limits.maxDepth()) {
      throw fatal("nested more than " + limits.maxDepth() + " levels deep");
    }
  }

  void exit() {
    depth--;
  }

  void pushKey(String key) {
    pathLengths[depth * 2] = path.length();
    if (path.length() > 0) {
      path.append('.');
    }
    path.append(Echo.escaped(key));
  }

  void pushIndex(int index) {
    pathLengths[depth * 2 + 1] = path.length();
    path.append('[').append(index).append(']');
  }

  void popKey() {
    path.setLength(pathLengths[depth * 2]);
  }

  void popIndex() {
    path.setLength(pathLengths[depth * 2 + 1]);
  }

  String path() {
    return path.toString();
  }

  /** {@return the newest minor version of sixps/1 whose keys this read knows} */
  int newestMinor() {
    return newestMinor;
  }

  /** {@return whether this read keeps the keys of a newer minor version} */
  boolean lenient() {
    return lenient;
  }

  /** Notes the minor version a file says it is in, when it is newer than this reader's. */
  void newerMinor(int minor) {
    fileMinor = minor;
    newerAt = location();
    newerPath = path();
  }

  /** {@return where the file says its newer minor version, and the path of that value} */
  JsonLocation newerAt() {
    return newerAt;
  }

  String newerPath() {
    return newerPath;
  }

  /** {@return the minor version the file says, when it is newer than this reader's} */
  int fileMinor() {
    return fileMinor;
  }

  /** {@return the name of the file being read, as messages give it} */
  String source() {
    return source;
  }

  /** {@return whether the file says a newer minor version than this reader knows} */
  boolean isNewerMinor() {
    return fileMinor > newestMinor;
  }

  /** Notes a key this reader does not know, in a lenient read, with its value. */
  void unknown(String object, String key, String noun, JsonLocation at, String problem,
      String suggestion, Object value) {
    unknown.add(new Unknown(object, key, noun, at, path(), problem, suggestion, value));
  }

  /** {@return the keys this reader did not know, in a lenient read, in the order read} */
  List<Unknown> unknownKeys() {
    return unknown;
  }

  /** Notes that a key a later minor version added is given a value, at the current path. */
  void usedLaterKey(int minor, String key, JsonLocation at) {
    laterKeys.add(new KeyUse(minor, key, path(), at));
  }

  /** {@return the keys of later minor versions given values so far, in the order read} */
  List<KeyUse> laterKeys() {
    return laterKeys;
  }

  /** Records a problem at a place and path other than the current ones. */
  void reportAt(JsonLocation at, String atPath, String problem, String suggestion)
      throws FormulationReadException {
    problems.add(ReadProblem.of(source, at == null ? 0 : Math.max(0, at.getLineNr()),
        at == null ? 0 : Math.max(0, at.getColumnNr()), atPath, problem, suggestion));
    if (problems.size() >= limits.maxProblems()) {
      throw failure(true);
    }
  }

  /**
   * A problem that makes every other found so far moot, such as a file of a newer version,
   * whose other keys this reader cannot judge: it alone ends the read.
   */
  FormulationReadException fatalAlone(String problem) {
    problems.clear();
    return fatal(problem);
  }

  /** {@return how many problems have been found so far} */
  int problemCount() {
    return problems.size();
  }

  /**
   * Records a problem with the current value and skips the rest of it, leaving the cursor on the
   * value's last token, as every reader leaves it.
   *
   * @return null, for the reader to return in place of the value
   */
  <T> T reject(String problem, String suggestion) throws IOException {
    report(location(), problem, suggestion);
    return skip();
  }

  /**
   * Skips the rest of the current value, whose problem is already recorded.
   *
   * @return null, for the reader to return in place of the value
   */
  <T> T skip() throws IOException {
    JsonToken token = token();
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      parser.skipChildren();
    }
    return null;
  }

  /** Records a problem at a place; past the limit on problems, ends the read. */
  void report(JsonLocation at, String problem, String suggestion)
      throws FormulationReadException {
    reportAt(at, path(), problem, suggestion);
  }

  /** A problem reading cannot go past, at the current token, with every problem found so far. */
  FormulationReadException fatal(String problem) {
    return fatalAt(location(), problem, null);
  }

  /** A problem reading cannot go past, at a place, with every problem found so far. */
  FormulationReadException fatalAt(JsonLocation at, String problem, Throwable cause) {
    return fatalAt(at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), problem,
        cause);
  }

  /** A problem reading cannot go past, at a line and column, with every problem found so far. */
  FormulationReadException fatalAt(int line, int column, String problem, Throwable cause) {
    return fatalAt(line, column, Optional.empty(), problem, cause);
  }

  /**
   * A problem reading cannot go past, at a line and column and at {@code path} if given (else
   * where the reader is), with every problem found so far.
   */
  FormulationReadException fatalAt(int line, int column, Optional<String> path, String problem,
      Throwable cause) {
    problems.add(ReadProblem.of(source, Math.max(0, line), Math.max(0, column),
        path.orElseGet(this::path), problem, null));
    FormulationReadException e = failure(false);
    if (cause != null) {
      e.initCause(cause);
    }
    return e;
  }

  /** Every problem found, in the order of the file; only when there is at least one. */
  FormulationReadException failure(boolean stoppedEarly) {
    List<ReadProblem> sorted = new ArrayList<>(problems);
    // A missing key is found at the end of its object but reported at its start.
    sorted.sort(Comparator.comparingInt(ReadProblem::line).thenComparingInt(ReadProblem::column));
    return new FormulationReadException(sorted, stoppedEarly);
  }

  /** How a token reads in a message: "a list", "a number", and so on. */
  static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the file";
    }
    switch (token) {
      case START_OBJECT:
        return "a set of keys and values";
      case START_ARRAY:
        return "a list";
      case VALUE_STRING:
        return "text";
      case VALUE_NUMBER_INT:
        return "a whole number";
      case VALUE_NUMBER_FLOAT:
        return "a decimal number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "true or false";
      case VALUE_NULL:
        return "nothing";
      case VALUE_EMBEDDED_OBJECT:
        return "binary data";
      default:
        return "something else";
    }
  }
}

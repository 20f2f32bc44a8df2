package io.github.sixps.formulation.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;

/**
 * Walks the tokens of one document for one read, keeping the path of the current value so that
 * every error can say where it is. Not thread-safe: each read makes its own.
 */
final class Cursor {
  private final JsonParser parser;
  private final String source;
  private final ReadLimits limits;
  private final StringBuilder path = new StringBuilder();
  private final int[] pathLengths;
  private int depth;

  Cursor(JsonParser parser, String source, ReadLimits limits) {
    this.parser = parser;
    this.source = source;
    this.limits = limits;
    this.pathLengths = new int[limits.maxDepth() * 2 + 2];
  }

  /** Moves to the next token, refusing YAML aliases, which the format does not allow. */
  JsonToken next() throws IOException {
    JsonToken token = parser.nextToken();
    if (parser instanceof YAMLParser && ((YAMLParser) parser).isCurrentAlias()) {
      throw error("YAML aliases such as \"*" + parser.getText()
          + "\" are not accepted; write the value out in full", null);
    }
    return token;
  }

  JsonToken token() {
    return parser.currentToken();
  }

  JsonParser parser() {
    return parser;
  }

  /** The current string, checked against the length limit. */
  String text() throws IOException {
    String text = parser.getText();
    if (text.length() > limits.maxStringLength()) {
      throw error("this text is " + text.length() + " characters long; the limit is "
          + limits.maxStringLength(), null);
    }
    return text;
  }

  JsonLocation location() {
    return parser.currentTokenLocation();
  }

  void enter() throws FormulationReadException {
    depth++;
    if (depth > limits.maxDepth()) {
      throw error("nested more than " + limits.maxDepth() + " levels deep", null);
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
    path.append(key);
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

  FormulationReadException error(String problem, String suggestion) {
    return errorAt(location(), problem, suggestion);
  }

  FormulationReadException errorAt(JsonLocation at, String problem, String suggestion) {
    int line = at == null ? 0 : Math.max(0, at.getLineNr());
    int column = at == null ? 0 : Math.max(0, at.getColumnNr());
    return new FormulationReadException(source, line, column, path(), problem, suggestion);
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
      default:
        return token.asString() == null ? token.name().toLowerCase() : token.asString();
    }
  }
}

package io.github.sixps.formulation.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * The text of one input, decoded strictly from UTF-8, and its lines, so that a message can quote
 * the line a problem is on. Bytes that are not UTF-8 text at all, such as a Word document renamed
 * {@code .yaml} or a file saved as UTF-16, are refused with a message that says what the file is
 * and how to get the text out of it.
 */
final class SourceText {
  private final String text;
  /** Where each line starts in {@link #text}, from line 1; made when first needed. */
  private int[] lineStarts;
  /** The line whose code points {@link #offsets} holds, or -1. */
  private int offsetsLine = -1;
  /** Where each code point of that line is, from the line's start. */
  private int[] offsets;

  private SourceText(String text) {
    this.text = text;
  }

  /** Text that is already decoded, such as a string given to the reader. */
  static SourceText of(String text) {
    return new SourceText(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  /**
   * Decodes a file's bytes as UTF-8, without a byte-order mark if it has one.
   *
   * @throws FormulationReadException if the bytes are another kind of file, another encoding, or
   *     not valid UTF-8
   */
  static SourceText decode(byte[] bytes, String source) throws FormulationReadException {
    String notText = NotText.describe(bytes);
    if (notText != null) {
      throw new FormulationReadException(source, 0, 0, "", notText, null);
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      out.flip();
      throw notUtf8(source, out, bytes[in.position()]);
    }
    decoder.flush(out);
    out.flip();
    return of(out.toString());
  }

  private static FormulationReadException notUtf8(String source, CharBuffer before, byte bad) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < before.length(); i++) {
      if (before.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = before.toString().codePointCount(lineStart, before.length()) + 1;
    return new FormulationReadException(source, line, column, "", String.format(Locale.ROOT,
        "this is not UTF-8 text (the byte 0x%02X cannot be read as UTF-8); the file may be saved"
            + " in another encoding, such as Windows-1252 (\"ANSI\") or Latin-1: save it again"
            + " as UTF-8", bad & 0xFF), null);
  }

  /** {@return the whole text} */
  String text() {
    return text;
  }

  /** {@return the text of a line, from 1, without its line break; empty past the end} */
  String line(int line) {
    int[] starts = lineStarts();
    if (line < 1 || line > starts.length) {
      return "";
    }
    return text.substring(starts[line - 1], lineEnd(line));
  }

  /**
   * {@return the rest of a line from a column} Lines and columns count from 1, and columns count
   * code points, as the YAML parser does; empty past the end of the line.
   */
  String from(int line, int column) {
    String s = line(line);
    int index = index(s, column);
    return index < 0 ? "" : s.substring(index);
  }

  /**
   * {@return the character at a line and column, from 1; 0 when there is none} Quick however
   * long the line: the reader asks this of every YAML value, and a line may hold thousands.
   */
  char at(int line, int column) {
    int[] starts = lineStarts();
    if (line < 1 || line > starts.length || column < 1) {
      return 0;
    }
    if (offsetsLine != line) {
      offsets = codePointOffsets(starts[line - 1], lineEnd(line));
      offsetsLine = line;
    }
    return column > offsets.length ? 0 : text.charAt(starts[line - 1] + offsets[column - 1]);
  }

  /** Where each code point of the text from {@code start} to {@code end} is, from start. */
  private int[] codePointOffsets(int start, int end) {
    int[] found = new int[text.codePointCount(start, end)];
    int i = start;
    for (int n = 0; n < found.length; n++) {
      found[n] = i - start;
      i += Character.charCount(text.codePointAt(i));
    }
    return found;
  }

  /** Where a line's text ends, before its line break. */
  private int lineEnd(int line) {
    int[] starts = lineStarts();
    int start = starts[line - 1];
    int end = line < starts.length ? starts[line] : text.length();
    while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return end;
  }

  /**
   * {@return the line and column, from 1, of a place counted in code points from the start of
   * the text}
   */
  int[] locate(int codePointIndex) {
    int index = text.offsetByCodePoints(0,
        Math.min(Math.max(0, codePointIndex), text.codePointCount(0, text.length())));
    int[] starts = lineStarts();
    int line = Arrays.binarySearch(starts, index);
    line = line >= 0 ? line : -line - 2;
    return new int[] {line + 1, text.codePointCount(starts[line], index) + 1};
  }

  /** The index in {@code line} of a column counted in code points from 1; -1 past the end. */
  static int index(String line, int column) {
    if (column < 1 || line.codePointCount(0, line.length()) < column) {
      return -1;
    }
    return line.offsetByCodePoints(0, column - 1);
  }

  private int[] lineStarts() {
    if (lineStarts == null) {
      int[] starts = new int[16];
      int n = 0;
      starts[n++] = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        boolean lineBreak = c == '\n' || (c == '\r'
            && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
        if (lineBreak && i + 1 < text.length()) {
          if (n == starts.length) {
            starts = Arrays.copyOf(starts, n * 2);
          }
          starts[n++] = i + 1;
        }
      }
      lineStarts = Arrays.copyOf(starts, n);
    }
    return lineStarts;
  }
}

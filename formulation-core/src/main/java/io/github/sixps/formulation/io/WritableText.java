package io.github.sixps.formulation.io;

import com.fasterxml.jackson.core.JsonStreamContext;
import io.github.sixps.formulation.internal.ItemPaths;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Item;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The text a {@code sixps/1} file can hold, checked as {@link FormulationWriter} writes each
 * string, so that it never writes a file the reader would refuse: text and keys within the
 * reader's length limit, no half of a character (a lone surrogate, as when text is cut inside an
 * emoji, which UTF-8 cannot hold and YAML turns into another character), and a whole file within
 * the reader's size limit. Every problem is named by its path, as {@link WritableDates} names
 * dates.
 */
final class WritableText {
  private final ReadLimits limits;
  private final Map<String, Integer> uses = new HashMap<>();
  private final List<String> wrong = new ArrayList<>();
  // Texts and keys whose escapes could make a line of YAML too long to read, by path.
  private final List<String> longWhenEscaped = new ArrayList<>();

  WritableText(Formulation f, ReadLimits limits) {
    this.limits = limits;
    for (Item item : f.items()) {
      uses.merge(item.id(), 1, Integer::sum);
    }
  }

  /**
   * Notes what is wrong with a string that is about to be written where {@code context} is.
   *
   * @param key whether it is a map's key rather than a value
   */
  void check(JsonStreamContext context, String value, boolean key) {
    String what = key ? "a key" : "text";
    int length = value.codePointCount(0, value.length());
    if (length > limits.maxStringLength()) {
      wrong.add(path(context, key) + ": " + what + " " + String.format("%,d", length)
          + " characters long, past the limit of " + String.format("%,d",
              limits.maxStringLength()) + " that a reader takes");
    }
    // With its key and indent, a text escaped to within a little of the limit may pass it.
    long near = FormulationReader.maxLineLength(limits) - 1024;
    if (value.length() * 10L + 2 > near && escapedLength(value) > near) {
      longWhenEscaped.add(path(context, key) + ": " + what);
    }
    int lone = loneSurrogate(value);
    if (lone >= 0) {
      wrong.add(path(context, key) + ": " + what + " holding half of a character at character "
          + (value.codePointCount(0, lone) + 1) + " (a lone surrogate, as when text is cut"
          + " inside an emoji); remove it or put back the whole character");
    }
  }

  /**
   * Refuses the written text if any string was wrong, the whole is too large to read, or (in
   * YAML) a text's escapes made a line longer than a reader takes.
   */
  void checkWhole(String written, FileFormat format) {
    if (wrong.isEmpty() && format == FileFormat.YAML) {
      try {
        FormulationReader.checkLineLengths(written, "", limits);
      } catch (FormulationReadException e) {
        if (longWhenEscaped.isEmpty()) {
          wrong.add("line " + e.line() + ": longer than the limit of " + String.format("%,d",
              FormulationReader.maxLineLength(limits)) + " that a reader takes");
        }
        for (String path : longWhenEscaped) {
          wrong.add(path + " with so many control or unusual characters that, written"
              + " with their escapes, its line is longer than the limit of " + String.format(
                  "%,d", FormulationReader.maxLineLength(limits)) + " that a reader takes;"
              + " remove the control characters or shorten it");
        }
      }
    }
    int bytes = written.getBytes(StandardCharsets.UTF_8).length;
    if (wrong.isEmpty() && bytes > limits.maxBytes()) {
      wrong.add("the file would be " + String.format("%,d", bytes) + " bytes, past the limit of "
          + String.format("%,d", limits.maxBytes()) + " that a reader takes; shorten the"
          + " longest texts or move notes out of the formulation");
    }
    if (!wrong.isEmpty()) {
      throw new IllegalArgumentException("formulation: cannot be written as a file that can be"
          + " read back: " + String.join("; ", wrong));
    }
  }

  /**
   * The most characters a YAML writer can use for {@code s} in double quotes: a control
   * character is {@code \x01}, another unprintable one up to {@code \U0001F000}.
   */
  private static long escapedLength(String s) {
    long length = 2;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      length += c < 0x20 ? 4 : c < 0x7f ? 2 : c < 0x10000 ? 6 : 10;
      i += Character.charCount(c);
    }
    return length;
  }

  /** The index of the first half of a character with no other half, or -1. */
  static int loneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The reader's path of the string about to be written where {@code c} is: a field is
   * {@code .name}, a list entry {@code [n]}; a key, the path of its map.
   */
  private String path(JsonStreamContext c, boolean key) {
    String at;
    if (key) {
      at = containerPath(c);
    } else if (c.inArray()) {
      at = ItemPaths.of(containerPath(c), Integer.toString(c.getEntryCount()));
    } else {
      at = join(containerPath(c), c.getCurrentName());
    }
    return at.isEmpty() ? "formulation" : at;
  }

  /**
   * The path of the object or list {@code c} itself, as its parent names it: an entry of a list
   * by its item's id in brackets where the id is usable, by its position otherwise. The writer
   * gives each item to the generator as the current value of its object.
   */
  private String containerPath(JsonStreamContext c) {
    JsonStreamContext parent = c.getParent();
    if (parent == null || parent.inRoot()) {
      return "";
    }
    if (parent.inObject()) {
      return join(containerPath(parent), parent.getCurrentName());
    }
    int index = parent.getCurrentIndex();
    String key = c.getCurrentValue() instanceof Item item
        ? ItemPaths.key(item.id(), uses.getOrDefault(item.id(), 1), index)
        : Integer.toString(index);
    return ItemPaths.of(containerPath(parent), key);
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }
}

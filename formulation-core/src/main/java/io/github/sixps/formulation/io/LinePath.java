package io.github.sixps.formulation.io;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The path of the item a line of block-style YAML belongs to, read from the indentation of the
 * lines above it: for a problem the parser finds on a line the reader has not reached yet, such
 * as a tab on the second person's line, which the reader would otherwise place in the first.
 * A line indented with a tab has no column to compare; it is taken to belong with the line
 * above it, or, when it starts a list entry, to be the entry after that line's.
 */
final class LinePath {
  private static final Pattern KEY = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*)\\s*:(\\s.*)?");

  private final SourceText text;

  private LinePath(SourceText text) {
    this.text = text;
  }

  /** The path of the item that line {@code line} (from 1) belongs to, if it can be told. */
  static Optional<String> of(SourceText text, int line) {
    try {
      return Optional.of(new LinePath(text).pathOf(line));
    } catch (RuntimeException e) {
      // A layout this reading does not follow (flow style, block text): the reader's own path.
      return Optional.empty();
    }
  }

  /** One line's shape: where its dash and its content start, and its key if it has one. */
  private record Shape(boolean blank, boolean tab, int dash, int content, String key,
      boolean bare) {
    boolean entry() {
      return dash >= 0;
    }
  }

  private Shape shape(int line) {
    String s = text.line(line);
    int lead = 0;
    boolean tab = false;
    while (lead < s.length() && (s.charAt(lead) == ' ' || s.charAt(lead) == '\t')) {
      tab |= s.charAt(lead) == '\t';
      lead++;
    }
    String rest = s.substring(lead);
    if (rest.isEmpty() || rest.startsWith("#") || rest.startsWith("---")) {
      return new Shape(true, tab, -1, lead, null, false);
    }
    int dash = -1;
    int content = lead;
    if (rest.equals("-") || rest.startsWith("- ") || rest.startsWith("-\t")) {
      dash = lead;
      content = lead + 1;
      while (content < s.length() && (s.charAt(content) == ' ' || s.charAt(content) == '\t')) {
        content++;
      }
    }
    Matcher key = KEY.matcher(s.substring(content));
    boolean matches = key.matches();
    boolean bare = matches && (key.group(2) == null || key.group(2).isBlank()
        || key.group(2).strip().startsWith("#"));
    return new Shape(false, tab, dash, content, matches ? key.group(1) : null, bare);
  }

  private String pathOf(int line) {
    Shape target = shape(line);
    if (!target.tab()) {
      return target.entry() ? entryPath(line) : containerPath(line);
    }
    int above = previous(line);
    if (above == 0) {
      return "";
    }
    if (target.entry() && shape(above).bare()) {
      // A list entry indented with a tab under a key with nothing after it: its first entry.
      return keyPath(above) + "[0]";
    }
    if (target.entry()) {
      // A list entry indented with a tab: the entry after the one above, in the same list.
      int entry = above;
      while (entry > 0 && !shape(entry).entry()) {
        entry = previous(entry);
      }
      if (entry == 0) {
        return "";
      }
      return listPath(entry) + "[" + (index(entry) + 1) + "]";
    }
    // A key indented with a tab: with the keys of the line above.
    Shape prior = shape(above);
    return prior.entry() ? entryPath(above) : containerPath(above);
  }

  /** The path of the list entry that dash line {@code line} starts. */
  private String entryPath(int line) {
    return listPath(line) + "[" + index(line) + "]";
  }

  /** The path of the list that dash line {@code line} is an entry of. */
  private String listPath(int line) {
    int dash = shape(line).dash();
    for (int j = previous(line); j > 0; j = previous(j)) {
      Shape s = shape(j);
      if (s.entry() ? s.dash() < dash : s.content() <= dash) {
        return keyPath(j);
      }
    }
    return "";
  }

  /** How many entries of the same list come before dash line {@code line}. */
  private int index(int line) {
    int dash = shape(line).dash();
    int index = 0;
    for (int j = previous(line); j > 0; j = previous(j)) {
      Shape s = shape(j);
      if (s.entry() ? s.dash() < dash : s.content() <= dash) {
        break;
      }
      if (s.entry() && s.dash() == dash) {
        index++;
      }
    }
    return index;
  }

  /** The path of the mapping a key line belongs to. */
  private String containerPath(int line) {
    int column = shape(line).content();
    for (int j = previous(line); j > 0; j = previous(j)) {
      Shape s = shape(j);
      if (s.entry() && s.content() == column) {
        return entryPath(j);
      }
      if (s.content() < column || (s.entry() && s.dash() < column)) {
        return keyPath(j);
      }
    }
    return "";
  }

  /** The path of the value of the key on line {@code line}. */
  private String keyPath(int line) {
    Shape s = shape(line);
    if (s.key() == null) {
      throw new IllegalStateException("not a key: line " + line);
    }
    String owner = s.entry() ? entryPath(line) : containerPath(line);
    return owner.isEmpty() ? s.key() : owner + "." + s.key();
  }

  /** The nearest line above that holds something, or 0 at the top. */
  private int previous(int line) {
    int j = line - 1;
    while (j > 0 && shape(j).blank()) {
      j--;
    }
    return j;
  }
}

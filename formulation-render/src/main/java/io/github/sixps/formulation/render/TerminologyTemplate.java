package io.github.sixps.formulation.render;

/**
 * Writes a terminology as a complete YAML file with a comment on every key, from the groups and
 * descriptions of {@link TerminologyKeys}: the template a council copies and translates. Keys
 * are nested under their first part ({@code headings:}, {@code months:}); every text is
 * double-quoted, so no translation can be read as YAML of another kind.
 */
final class TerminologyTemplate {
  private TerminologyTemplate() {}

  static String yaml(Terminology words) {
    StringBuilder y = new StringBuilder();
    y.append("# Every word a SixPs document shows that is not the formulation's own.\n")
        .append("# Copy this file, translate the texts in quotes, and keep the keys as they"
            + " are.\n")
        .append("# Words in braces, such as {date}, are filled in when a document is made:"
            + " keep them,\n")
        .append("# in the place your language puts them. To change only a few words, keep"
            + " those and add\n")
        .append("# a line \"base: leeds-6ps\" (or family, or clinical-5ps-plan) for the"
            + " rest.\n");
    String open = null;
    for (TerminologyKeys.Group group : TerminologyKeys.GROUPS) {
      y.append("\n# ").append("=".repeat(3)).append(' ').append(group.description())
          .append(' ').append("=".repeat(3)).append('\n');
      for (TerminologyKeys.Key key : group.keys()) {
        int dot = key.name().indexOf('.');
        String head = dot < 0 ? null : key.name().substring(0, dot);
        String rest = dot < 0 ? key.name() : key.name().substring(dot + 1);
        if (head != null && !head.equals(open)) {
          y.append(head).append(":\n");
        }
        open = head;
        String indent = head == null ? "" : "  ";
        if (!key.description().isEmpty()) {
          y.append(indent).append("# ").append(key.description()).append('\n');
        }
        String text = words.text(key.name());
        y.append(indent).append(rest).append(':');
        if (key.isList()) {
          y.append('\n');
          for (String item : text.split("\\|")) {
            y.append(indent).append("  - ").append(quoted(item)).append('\n');
          }
        } else {
          y.append(' ').append(quoted(text)).append('\n');
        }
      }
    }
    return y.toString();
  }

  private static String quoted(String text) {
    StringBuilder q = new StringBuilder("\"");
    text.codePoints().forEach(c -> {
      if (c == '"' || c == '\\') {
        q.append('\\').appendCodePoint(c);
      } else if (c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029 || c == 0xfeff) {
        q.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
      } else {
        q.appendCodePoint(c);
      }
    });
    return q.append('"').toString();
  }
}

package io.github.sixps.formulation.server.editor;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Between the paths of the model, as validation findings and read problems give them
 * ({@code plan.actions[A2].due}, {@code reviews[0].scale.G1}), and the names of the editor's form
 * fields ({@code plan.actions[1].due}, {@code reviews[0].scale[0].value}), both ways.
 *
 * <p>A path names a list entry by its id, or by its position where the id cannot name it; a field
 * always by position, so that an entry can be renamed, moved or left without an id as it is
 * edited. A review's scores and action statuses are maps in the model and rows in the form.
 *
 * <pre>{@code
 * FieldPaths paths = FieldPaths.of(fields);
 * paths.field("plan.actions[A2].due");          // plan.actions[1].due, where A2 is second
 * paths.path("reviews[0].scale[0].value");      // reviews[0].scale.G1
 * }</pre>
 */
public final class FieldPaths {
  private final FormFields form;

  private FieldPaths(FormFields form) {
    this.form = form;
  }

  /**
   * The mapping for one form.
   *
   * @param form the form's fields, which say which entry has which id
   * @return the mapping
   */
  public static FieldPaths of(FormFields form) {
    return new FieldPaths(form);
  }

  /**
   * The form's name for what a model path is about: the field itself, or the entry, list or
   * part of the form that holds it.
   *
   * @param path a model path, such as {@code plan.actions[A2].due}; blank for the whole
   * @return the field name, such as {@code plan.actions[1].due}; empty if an id in the path is
   *     no entry's, or the path is blank
   */
  public Optional<String> field(String path) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c == '[') {
        int close = path.indexOf(']', i);
        if (close < 0) {
          return Optional.empty();
        }
        String key = path.substring(i + 1, close);
        String list = out.toString();
        OptionalInt at = position(list, key);
        if (at.isEmpty()) {
          return Optional.empty();
        }
        out.append('[').append(at.getAsInt()).append(']');
        i = close + 1;
      } else if (c == '.' && isMapIn(out)) {
        // reviews[0].scale.G1: the rest is the map's key, which may hold any character.
        String key = path.substring(i + 1);
        String rows = out.toString();
        String keyField = rows.endsWith(".scale") ? "goal" : "action";
        for (int row : form.positions(rows)) {
          if (form.text(rows + "[" + row + "]." + keyField).equals(key)) {
            return Optional.of(rows + "[" + row + "]."
                + (keyField.equals("goal") ? "value" : "status"));
          }
        }
        return Optional.of(rows);
      } else {
        out.append(c);
        i++;
      }
    }
    return out.length() == 0 ? Optional.empty() : Optional.of(out.toString());
  }

  /**
   * The model path, positional, of a field: what the file reader would call it.
   *
   * @param field a field name, such as {@code reviews[0].scale[0].value}
   * @return the path, such as {@code reviews[0].scale.G1}
   */
  public String path(String field) {
    int rows = Math.max(field.indexOf(".scale["), field.indexOf(".actions["));
    if (field.startsWith("reviews[") && rows > 0) {
      int close = field.indexOf(']', rows);
      String row = field.substring(0, close + 1);
      String keyField = field.startsWith(".scale[", rows) ? ".goal" : ".action";
      return field.substring(0, rows) + (keyField.equals(".goal") ? ".scale." : ".actions.")
          + form.text(row + keyField);
    }
    return field;
  }

  private OptionalInt position(String list, String key) {
    if (!key.isEmpty() && key.chars().allMatch(c -> c >= '0' && c <= '9') && key.length() < 10) {
      return OptionalInt.of(Integer.parseInt(key));
    }
    for (int at : form.positions(list)) {
      if (form.text(list + "[" + at + "].id").equals(key)) {
        return OptionalInt.of(at);
      }
    }
    return OptionalInt.empty();
  }

  private static boolean isMapIn(CharSequence sofar) {
    String s = sofar.toString();
    return s.startsWith("reviews[") && (s.endsWith("].scale") || s.endsWith("].actions"));
  }
}

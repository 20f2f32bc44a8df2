package io.github.sixps.formulation.server.editor;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import io.github.sixps.formulation.validate.Finding;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What the form says next to each field: the error that stops it being read (a date that is not a
 * date) and what the validator found there, each finding placed at the nearest part of the form
 * that holds its path.
 *
 * @param errors each field that could not be read to what is wrong
 * @param findings the validator's findings by the field, entry or section they belong to;
 *     {@code ""} for the formulation as a whole
 */
public record FieldNotes(ImmutableMap<String, String> errors,
    ImmutableListMultimap<String, Finding> findings) {

  /** {@return notes with nothing in them} */
  public static FieldNotes none() {
    return new FieldNotes(ImmutableMap.of(), ImmutableListMultimap.of());
  }

  /**
   * Places findings in a form.
   *
   * @param form the form's fields
   * @param errors the fields that could not be read
   * @param found the validator's findings, by model path
   * @return the notes
   */
  public static FieldNotes of(FormFields form, ImmutableMap<String, String> errors,
      Iterable<Finding> found) {
    FieldPaths paths = FieldPaths.of(form);
    Set<String> anchors = anchors(form);
    ImmutableListMultimap.Builder<String, Finding> by = ImmutableListMultimap.builder();
    FindingWords words = FindingWords.of(form);
    for (Finding f : found) {
      by.put(place(paths.field(f.path()).orElse(""), anchors), words.told(f));
    }
    return new FieldNotes(errors, by.build());
  }

  /**
   * Every name in the form a note can be placed at: the fields, and each entry and list that
   * holds them ({@code plan.actions[1].due}, {@code plan.actions[1]}, {@code plan.actions},
   * {@code plan}).
   *
   * @param form the form's fields
   * @return the names
   */
  public static Set<String> anchors(FormFields form) {
    Set<String> out = new LinkedHashSet<>();
    for (String name : form.asMap().keySet()) {
      // An entry's id has no box of its own (the editor makes it): what is found about it is
      // shown on the entry.
      String n = name.endsWith("].id") ? enclosing(name) : name;
      while (!n.isEmpty() && out.add(n)) {
        n = enclosing(n);
      }
    }
    for (String section : EditorSections.ANCHORS) {
      out.add(section);
    }
    return out;
  }

  /**
   * The nearest anchor holding a field name.
   *
   * @param field a field name, or the nearest one a path has
   * @param anchors the form's anchors
   * @return the field itself, or what holds it; {@code ""} for the form as a whole
   */
  static String place(String field, Set<String> anchors) {
    String n = field;
    while (!n.isEmpty() && !anchors.contains(n)) {
      n = enclosing(n);
    }
    return n;
  }

  private static String enclosing(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut < 0 ? "" : path.substring(0, cut);
  }

  /**
   * These notes without the findings inside new entries not yet filled in; the errors stay.
   *
   * @param quiet the new entries, such as {@code plan.actions[2]}; {@code ""} for the whole form
   * @return the notes shown
   */
  public FieldNotes outside(java.util.Set<String> quiet) {
    if (quiet.isEmpty()) {
      return this;
    }
    ImmutableListMultimap.Builder<String, Finding> kept = ImmutableListMultimap.builder();
    findings.forEach((anchor, f) -> {
      if (quiet.stream().noneMatch(q -> within(anchor, q))) {
        kept.put(anchor, f);
      }
    });
    return new FieldNotes(errors, kept.build());
  }

  /** Whether an anchor is an entry or inside it; everything is inside {@code ""}. */
  static boolean within(String anchor, String entry) {
    return entry.isEmpty() || anchor.equals(entry) || anchor.startsWith(entry + ".")
        || anchor.startsWith(entry + "[");
  }

  /**
   * The error of one field.
   *
   * @param field the field
   * @return what is wrong with it, if it could not be read
   */
  public Optional<String> error(String field) {
    return Optional.ofNullable(errors.get(field));
  }

  /**
   * The findings placed at one anchor.
   *
   * @param anchor a field, entry or list
   * @return its findings, in the validator's order
   */
  public ImmutableList<Finding> at(String anchor) {
    return findings.get(anchor);
  }
}

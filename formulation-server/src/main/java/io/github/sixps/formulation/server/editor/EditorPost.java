package io.github.sixps.formulation.server.editor;

import com.google.common.collect.ImmutableMap;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.server.EditConflictException;
import io.github.sixps.formulation.server.StoredFormulation;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One post of the editor's form, answered by what its {@code _op} asks: {@code add LIST},
 * {@code remove|up|down LIST[N]}, {@code check}, {@code preview}, {@code save} or
 * {@code overwrite} (save over the version on disk, after a refused save showed it). Every one
 * works without JavaScript: the list edits show the form again with the change made, as typed.
 */
final class EditorPost {
  private final EditorServlet editor;
  private final Optional<String> id;
  private final String action;
  private final String csrf;
  private final FormFields form;

  EditorPost(EditorServlet editor, Optional<String> id, String action, String csrf,
      FormFields form) {
    this.editor = editor;
    this.id = id;
    this.action = action;
    this.csrf = csrf;
    this.form = form;
  }

  void answer(HttpServletResponse resp) throws IOException {
    String op = form.first("_op").orElse("save");
    int space = op.indexOf(' ');
    String verb = space < 0 ? op : op.substring(0, space);
    String target = space < 0 ? "" : op.substring(space + 1);
    switch (verb) {
      case "add" -> add(resp, target);
      case "remove", "up", "down" -> edit(resp, verb, target);
      case "check" -> {
        FormulationForm.Decoded d = FormulationForm.decode(form);
        EditorServlet.page(resp, d.errors().isEmpty() ? 200 : 422, page(form).notes(notes(d)));
      }
      case "preview" -> {
        FormulationForm.Decoded d = FormulationForm.decode(form);
        EditorServlet.page(resp, 200, page(form).notes(notes(d)).preview(editor.renderings()
            .preview(d.formulation(), EditorServlet.audience(form.text("_audience"))))
            .focus("preview-heading"));
      }
      case "save", "overwrite" -> save(resp, verb.equals("overwrite"));
      default -> EditorServlet.page(resp, 400, page(form)
          .banner("That button is not one this page knows. Nothing was changed."));
    }
  }

  private EditorPage.Builder page(FormFields fields) {
    String title = fields.text("title");
    return EditorPage.builder(action, csrf)
        .title(title.isBlank() ? id.orElse("New formulation") : title)
        .etag(fields.first("_etag").orElse(null))
        .form(fields)
        .downloads(id.map(i -> action + "/download").orElse(null));
  }

  private FieldNotes notes(FormulationForm.Decoded d) {
    return FieldNotes.of(form, d.errors(),
        editor.validator().validate(d.formulation(), editor.today()).findings());
  }

  private void add(HttpServletResponse resp, String list) throws IOException {
    Optional<List<String[]>> blank = BlankEntries.of(list, form, editor.today());
    if (blank.isEmpty()) {
      EditorServlet.page(resp, 400, page(form)
          .banner("That list is not one this page knows. Nothing was changed."));
      return;
    }
    List<Integer> at = form.positions(list);
    String entry = list + "[" + (at.isEmpty() ? 0 : at.get(at.size() - 1) + 1) + "]";
    FormFields added = form.append(list, w -> blank.get().forEach(f -> w.add(f[0], f[1])));
    Set<String> quiet = quiet(list);
    quiet.add(entry);
    EditorServlet.page(resp, 200, page(added).focus(entry + blank.get().get(0)[0])
        .quiet(quiet));
  }

  private void edit(HttpServletResponse resp, String verb, String entry) throws IOException {
    int open = entry.lastIndexOf('[');
    String list = open < 0 ? "" : entry.substring(0, open);
    List<Integer> at = form.positions(list);
    int index = FormFields.index(list, entry).orElse(-1);
    int pos = at.indexOf(index);
    if (pos < 0) {
      EditorServlet.page(resp, 400, page(form)
          .banner("That entry is no longer in the form. Nothing was changed."));
      return;
    }
    FormFields changed;
    String focus;
    if (verb.equals("remove")) {
      changed = form.remove(list, index);
      focus = list;
    } else {
      int other = verb.equals("up") ? pos - 1 : pos + 1;
      if (other < 0 || other >= at.size()) {
        EditorServlet.page(resp, 200, page(form).focus(entry));
        return;
      }
      changed = form.swap(list, index, at.get(other));
      focus = list + "[" + at.get(other) + "]";
    }
    EditorServlet.page(resp, 200, page(changed).focus(focus).quiet(quiet(list)));
  }

  /**
   * The entries the page sent as still quiet (new, not yet filled in), but none of the list
   * being changed, whose entries may have moved: after a change there, they speak.
   */
  private Set<String> quiet(String changed) {
    Set<String> out = new HashSet<>();
    for (String q : form.all("_quiet")) {
      String entry = q.equals("*") ? "" : q;
      if (entry.isEmpty() || !FieldNotes.within(entry, changed)) {
        out.add(entry);
      }
    }
    return out;
  }

  private void save(HttpServletResponse resp, boolean overwrite) throws IOException {
    FormulationForm.Decoded d = FormulationForm.decode(form);
    if (!d.errors().isEmpty()) {
      EditorServlet.page(resp, 422, page(form).notes(notes(d)));
      return;
    }
    Formulation yours = d.formulation();
    try {
      StoredFormulation saved;
      if (id.isEmpty()) {
        saved = editor.folder().create(yours);
      } else {
        String expected = overwrite ? form.first("_current").orElse(null)
            : form.first("_etag").orElse(null);
        saved = editor.folder().put(id.get(), yours, expected);
      }
      resp.setStatus(303);
      resp.setHeader("Location", "/formulations/"
          + URLEncoder.encode(saved.id(), StandardCharsets.UTF_8) + "?saved"
          + (saved.commentsNotKept().isEmpty() ? "" : "&lost=" + saved.commentsNotKept().size()));
    } catch (EditConflictException e) {
      EditorServlet.page(resp, 409, page(form).notes(FieldNotes.of(form, ImmutableMap.of(),
          editor.validator().validate(yours, editor.today()).findings()))
          .conflict(EditorServlet.conflict(e, yours)));
    } catch (IllegalStateException e) {
      // The file cannot be written as it is (two files with one id, a link, a named pipe).
      EditorServlet.cannotOpen(csrf, resp, e.getMessage());
    }
  }
}

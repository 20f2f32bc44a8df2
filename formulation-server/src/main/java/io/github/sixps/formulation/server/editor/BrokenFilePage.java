package io.github.sixps.formulation.server.editor;

import io.github.sixps.formulation.io.ReadProblem;
import io.github.sixps.formulation.server.StoredFormulation;

/**
 * The page for a file that cannot be read: its problems, each at its line and column with the
 * fix where the reader knows one, and the file's text, so nothing is hidden and it can be mended
 * in a text editor.
 */
final class BrokenFilePage {
  private BrokenFilePage() {}

  static String html(StoredFormulation stored, String csrf) {
    Html h = new Html();
    PageShell.start(h, stored.fileName() + " cannot be opened", csrf, "");
    h.element("h1", stored.fileName() + " cannot be opened in the editor", "class", "heading-l");
    h.element("p", "The file has problems that stop it being read. Mend them in a text editor;"
        + " the file has not been changed.");
    h.open("ul", "class", "problems");
    for (ReadProblem p : stored.problems()) {
      h.open("li");
      h.element("strong", "Line " + p.line() + ", column " + p.column()
          + (p.path().isEmpty() ? "" : " (" + p.path() + ")") + ": ");
      h.text(p.message());
      p.suggestion().ifPresent(s -> h.element("span", " " + s, "class", "finding-suggestion"));
      h.close("li");
    }
    h.close("ul");
    h.element("h2", "The file as it is", "class", "heading-m");
    h.element("pre", stored.text(), "class", "their-version");
    PageShell.end(h);
    return h.toString();
  }
}

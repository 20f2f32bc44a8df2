package io.github.sixps.formulation.server.editor;

import io.github.sixps.formulation.validate.Finding;
import java.util.Map;
import java.util.Optional;

/**
 * The editor's page for one formulation: an error summary at the top linking to each field that
 * stops a save, what the checks found (each linking to its place), the form, the downloads and a
 * preview beside it. Rendered wholly on the server; the script only adds live checking and
 * preview.
 *
 * <pre>{@code
 * String page = EditorPage.builder("/formulations/ahmed", csrf)
 *     .title("Formulation with the Ahmed family")
 *     .etag(stored.etag())
 *     .form(FormulationForm.encode(formulation))
 *     .build()
 *     .html();
 * }</pre>
 */
public final class EditorPage {
  /** The other version, when a save was refused because the file changed on disk. */
  record Conflict(String message, Optional<String> theirText, Optional<String> theirEtag,
      String changes) {}

  private final Builder b;

  private EditorPage(Builder b) {
    this.b = b;
  }

  /**
   * A builder for a page.
   *
   * @param action where the form posts, such as {@code /formulations/ahmed}
   * @param csrf the session's CSRF token
   * @return the builder
   */
  public static Builder builder(String action, String csrf) {
    return new Builder(action, csrf);
  }

  /** Collects what a page shows. */
  public static final class Builder {
    private final String action;
    private final String csrf;
    private String title = "New formulation";
    private String etag;
    private FormFields form = FormFields.empty();
    private FieldNotes notes = FieldNotes.none();
    private Conflict conflict;
    private String banner;
    private String downloads;
    private String preview;
    private String focus;
    private java.util.Set<String> quiet = java.util.Set.of();

    private Builder(String action, String csrf) {
      this.action = action;
      this.csrf = csrf;
    }

    /**
     * Sets the page's heading.
     *
     * @param value the formulation's title, or what to call it
     * @return this builder
     */
    public Builder title(String value) {
      title = value;
      return this;
    }

    /**
     * Sets the version of the file the form started from.
     *
     * @param value the file's ETag when the page was first loaded; {@code null} for a new one
     * @return this builder
     */
    public Builder etag(String value) {
      etag = value;
      return this;
    }

    /**
     * Sets what the form holds.
     *
     * @param value the fields, as encoded or as posted
     * @return this builder
     */
    public Builder form(FormFields value) {
      form = value;
      return this;
    }

    /**
     * Sets the errors and findings to show beside the fields.
     *
     * @param value the notes
     * @return this builder
     */
    public Builder notes(FieldNotes value) {
      notes = value;
      return this;
    }

    Builder conflict(Conflict value) {
      conflict = value;
      return this;
    }

    /**
     * Sets a message shown above the form, such as that it was saved.
     *
     * @param value the message
     * @return this builder
     */
    public Builder banner(String value) {
      banner = value;
      return this;
    }

    /**
     * Sets where the saved formulation can be downloaded.
     *
     * @param value the address the format and audience are added to, such as
     *     {@code /formulations/ahmed/download}
     * @return this builder
     */
    public Builder downloads(String value) {
      downloads = value;
      return this;
    }

    /**
     * Sets the preview shown beside the form.
     *
     * @param fragmentHtml the HTML renderer's fragment, its style element taken out
     * @return this builder
     */
    public Builder preview(String fragmentHtml) {
      preview = fragmentHtml;
      return this;
    }

    /**
     * Sets the field to put the cursor in, such as the first field of an entry just added.
     *
     * @param field the field's name
     * @return this builder
     */
    public Builder focus(String field) {
      focus = field;
      return this;
    }

    /**
     * Sets the parts that are new and not yet filled in, whose findings wait until someone has
     * typed in them and left the field, or sent the form (the GOV.UK Design System's pattern):
     * a blank new entry does not open with "this is blank".
     *
     * @param entries the new entries, such as {@code plan.actions[2]}; {@code ""} for the whole
     *     form, a new formulation
     * @return this builder
     */
    public Builder quiet(java.util.Set<String> entries) {
      quiet = java.util.Set.copyOf(entries);
      return this;
    }

    /** {@return the page} */
    public EditorPage build() {
      notes = notes.outside(quiet);
      return new EditorPage(this);
    }
  }

  /** {@return the page's HTML} */
  public String html() {
    Html h = new Html();
    PageShell.start(h, (b.notes.errors().isEmpty() && b.conflict == null ? "" : "Error: ")
        + b.title, b.csrf, b.action, "preview-"
        + ("family".equals(b.form.text("_audience")) ? "family" : "practitioner") + ".css");
    errorSummary(h);
    if (b.banner != null) {
      h.open("div", "class", "banner", "role", "status").element("p", b.banner).close("div");
    }
    h.element("h1", b.title.isBlank() ? "Formulation with no title yet" : b.title,
        "class", "heading-l");
    if (b.conflict != null) {
      conflict(h, b.conflict);
    }
    checks(h);
    downloads(h);
    h.open("div", "class", "editor-layout");
    h.open("form", "method", "post", "action", b.action, "id", "editor", "class", "editor",
        "novalidate", "", "data-check", b.action + "/check", "data-preview",
        b.action + "/preview", "data-quiet", b.quiet.isEmpty() ? null
            : String.join(" ", b.quiet.stream().map(q -> q.isEmpty() ? "*" : q).sorted()
                .toList()));
    // Enter in a text box presses the form's first button: let that be Save, not Remove.
    h.open("button", "type", "submit", "name", "_op", "value", "save", "class",
        "visually-hidden", "tabindex", "-1", "aria-hidden", "true").text("Save").close("button");
    h.open("input", "type", "hidden", "name", "_csrf", "value", b.csrf);
    // The new entries not yet filled in stay quiet across adding, removing and moving others.
    for (String q : new java.util.TreeSet<>(b.quiet)) {
      h.open("input", "type", "hidden", "name", "_quiet", "value", q.isEmpty() ? "*" : q);
    }
    if (b.etag != null) {
      h.open("input", "type", "hidden", "name", "_etag", "value", b.etag);
    }
    new EditorSections(h, b.form, b.notes).write();
    h.open("div", "class", "form-buttons");
    h.element("button", "Save", "type", "submit", "name", "_op", "value", "save",
        "class", "button");
    if (b.conflict != null && b.conflict.theirEtag().isPresent()) {
      h.open("input", "type", "hidden", "name", "_current", "value",
          b.conflict.theirEtag().get());
      h.element("button", "Replace their version with mine", "type", "submit", "name", "_op",
          "value", "overwrite", "class", "button button-warning");
    }
    h.element("button", "Check", "type", "submit", "name", "_op", "value", "check",
        "class", "button button-secondary");
    h.close("div");
    previewChoice(h);
    h.close("form");
    // Focusable: on a wide screen it scrolls by itself, and a keyboard must reach all of it.
    h.open("aside", "class", "preview", "id", "preview", "aria-labelledby", "preview-heading",
        "tabindex", "0");
    h.element("h2", "Preview", "id", "preview-heading", "class", "heading-m");
    h.element("p", "How the handout will look. It follows what you type when JavaScript is on;"
        + " otherwise press Show preview.", "class", "hint");
    h.open("div", "id", "preview-body", "class", "preview-body", "aria-live", "polite");
    if (b.preview != null) {
      h.raw(b.preview);
    }
    h.close("div").close("aside");
    h.close("div");
    if (b.focus != null) {
      h.open("div", "hidden", "", "id", "focus-target", "data-field", b.focus).close("div");
    }
    PageShell.end(h);
    return h.toString();
  }

  private void previewChoice(Html h) {
    h.open("div", "class", "preview-choice");
    h.element("label", "Preview for", "for", "_audience", "class", "label");
    h.open("select", "id", "_audience", "name", "_audience", "class", "select");
    String current = b.form.text("_audience");
    for (String[] a : new String[][] {{"practitioner", "Practitioners"}, {"family", "The family"}}) {
      h.element("option", a[1], "value", a[0], "selected", a[0].equals(current) ? "" : null);
    }
    h.close("select");
    h.element("button", "Show preview", "type", "submit", "name", "_op", "value", "preview",
        "class", "button button-secondary");
    h.close("div");
  }

  private void errorSummary(Html h) {
    Map<String, String> errors = b.notes.errors();
    if (errors.isEmpty() && b.conflict == null) {
      return;
    }
    h.open("div", "class", "error-summary", "role", "alert", "tabindex", "-1",
        "aria-labelledby", "error-summary-title", "id", "error-summary", "autofocus", "");
    h.element("h2", "There is a problem", "id", "error-summary-title", "class", "heading-m");
    h.open("ul", "class", "error-summary-list");
    if (b.conflict != null) {
      h.open("li").element("a", b.conflict.message(), "href", "#conflict").close("li");
    }
    errors.forEach((field, message) -> h.open("li").element("a",
        FieldLabels.of(field) + ": " + message, "href", Html.fragment(field)).close("li"));
    h.close("ul").close("div");
  }

  private void conflict(Html h, Conflict c) {
    h.open("section", "class", "conflict", "id", "conflict", "aria-labelledby",
        "conflict-heading");
    h.element("h2", "This formulation was changed elsewhere", "id", "conflict-heading",
        "class", "heading-m");
    h.element("p", c.message() + ". Your version is also still in the form below. Compare"
        + " the two, then copy what you need, or replace their version with yours.");
    h.element("h3", "What your version changes", "class", "heading-s");
    h.element("pre", c.changes(), "class", "diff");
    c.theirText().ifPresent(text -> {
      h.open("details");
      h.element("summary", "Their version, as it is on disk now");
      h.element("pre", text, "class", "their-version");
      h.close("details");
    });
    h.close("section");
  }

  private void checks(Html h) {
    int count = b.notes.findings().size();
    boolean fresh = b.quiet.contains("") && count == 0;
    h.open("section", "class", "checks", "id", "checks", "aria-labelledby", "checks-heading");
    h.element("h2", fresh ? "Checks" : count == 0 ? "Checks: nothing to look at"
        : "Checks: " + count + (count == 1 ? " thing" : " things") + " to look at",
        "id", "checks-heading", "class", "heading-s");
    if (fresh) {
      h.element("p", "Start with a title and who is involved, then work down the form. What"
          + " still needs doing shows here as you fill it in, or when you press Check. Nothing"
          + " is kept until you press Save.", "class", "hint", "id", "checks-guidance");
    }
    h.open("ul", "class", "checks-list", "id", "checks-list");
    b.notes.findings().forEach((anchor, f) -> checkItem(h, anchor, f));
    h.close("ul").close("section");
  }

  private static void checkItem(Html h, String anchor, Finding f) {
    h.open("li");
    if (anchor.isEmpty()) {
      h.text(f.message());
    } else {
      h.element("a", FieldLabels.of(anchor) + ": " + f.message(), "href", Html.fragment(anchor));
    }
    h.close("li");
  }

  private void downloads(Html h) {
    if (b.downloads == null) {
      return;
    }
    h.open("nav", "class", "downloads", "aria-label", "Downloads");
    h.element("h2", "Download the saved version", "class", "heading-s");
    h.open("ul", "class", "download-list");
    for (String[] d : new String[][] {
        {"pdf", "practitioner", "PDF for practitioners"},
        {"pdf", "family", "PDF for the family"},
        {"docx", "practitioner", "Word document for practitioners"},
        {"docx", "family", "Word document for the family"},
        {"html", "practitioner", "Web page"},
        {"md", "practitioner", "Markdown"},
        {"brf", "family", "Braille for the family (BRF)"},
        {"html-supervision", "practitioner", "Supervision summary"}}) {
      String href = b.downloads + "?format=" + d[0] + "&audience=" + d[1];
      h.open("li").element("a", d[2], "href", href).close("li");
    }
    h.close("ul").close("nav");
  }
}

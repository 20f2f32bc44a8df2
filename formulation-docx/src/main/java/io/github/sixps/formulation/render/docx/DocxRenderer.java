package io.github.sixps.formulation.render.docx;

import io.github.sixps.formulation.render.ByteRenderer;
import com.google.common.base.Preconditions;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.Direction;
import io.github.sixps.formulation.render.RenderOptions;
import io.github.sixps.formulation.render.RendererBuilder;
import io.github.sixps.formulation.render.internal.Document;
import io.github.sixps.formulation.render.internal.DocumentBuilder;
import io.github.sixps.formulation.render.internal.FileProperties;
import io.github.sixps.formulation.render.internal.Output;
import io.github.sixps.formulation.render.internal.Words;
import io.github.sixps.formulation.review.FormulationDiff;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Renders a formulation as a Word document (.docx) that a practitioner can open in Word or
 * LibreOffice, change and attach to the case record: the same outline, words and languages as
 * the other formats, laid out with Apache POI.
 *
 * <p>It is made to pass Word's accessibility checker and the GOV.UK guidance on accessible
 * documents:
 *
 * <ul>
 *   <li>the title in Word's Heading 1 style and each section in Heading 2, 3 and so on, one level
 *       below its parent's, so Word's navigation pane and screen readers find them and none is
 *       skipped;
 *   <li>the document's title, subject, authors and language (the terminology's, {@code en-GB}
 *       by default) in its properties, and the language in its default text style;
 *   <li>lists as Word's own bulleted lists (the "List Bullet" styles); tables with a header row
 *       that repeats on each page, rows that do not split, no merged cells, and a title in the
 *       table's properties;
 *   <li>the 6Ps picture and the goal-scale chart as pictures with their text alternative in
 *       Word's Alt Text (the drawing's {@code descr}, never a file name), a caption, and what
 *       they show as a list beneath: an SVG that Word 2016 and later show, with a PNG of it for
 *       every other reader;
 *   <li>spacing from the styles, never from empty paragraphs; colour only in the headings, in
 *       the theme's accent, which a {@link io.github.sixps.formulation.render.Theme} keeps at
 *       4.5:1 or more against white;
 *   <li>each paragraph of user text right to left when its first strong letter is (as Urdu,
 *       Arabic and Hebrew are), each right-to-left run marked so, each run's language marked,
 *       and each run in a complex or East Asian script given a font for its script (Arial for
 *       Arabic and Hebrew, Nirmala UI for the Indic scripts, and so on) so Word picks one that
 *       has the letters; a right-to-left terminology makes the whole page right to left;
 *   <li>the protective marking at the top and foot of every page, with the page numbers.
 * </ul>
 *
 * <p>Everything is text a practitioner can edit, in styles they can change; only the pictures are
 * pictures. The family version is in large print, 16pt body text, unless {@link
 * Builder#largePrint(boolean)} says otherwise; the blank worksheet's room to write is a box, a
 * table row as tall as the lines it stands for.
 *
 * <p>The same formulation and options give the same bytes on every run on the same machine: the
 * document's dates are the formulation's own (its latest review, or the day it was formulated),
 * and every entry of the zip package is dated 1 January 1980, in a fixed order. The PNG of each
 * picture sets its words in the machine's fonts, so a machine with other fonts gives other
 * pictures.
 *
 * <p>A renderer is immutable and safe to share between threads.
 *
 * <pre>{@code
 * DocxRenderer renderer = DocxRenderer.builder().audience(Audience.FAMILY).build();
 * try (OutputStream out = Files.newOutputStream(Path.of("ahmed-family.docx"))) {
 *   renderer.render(formulation, out);
 * }
 * }</pre>
 */
public final class DocxRenderer implements ByteRenderer {
  /** The name written as the document's application and, with no contributors, its author. */
  public static final String CREATOR = "SixPs";

  private final RenderOptions options;
  private final boolean largePrint;
  private final Words words;
  private final DocxWriter writer;

  private DocxRenderer(Builder b) {
    this.options = b.options();
    this.largePrint = b.largePrint.orElse(options.audience() == Audience.FAMILY);
    this.words = new Words(options.terminology());
    boolean rightToLeft = words.direction() == Direction.RTL;
    DocxStyles styles = new DocxStyles(largePrint, words.language(), rightToLeft,
        options.theme().accent());
    this.writer = new DocxWriter(styles, words, options.theme().accent(), largePrint);
  }

  /** {@return a builder with every option at its default} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the options this renderer was built with} */
  public RenderOptions options() {
    return options;
  }

  /** {@return whether the documents are in large print, 16pt body text} */
  public boolean isLargePrint() {
    return largePrint;
  }

  /**
   * Renders the formulation as a Word document to {@code out}, which is left open.
   *
   * @param formulation the formulation to render, draft or not
   * @param out where the document's bytes go
   * @throws IOException if {@code out} fails
   */
  public void render(Formulation formulation, OutputStream out) throws IOException {
    render(formulation, Optional.empty(), out);
  }

  /**
   * Renders the formulation as a Word document to {@code out}, which is left open, with what
   * changed since an earlier version of it.
   *
   * @param previous an earlier version of the same formulation
   * @param formulation the version to render
   * @param out where the document's bytes go
   * @throws IOException if {@code out} fails
   */
  public void renderSince(Formulation previous, Formulation formulation, OutputStream out)
      throws IOException {
    render(formulation, Optional.of(Preconditions.checkNotNull(previous, "previous")), out);
  }

  private void render(Formulation formulation, Optional<Formulation> previous, OutputStream out)
      throws IOException {
    Preconditions.checkNotNull(formulation, "formulation");
    Preconditions.checkNotNull(out, "out");
    write(new DocumentBuilder(options).build(formulation, previous),
        FileProperties.subject(options, words), FileProperties.authors(formulation, Runs::fold),
        FormulationDiff.dateOf(formulation), out);
  }

  /**
   * Renders the formulation as a Word document.
   *
   * @param formulation the formulation to render, draft or not
   * @return the document's bytes
   */
  public byte[] render(Formulation formulation) {
    return Output.bytes(out -> render(formulation, out));
  }

  /**
   * Renders the formulation as a Word document, with what changed since an earlier version.
   *
   * @param previous an earlier version of the same formulation
   * @param formulation the version to render
   * @return the document's bytes
   */
  public byte[] renderSince(Formulation previous, Formulation formulation) {
    return Output.bytes(out -> renderSince(previous, formulation, out));
  }

  /**
   * Renders only the changes between two versions as a Word document to {@code out}, which is
   * left open.
   *
   * @param diff the changes, from {@link FormulationDiff#between}
   * @param out where the document's bytes go
   * @throws IOException if {@code out} fails
   */
  public void renderChanges(FormulationDiff diff, OutputStream out) throws IOException {
    Preconditions.checkNotNull(diff, "diff");
    Preconditions.checkNotNull(out, "out");
    write(new DocumentBuilder(options).changes(diff), words.text("document.subjectChanges"), "",
        diff.since(), out);
  }

  /**
   * Renders only the changes between two versions as a Word document.
   *
   * @param diff the changes, from {@link FormulationDiff#between}
   * @return the document's bytes
   */
  public byte[] renderChanges(FormulationDiff diff) {
    return Output.bytes(out -> renderChanges(diff, out));
  }

  /**
   * Renders a blank worksheet as a Word document to {@code out}, which is left open: each
   * heading with a box to write in, and the teaching notes if they are switched on.
   *
   * @param out where the document's bytes go
   * @throws IOException if {@code out} fails
   */
  public void renderBlank(OutputStream out) throws IOException {
    Preconditions.checkNotNull(out, "out");
    write(new DocumentBuilder(options).blank(), words.text("document.subjectWorksheet"), "",
        Optional.empty(), out);
  }

  /**
   * Renders a blank worksheet as a Word document: each heading with a box to write in, and the
   * teaching notes if they are switched on.
   *
   * @return the document's bytes
   */
  public byte[] renderBlank() {
    return Output.bytes(this::renderBlank);
  }

  private void write(Document document, String subject, String authors,
      Optional<LocalDate> date, OutputStream out) throws IOException {
    ByteArrayOutputStream saved = new ByteArrayOutputStream(128 * 1024);
    try (XWPFDocument doc = writer.write(document)) {
      POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
      String title = Runs.fold(document.title());
      core.setTitle(title.isEmpty() ? words.text("document.untitled") : title);
      core.setSubjectProperty(subject);
      core.setCreator(authors.isEmpty() ? CREATOR : authors);
      core.getUnderlyingProperties().setLanguageProperty(words.language());
      // The content's own date, or none: never the clock, so the bytes do not change.
      Optional<Date> when = date.map(d -> Date.from(d.atStartOfDay(ZoneOffset.UTC).toInstant()));
      core.setCreated(when);
      core.setModified(when);
      doc.getProperties().getExtendedProperties().setApplication(CREATOR);
      doc.write(saved);
    }
    StableZip.rewrite(saved.toByteArray(), out);
  }

  @Override
  public String extension() {
    return "docx";
  }

  @Override
  public String mediaType() {
    return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  }

  @Override
  public String toString() {
    return "DocxRenderer{" + options.audience() + ", " + options.view() + ", "
        + options.terminology().name() + (largePrint ? ", large print" : "") + "}";
  }

  /**
   * Builds a {@link DocxRenderer}. Besides the options every renderer shares (see {@link
   * RendererBuilder}), it chooses the print size.
   */
  public static final class Builder extends RendererBuilder<Builder> {
    private Optional<Boolean> largePrint = Optional.empty();

    private Builder() {}

    /**
     * Whether the body text is 16pt, with headings and pictures to match, as large print asks.
     * Default: large print for {@link Audience#FAMILY}, 11pt for practitioners.
     *
     * @param value {@code true} for large print, {@code false} for 11pt
     * @return this builder
     */
    public Builder largePrint(boolean value) {
      largePrint = Optional.of(value);
      return this;
    }

    /**
     * Builds the renderer, which keeps these options however the builder changes afterwards.
     *
     * @return the renderer
     */
    public DocxRenderer build() {
      return new DocxRenderer(this);
    }
  }
}

package io.github.sixps.formulation.render.pdf;

import io.github.sixps.formulation.render.ByteRenderer;
import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.RenderOptions;
import io.github.sixps.formulation.render.RendererBuilder;
import io.github.sixps.formulation.render.View;
import io.github.sixps.formulation.render.Direction;
import io.github.sixps.formulation.render.html.internal.HtmlPage;
import io.github.sixps.formulation.render.html.internal.RightToLeftCss;
import io.github.sixps.formulation.render.internal.Document;
import io.github.sixps.formulation.render.internal.DocumentBuilder;
import io.github.sixps.formulation.render.internal.FileProperties;
import io.github.sixps.formulation.render.internal.Output;
import io.github.sixps.formulation.render.internal.Words;
import io.github.sixps.formulation.review.FormulationDiff;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;

/**
 * Renders a formulation as an accessible A4 PDF: the {@link
 * io.github.sixps.formulation.render.html.HtmlRenderer HTML renderer}'s page, laid out for print
 * by openhtmltopdf on PDFBox.
 *
 * <p>The PDF is tagged to PDF/UA-1: a structure tree in reading order, headings, lists, tables
 * with header cells, alternative text on the 6Ps diagram and the goal-scale chart (both drawn as
 * vector pictures), the language (the terminology's, en-GB by default, in the catalog and the
 * XMP metadata), and the title shown in the viewer's title bar. Its
 * metadata holds the title, a subject, the contributors as authors, and SixPs as creator and
 * producer. With {@link Builder#archival(boolean)} it also conforms to PDF/A-3a for archiving.
 * Every page carries the title and protective marking at the top and "Page X of Y" at the foot;
 * table rows and short blocks are not split across pages. The family version is set in large
 * print, 16pt and up.
 *
 * <p>Every script families write is set in a real glyph and kept in the text layer in reading
 * order: Latin (with Polish, Romanian, Welsh, Turkish and Vietnamese letters), Greek, Cyrillic,
 * Arabic and Urdu (joined, right to left), Hebrew, Bengali, Gurmukhi, Devanagari, Gujarati,
 * Tamil, Ethiopic, Thai, Chinese, Japanese, Korean and emoji (in monochrome), from fonts bundled
 * with this module (Noto, Droid Sans Fallback and DejaVu Sans, whose licences allow embedding).
 * A host adds fonts for other scripts with {@link Builder#font(Path)}. A character no font has
 * is drawn as a box and reported to the {@link Builder#warnings warnings listener}, never
 * dropped in silence. Text is shaped as its script needs, by the Java runtime's HarfBuzz with
 * each font's own rules (measured equal to {@code hb-shape}): Indic vowel signs stand where they
 * are read, conjuncts are joined, Arabic-script letters take their joined forms (the lam-alef
 * ligature too) and marks sit on their letters; in the text layer, shaped left-to-right text
 * carries its words in reading order ({@code /ActualText}). Urdu is set in Naskh, not Nastaliq.
 *
 * <p>It reads nothing from outside: the text is set in the fonts above, embedded from the
 * class path (never the operating system's fonts, never the network), except the words inside
 * the pictures, which the SVG drawer turns into outlines through Java's own font system and so
 * from the machine's DejaVu Sans, or Java's default font without it; every address in the page
 * is refused, files and network alike; and the page is read as XML with no doctype, so no entity
 * can be expanded. The only picture data is the theme's logo, carried in the page itself.
 *
 * <p>A renderer is immutable and safe to share between threads. The fonts, stylesheet and
 * builder state are prepared once per renderer (the font files once per class loader); each
 * document then costs its own layout only. At most one document for each processor is laid out
 * at once, across every renderer in the class loader (and apart from those, for each renderer
 * with {@linkplain Builder#font(Path) fonts added}): a render that finds every turn taken waits
 * for one, since each document needs parsed fonts of its own (up to some 45 MiB, when it uses
 * every script), and more documents at once than processors would be no faster.
 *
 * <p>The same formulation and options give the same bytes on every run: the PDF's date is the
 * content's own date, or {@code SOURCE_DATE_EPOCH}, unless a {@link Builder#clock(Clock) clock}
 * is given, and the file identifier is a digest of the content and that date.
 *
 * <pre>{@code
 * PdfRenderer renderer = PdfRenderer.builder()
 *     .audience(Audience.FAMILY)
 *     .theme(Theme.plain().withOrganisation("Riverside Council"))
 *     .build();
 * try (OutputStream out = Files.newOutputStream(Path.of("ahmed.pdf"))) {
 *   renderer.render(formulation, out);
 * }
 * }</pre>
 */
public final class PdfRenderer implements ByteRenderer {
  /** The name written as the PDF's creator and producer. */
  public static final String CREATOR = "SixPs";

  /**
   * The page's base address. Nothing is ever fetched from it (every address is refused); it is
   * only there so that the layout engine has one.
   */
  private static final String BASE_URI = "about:blank";

  /** The supervision summary's chart shares its page with the hypothesis or what is late. */
  private static final double SUMMARY_PICTURE_MM = 60;

  private static final FSStreamFactory REFUSE = url -> new Refused();

  static {
    QuietLog.install();
    PictureGlyphOutlines.install();
  }

  private final RenderOptions options;
  private final PdfFonts fonts;
  private final Consumer<PdfWarning> warnings;
  private final boolean archival;
  private final CreationDate date;
  private final HtmlPage page;
  private final Words words;
  private final String css;
  private final double pictureHeightMm;
  private final SafeXml xml = new SafeXml();
  /** The sRGB profile PDF/A asks for, bundled (not the runtime's); only read, never changed. */
  private final byte[] colorProfile;

  private PdfRenderer(Builder builder) {
    this.options = builder.options();
    // Read the fonts now, so that a missing or broken one fails here and not in the first
    // render.
    this.fonts = PdfFonts.with(builder.added);
    this.warnings = builder.warnings;
    this.archival = builder.archival;
    this.date = CreationDate.of(builder.clock,
        Optional.ofNullable(System.getenv(CreationDate.SOURCE_DATE_EPOCH)));
    this.page = new HtmlPage(options.theme(), options.terminology(), false);
    this.words = new Words(options.terminology());
    boolean largePrint = options.audience() == Audience.FAMILY;
    boolean summary = options.view() == View.SUPERVISION;
    this.css = RightToLeftCss.of(PrintCss.shared(fonts, largePrint, options.marking(),
        words.text("document.pageNumber"), words.direction() == Direction.RTL) + (summary ? PrintCss.compact(largePrint) : ""),
        words.direction());
    this.pictureHeightMm = summary ? SUMMARY_PICTURE_MM : PdfPage.FULL_PAGE_MM;
    this.colorProfile = archival ? SrgbProfile.bytes() : null;
  }

  /** {@return a builder with every option at its default} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the options this renderer was built with} */
  public RenderOptions options() {
    return options;
  }

  /** {@return whether the PDFs also conform to PDF/A-3a, for archiving} */
  public boolean isArchival() {
    return archival;
  }

  /**
   * Renders the formulation as a PDF to {@code out}, which is left open.
   *
   * @param formulation the formulation to render, draft or not
   * @param out where the PDF's bytes go
   * @throws IOException if {@code out} fails, or {@link java.io.InterruptedIOException} if the
   *     thread is interrupted while it waits for a turn to lay out (see the class description)
   */
  public void render(Formulation formulation, OutputStream out) throws IOException {
    render(formulation, Optional.empty(), out);
  }

  /**
   * Renders the formulation as a PDF to {@code out}, which is left open, with what changed since
   * an earlier version of it.
   *
   * @param previous an earlier version of the same formulation
   * @param formulation the version to render
   * @param out where the PDF's bytes go
   * @throws IOException if {@code out} fails, or {@link java.io.InterruptedIOException} if the
   *     thread is interrupted while it waits for a turn to lay out (see the class description)
   */
  public void renderSince(Formulation previous, Formulation formulation, OutputStream out)
      throws IOException {
    render(formulation, Optional.of(Preconditions.checkNotNull(previous, "previous")), out);
  }

  private void render(Formulation formulation, Optional<Formulation> previous, OutputStream out)
      throws IOException {
    Preconditions.checkNotNull(formulation, "formulation");
    Preconditions.checkNotNull(out, "out");
    String author = FileProperties.authors(formulation, PdfText::clean);
    String subject = FileProperties.subject(options, words);
    write(new DocumentBuilder(options).build(formulation, previous), subject, author,
        FormulationDiff.dateOf(formulation), out);
  }

  /**
   * Renders the formulation as a PDF.
   *
   * @param formulation the formulation to render, draft or not
   * @return the PDF's bytes
   * @throws UncheckedIOException wrapping an {@link java.io.InterruptedIOException} if the
   *     thread is interrupted while it waits for a turn to lay out
   */
  public byte[] render(Formulation formulation) {
    return Output.bytes(out -> render(formulation, out));
  }

  /**
   * Renders the formulation as a PDF, with what changed since an earlier version of it.
   *
   * @param previous an earlier version of the same formulation
   * @param formulation the version to render
   * @return the PDF's bytes
   * @throws UncheckedIOException wrapping an {@link java.io.InterruptedIOException} if the
   *     thread is interrupted while it waits for a turn to lay out
   */
  public byte[] renderSince(Formulation previous, Formulation formulation) {
    return Output.bytes(out -> renderSince(previous, formulation, out));
  }

  /**
   * Renders only the changes between two versions as a PDF to {@code out}, which is left open.
   *
   * @param diff the changes, from {@link FormulationDiff#between}
   * @param out where the PDF's bytes go
   * @throws IOException if {@code out} fails, or {@link java.io.InterruptedIOException} if the
   *     thread is interrupted while it waits for a turn to lay out (see the class description)
   */
  public void renderChanges(FormulationDiff diff, OutputStream out) throws IOException {
    Preconditions.checkNotNull(diff, "diff");
    Preconditions.checkNotNull(out, "out");
    write(new DocumentBuilder(options).changes(diff),
        words.text("document.subjectChanges"), "", diff.since(), out);
  }

  /**
   * Renders only the changes between two versions as a PDF.
   *
   * @param diff the changes, from {@link FormulationDiff#between}
   * @return the PDF's bytes
   * @throws UncheckedIOException wrapping an {@link java.io.InterruptedIOException} if the
   *     thread is interrupted while it waits for a turn to lay out
   */
  public byte[] renderChanges(FormulationDiff diff) {
    return Output.bytes(out -> renderChanges(diff, out));
  }

  /**
   * Renders a blank worksheet as a PDF to {@code out}, which is left open: one A4 page, turned
   * sideways, of six boxes (one for each P, each with its question and lines to write on), and
   * one of the three houses (worries, good things, dreams) with the hypothesis under them.
   *
   * @param out where the PDF's bytes go
   * @throws IOException if {@code out} fails, or {@link java.io.InterruptedIOException} if the
   *     thread is interrupted while it waits for a turn to lay out (see the class description)
   */
  public void renderBlank(OutputStream out) throws IOException {
    Preconditions.checkNotNull(out, "out");
    write(new DocumentBuilder(options).blank(),
        words.text("document.subjectWorksheet"), "", Optional.empty(), out);
  }

  /**
   * Renders a blank worksheet as a PDF: a page of six boxes and a page of three houses, as
   * {@link #renderBlank(OutputStream)} describes.
   *
   * @return the PDF's bytes
   * @throws UncheckedIOException wrapping an {@link java.io.InterruptedIOException} if the
   *     thread is interrupted while it waits for a turn to lay out
   */
  public byte[] renderBlank() {
    return Output.bytes(this::renderBlank);
  }

  /**
   * The title at the top of every page, with the record's reference after it when the document
   * has one, so that a page parted from the rest still says which record it belongs to.
   */
  private String runningTitle(Document document) {
    String reference = words.text("facts.reference");
    return document.facts().stream().filter(f -> f.name().equals(reference)).findFirst()
        .map(f -> document.title() + " \u00b7 " + f.value()).orElse(document.title());
  }

  private void write(Document document, String subject, String author,
      Optional<LocalDate> contentDate, OutputStream out) throws IOException {
    StringBuilder html = new StringBuilder(32 * 1024);
    page.write(document, html);
    org.w3c.dom.Document dom = xml.parse(html.toString());
    // The supervision summary's page furniture is as large as its text, 11pt.
    String styles = css + RightToLeftCss.of(PrintCss.perDocument(fonts, runningTitle(document),
        document.largePrint() || options.view() == View.SUPERVISION)
        + (document.isWorksheet() ? PrintCss.worksheet(document.largePrint()) : ""),
        words.direction());
    String created = date.format(contentDate);
    PdfPage.prepare(dom, styles, subject, author, created, pictureHeightMm);
    GlyphCheck.check(dom, fonts).forEach(warnings);

    PdfRendererBuilder builder = new PdfRendererBuilder();
    // Secure mode: no scripts in the pictures, and no external resources.
    builder.useSVGDrawer(new BatikSVGDrawer());
    builder.usePdfUaAccessibility(true);
    if (archival) {
      builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
      builder.useColorProfile(colorProfile);
    }
    builder.withProducer(CREATOR);
    // Right-to-left runs in reading order; the shaping text renderer turns them round.
    builder.useUnicodeBidiSplitter(JdkBidiSplitter.FACTORY);
    builder.useUnicodeBidiReorderer(RightToLeftRuns.INSTANCE);
    builder.defaultTextDirection(words.direction() == Direction.RTL ? TextDirection.RTL
        : TextDirection.LTR);
    // Closed to the outside: no address resolves (the logo is a data: address, read in place),
    // and every protocol's stream is empty in case one ever did.
    builder.useUriResolver((base, uri) -> uri != null && uri.startsWith("data:") ? uri : null);
    builder.useHttpStreamImplementation(REFUSE);
    builder.useProtocolsStreamImplementation(REFUSE, "file", "jar", "ftp", "http", "https",
        "classpath", "jrt", "mailto", "about");
    builder.withW3cDocument(dom, BASE_URI);
    builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fonts.metrics());

    // The fonts are given back only once the document is closed, after the renderer.
    try (PdfFonts.Lease lease = fonts.lend();
        PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
      lease.register(renderer);
      // Text shaped as its script needs, measured and drawn alike.
      ShapingTextRenderer text = new ShapingTextRenderer(lease);
      renderer.getSharedContext().setTextRenderer(text);
      renderer.layout();
      renderer.createPDFWithoutClosing();
      text.finish();
      PdfMetadata.setCreator(renderer.getPdfDocument(), CREATOR);
      PdfMetadata.setLanguage(renderer.getPdfDocument(), words.language());
      // Left alone, PDFBox makes the identifier from the time of saving, to the millisecond.
      COSString id = new COSString(identifier(html, styles, subject, author, created,
          Double.toString(pictureHeightMm), archival ? "PDF/A-3a" : "PDF/UA-1"));
      renderer.getPdfDocument().getDocument().getTrailer()
          .setItem(COSName.ID, new COSArray(List.of(id, id)));
      // Compressed, with object streams: half the size of a plain cross-reference table, and
      // PDFBox saves that in time that grows with the document, where a plain table's grows
      // with its square. Its cross-reference stream is mended to list itself (which PDFBox
      // leaves out, and qpdf reports).
      ByteArrayOutputStream saved = new ByteArrayOutputStream(256 * 1024);
      renderer.getPdfDocument().save(saved);
      out.write(CrossReferenceStream.listItself(saved.toByteArray()));
    }
  }

  /** The file identifier: 16 bytes of a digest of everything the PDF is made from. */
  private static byte[] identifier(CharSequence html, String... more) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
    digest.update(html.toString().getBytes(StandardCharsets.UTF_8));
    for (String part : more) {
      // A separator that no part contains keeps ("ab", "c") apart from ("a", "bc").
      digest.update((byte) 0);
      digest.update(part.getBytes(StandardCharsets.UTF_8));
    }
    return Arrays.copyOf(digest.digest(), 16);
  }

  @Override
  public String extension() {
    return "pdf";
  }

  @Override
  public String mediaType() {
    return "application/pdf";
  }

  @Override
  public String toString() {
    return "PdfRenderer{" + options.audience() + ", " + options.terminology().name() + ", "
        + options.theme() + (archival ? ", PDF/A-3a" : "") + "}";
  }

  /** A stream with nothing in it: what every address gives. */
  private static final class Refused implements FSStream {
    @Override
    public InputStream getStream() {
      return null;
    }

    @Override
    public Reader getReader() {
      return null;
    }
  }

  /**
   * Builds a {@link PdfRenderer}. Besides the options every renderer shares (see {@link
   * RendererBuilder}), it chooses whether the PDF is also archival.
   */
  public static final class Builder extends RendererBuilder<Builder> {
    private boolean archival;
    private Optional<Clock> clock = Optional.empty();
    private final List<FontFile> added = new ArrayList<>();
    private Consumer<PdfWarning> warnings = w -> { };

    private Builder() {}

    /**
     * Adds a font for characters the bundled fonts lack, such as a script they do not cover.
     * Added fonts are tried after the bundled ones, in the order they were added, so they fill
     * in what is missing and never change how covered text looks. The font's own family name,
     * weight and slope are read from the file: add a bold face too for bold headings. Only the
     * glyphs a document uses are embedded. Check that the font's licence allows embedding.
     *
     * @param file a TrueType font: {@code .ttf}, or {@code .otf} with TrueType outlines
     * @return this builder
     * @throws UncheckedIOException if the file cannot be read
     * @throws IllegalArgumentException if it is not a TrueType font with a Unicode character map
     */
    public Builder font(Path file) {
      Preconditions.checkNotNull(file, "file");
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(file);
      } catch (IOException e) {
        throw new UncheckedIOException("could not read the font " + file, e);
      }
      added.add(FontFile.of(file.toString(), bytes));
      return this;
    }

    /**
     * Adds a font from its bytes, as {@link #font(Path)} does from a file.
     *
     * @param name a name for the font in messages, such as its file name
     * @param bytes the whole font file, copied
     * @return this builder
     * @throws IllegalArgumentException if it is not a TrueType font with a Unicode character map
     */
    public Builder font(String name, byte[] bytes) {
      Preconditions.checkNotNull(bytes, "bytes");
      added.add(FontFile.of(name, bytes.clone()));
      return this;
    }

    /**
     * Where each render reports what it could not show as written, such as characters no font
     * has a glyph for. The listener is called on the rendering thread, before the PDF is
     * written, once per section with such characters; a renderer shared between threads calls
     * it from each of them. By default warnings are dropped.
     *
     * @param listener called with each warning
     * @return this builder
     */
    public Builder warnings(Consumer<PdfWarning> listener) {
      warnings = Preconditions.checkNotNull(listener, "listener");
      return this;
    }

    /**
     * Whether the PDF also conforms to PDF/A-3a, for long-term archiving: an embedded sRGB
     * colour profile and the PDF/A identification in its metadata. Default false: PDF/UA-1 only,
     * which is what reading on screen and printing need.
     *
     * @param value {@code true} for PDF/A-3a as well as PDF/UA-1
     * @return this builder
     */
    public Builder archival(boolean value) {
      archival = value;
      return this;
    }

    /**
     * Dates each PDF by this clock, to the second, in the clock's time zone: for example {@code
     * Clock.systemDefaultZone()} for the moment of rendering. By default no clock is used: the
     * date is {@code SOURCE_DATE_EPOCH} from the environment when it is set (whole seconds since
     * 1970-01-01T00:00:00Z, read when the renderer is built), else the content's own date at
     * midnight UTC (the latest review, else the day it was formulated; the older version's date
     * for a list of changes), else 1970-01-01T00:00:00Z for a blank worksheet. So by default,
     * and with any fixed clock, the same input and options always give the same bytes.
     *
     * @param value the clock that dates each PDF
     * @return this builder
     */
    public Builder clock(Clock value) {
      clock = Optional.of(Preconditions.checkNotNull(value, "clock"));
      return this;
    }

    /**
     * Builds the renderer, which keeps these options however the builder changes afterwards.
     *
     * @return the renderer
     * @throws IllegalArgumentException if no clock was given and {@code SOURCE_DATE_EPOCH} is set
     *     to something other than a whole number of seconds
     */
    public PdfRenderer build() {
      return new PdfRenderer(this);
    }
  }
}

package io.github.sixps.formulation.render.pdf;

import com.google.common.collect.ImmutableList;
import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontGroup;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts a renderer's PDFs are set in, in the order they are tried for each character: the
 * bundled set (Noto Sans for Latin, Greek and Cyrillic; a Noto font for each other script
 * families use; Droid Sans Fallback for Chinese, Japanese and Korean; Noto Emoji; DejaVu Sans
 * last, for symbols), then any the host added. All of them allow embedding; see {@code
 * fonts/FONTS.md} beside this class for where each comes from and its licence.
 *
 * <p>The bundled files are read from the class path into memory once per class loader, so that
 * no document reads a font file, asks the operating system for one, or fetches one; parsed, they
 * are lent to one document at a time (see {@link #lend}).
 */
final class PdfFonts {
  /**
   * The family the words inside pictures are set in. The SVG drawer turns them into outlines
   * through Java's own font system, so this names the machine's font, not an embedded one.
   */
  static final String PICTURE_FAMILY = "DejaVu Sans";

  private static final String DIR = "io/github/sixps/formulation/render/pdf/fonts/";
  private static final String DEJAVU = "net/sf/jasperreports/fonts/dejavu/";

  /** The bundled files, in the order they are tried. */
  private static final List<String> BUNDLED = List.of(
      DIR + "NotoSans-Regular.ttf", DIR + "NotoSans-Bold.ttf", DIR + "NotoSans-Italic.ttf",
      DIR + "NotoSans-BoldItalic.ttf",
      DIR + "NotoNaskhArabic-Regular.ttf", DIR + "NotoNaskhArabic-Bold.ttf",
      DIR + "NotoSansHebrew-Regular.ttf", DIR + "NotoSansHebrew-Bold.ttf",
      DIR + "NotoSansBengali-Regular.ttf", DIR + "NotoSansBengali-Bold.ttf",
      DIR + "NotoSansGurmukhi-Regular.ttf", DIR + "NotoSansGurmukhi-Bold.ttf",
      DIR + "NotoSansDevanagari-Regular.ttf", DIR + "NotoSansDevanagari-Bold.ttf",
      DIR + "NotoSansGujarati-Regular.ttf", DIR + "NotoSansGujarati-Bold.ttf",
      DIR + "NotoSansTamil-Regular.ttf", DIR + "NotoSansTamil-Bold.ttf",
      DIR + "NotoSansEthiopic-Regular.ttf", DIR + "NotoSansEthiopic-Bold.ttf",
      DIR + "NotoSansThai-Regular.ttf", DIR + "NotoSansThai-Bold.ttf",
      DIR + "DroidSansFallback.ttf",
      DIR + "NotoEmoji-Regular.ttf",
      DEJAVU + "DejaVuSans.ttf", DEJAVU + "DejaVuSans-Bold.ttf",
      DEJAVU + "DejaVuSans-Oblique.ttf", DEJAVU + "DejaVuSans-BoldOblique.ttf");

  /** Loaded on first use, by the class loader's own once-only initialisation. */
  private static final class Bundled {
    static final PdfFonts FONTS = new PdfFonts(
        BUNDLED.stream().map(PdfFonts::read).collect(ImmutableList.toImmutableList()));
  }

  /**
   * How many documents may be laid out in these fonts at once: one for each processor, since
   * the work is the processor's. Each needs a set of parsed faces of its own, some 45 MiB once
   * every script has been used (the copy FontBox makes of each file, and the character maps,
   * the Chinese, Japanese and Korean one most of all), so sets are never made past this.
   */
  static final int AT_ONCE = Math.max(1, Runtime.getRuntime().availableProcessors());

  private final ImmutableList<FontFile> files;
  private final ImmutableList<String> families;
  /** A turn for each set of faces that may exist; a document takes one while it renders. */
  private final Semaphore turns = new Semaphore(AT_ONCE, true);
  /**
   * Sets of parsed faces no document is using: at most {@link #AT_ONCE}, since no more are ever
   * lent at once.
   */
  private final Queue<Faces> idle = new ConcurrentLinkedQueue<>();
  /** How many sets have been made, for tests. */
  private final AtomicInteger made = new AtomicInteger();
  /**
   * Each face's ascent, descent and the like, measured once and kept for every later document.
   * The layout asks for the metrics of every face in the fallback list for each run of text, and
   * without them at hand it parses the face to measure it: every set of faces would then parse
   * all 28 files, about 45 MiB, for a document in English that is set in four of them.
   */
  private final Metrics metrics = new Metrics();

  private PdfFonts(ImmutableList<FontFile> files) {
    this.files = files;
    Set<String> names = new LinkedHashSet<>();
    files.forEach(f -> names.add(f.family()));
    this.families = ImmutableList.copyOf(names);
  }

  /**
   * The bundled fonts, read once per class loader.
   *
   * @throws IllegalStateException if a bundled file is missing from the class path
   */
  static PdfFonts bundled() {
    return Bundled.FONTS;
  }

  /** The bundled fonts followed by {@code added}, tried in that order after them. */
  static PdfFonts with(List<FontFile> added) {
    if (added.isEmpty()) {
      return bundled();
    }
    return new PdfFonts(ImmutableList.<FontFile>builder().addAll(bundled().files)
        .addAll(added).build());
  }

  /** {@return the families in the order they are tried, as a CSS {@code font-family} value} */
  String cssFamilies() {
    return families.stream().map(PrintCss::string).collect(Collectors.joining(", "));
  }

  /** {@return whether some font has a glyph for the code point} */
  boolean covers(int codePoint) {
    for (FontFile f : files) {
      if (f.covers(codePoint)) {
        return true;
      }
    }
    return false;
  }

  /** {@return the font files, in the order they are tried} */
  ImmutableList<FontFile> files() {
    return files;
  }

  /**
   * Lends the faces, parsed, to one document ({@link Lease#register}): each face is embedded as
   * a subset (only the glyphs the document uses), the first time the layout asks for it. {@link
   * Lease#close()} gives them back for the next document.
   *
   * <p>Parsing a font and reading its character map took about a tenth of a warm render, so
   * parsed faces are kept. A FontBox font is not safe to share between threads (it reads its
   * tables lazily, by seeking in one buffer), so each set of faces serves one document at a
   * time. There are at most {@link #AT_ONCE} sets: when every one is lent, this waits for one
   * to come back. Without that bound, sixteen documents at once on two processors held sixteen
   * sets, ran a 1 GiB heap out of memory, and kept 730 MiB after the last was done.
   *
   * @throws InterruptedIOException if the thread is interrupted while it waits
   */
  Lease lend() throws InterruptedIOException {
    try {
      turns.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for a turn to lay out a PDF");
    }
    Faces faces = idle.poll();
    if (faces == null) {
      made.incrementAndGet();
      faces = new Faces(files.size());
    }
    return new Lease(this, faces);
  }

  /** {@return the faces' metrics, measured once for every document set in these fonts} */
  FSCacheEx<String, FSCacheValue> metrics() {
    return metrics;
  }

  /** The layout's cache of metrics, shared by the documents of every thread. */
  private static final class Metrics implements FSCacheEx<String, FSCacheValue> {
    private final ConcurrentHashMap<String, FSCacheValue> values = new ConcurrentHashMap<>();

    @Override
    public void put(String key, FSCacheValue value) {
      values.put(key, value);
    }

    @Override
    public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
      return values.computeIfAbsent(key, k -> {
        try {
          return loader.call();
        } catch (Exception e) {
          throw new IllegalStateException("could not measure the font " + k, e);
        }
      });
    }

    @Override
    public FSCacheValue get(String key) {
      return values.get(key);
    }

    int size() {
      return values.size();
    }
  }

  /** {@return how many sets of faces have been made} */
  int setsMade() {
    return made.get();
  }

  /** {@return how many sets of faces are kept for the next documents} */
  int setsKept() {
    return idle.size();
  }

  /** The faces parsed with FontBox, each on first use. Used by one document at a time. */
  private static final class Faces {
    private final TrueTypeFont[] fonts;

    Faces(int size) {
      fonts = new TrueTypeFont[size];
    }

    TrueTypeFont font(int index, FontFile file) throws IOException {
      TrueTypeFont font = fonts[index];
      if (font == null) {
        font = file.parse();
        fonts[index] = font;
      }
      return font;
    }
  }

  /**
   * One document's use of a set of faces; closing it gives the set back, so it is closed after
   * the document is saved and closed.
   */
  static final class Lease implements AutoCloseable {
    private final PdfFonts owner;
    private final Faces faces;
    private final PDFont[] loaded;
    private PDDocument document;
    private boolean closed;
    /** How many faces had been measured when the lease began. */
    private final int measuredBefore;

    private Lease(PdfFonts owner, Faces faces) {
      this.owner = owner;
      this.faces = faces;
      this.loaded = new PDFont[owner.files.size()];
      this.measuredBefore = owner.metrics.size();
    }

    /** Offers the faces to {@code renderer}'s document; call it once, before the layout. */
    void register(PdfBoxRenderer renderer) {
      if (document != null) {
        throw new IllegalStateException("the faces are already lent to a document");
      }
      document = renderer.getPdfDocument();
      PdfBoxFontResolver resolver = renderer.getFontResolver();
      Set<String> sloped = owner.files.stream().filter(FontFile::sloped).map(FontFile::family)
          .collect(Collectors.toSet());
      for (int i = 0; i < owner.files.size(); i++) {
        FontFile file = owner.files.get(i);
        // A family with no italic face lends its upright faces to italic text, so that such
        // text stays in this family instead of falling through to another.
        List<IdentValue> styles = file.sloped()
            ? List.of(IdentValue.ITALIC, IdentValue.OBLIQUE)
            : sloped.contains(file.family()) ? List.of(IdentValue.NORMAL)
            : List.of(IdentValue.NORMAL, IdentValue.ITALIC, IdentValue.OBLIQUE);
        Supplier supplier = new Supplier(this, i);
        for (IdentValue style : styles) {
          // Named by the stylesheet's font-family list, which gives the order of fallback, and
          // also the final fallback for whatever family a stylesheet names (the HTML page's
          // own margin boxes name system fonts): text is never set in a font the PDF would
          // only name.
          resolver.addFont(supplier, file.family(), file.weight(), style, true,
              FontGroup.MAIN);
          resolver.addFont(supplier, file.family(), file.weight(), style, true,
              FontGroup.FINAL_FALLBACK);
        }
      }
    }

    /**
     * The file a font the layout chose was registered from, found by its family, weight and
     * style as {@link #register} gave them, without loading the face; empty for a font this
     * lease did not register.
     */
    Optional<FontFile> fileFor(String family, int weight, IdentValue style) {
      boolean slopedWanted = style == IdentValue.ITALIC || style == IdentValue.OBLIQUE;
      FontFile upright = null;
      for (FontFile file : owner.files) {
        if (file.family().equals(family) && file.weight() == weight) {
          if (file.sloped() == slopedWanted) {
            return Optional.of(file);
          }
          if (!file.sloped() && upright == null) {
            upright = file;
          }
        }
      }
      return Optional.ofNullable(upright);
    }

    /** The face embedded in this document, loaded once however many styles ask for it. */
    PDFont font(int index) {
      PDFont font = loaded[index];
      if (font == null) {
        FontFile file = owner.files.get(index);
        try {
          font = PDType0Font.load(document, faces.font(index, file), true);
        } catch (IOException e) {
          throw new UncheckedIOException("could not read the font " + file, e);
        }
        loaded[index] = font;
      }
      return font;
    }

    /**
     * Gives the faces back. Call it once the document is saved and closed, since subsetting
     * reads the faces when the document is written.
     */
    @Override
    public void close() {
      if (!closed) {
        closed = true;
        // A document that measured faces for the first time parsed every face to do it, used
        // or not: that set is let go, and the next is made with only the faces text is set in.
        if (owner.metrics.size() == measuredBefore) {
          owner.idle.offer(faces);
        }
        owner.turns.release();
      }
    }
  }

  /** Hands the layout a face when it first needs it. */
  private static final class Supplier extends PDFontSupplier {
    private final Lease lease;
    private final int index;

    Supplier(Lease lease, int index) {
      super(null);
      this.lease = lease;
      this.index = index;
    }

    @Override
    public PDFont supply() {
      return lease.font(index);
    }
  }

  private static FontFile read(String path) {
    // PdfFonts' own module holds the bundled fonts; DejaVu's automatic module opens all its
    // packages. So this works on the module path as well as on the class path.
    ClassLoader loader = PdfFonts.class.getClassLoader();
    try (InputStream in = path.startsWith(DIR) ? PdfFonts.class.getResourceAsStream("/" + path)
        : loader.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("font " + path + " is not on the class path"
            + (path.startsWith(DEJAVU) ? ": the net.sf.jasperreports:jasperreports-fonts"
            + " artifact is missing" : ""));
      }
      return FontFile.of(path.substring(path.lastIndexOf('/') + 1), in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("could not read font " + path, e);
    }
  }
}

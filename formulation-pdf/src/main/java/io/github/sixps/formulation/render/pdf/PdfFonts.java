package io.github.sixps.formulation.render.pdf;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontGroup;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts every PDF is set in: DejaVu Sans in four faces, from the {@code jasperreports-fonts}
 * artifact, whose licence (Bitstream Vera, public domain changes) allows embedding. They are read
 * from the class path into memory once per class loader, so that no document reads a font file,
 * asks the operating system for one, or fetches one; parsed, they are lent to one document at a
 * time (see {@link #lend}).
 */
final class PdfFonts {
  /** The only font family the PDF's stylesheet names. */
  static final String FAMILY = "DejaVu Sans";

  private static final String DIR = "net/sf/jasperreports/fonts/dejavu/";

  private PdfFonts() {}

  /** Loaded on first use, by the class loader's own once-only initialisation. */
  private static final class Loaded {
    static final byte[] REGULAR = read("DejaVuSans.ttf");
    static final byte[] BOLD = read("DejaVuSans-Bold.ttf");
    static final byte[] OBLIQUE = read("DejaVuSans-Oblique.ttf");
    static final byte[] BOLD_OBLIQUE = read("DejaVuSans-BoldOblique.ttf");
  }

  /** Makes sure the font bytes are in memory, so that a missing artifact fails at build time. */
  static void load() {
    if (Loaded.REGULAR.length == 0) {
      throw new IllegalStateException("empty font file");
    }
  }

  /**
   * Lends the four faces, parsed, to one document ({@link Lease#register}): each face is
   * embedded as a subset (only the glyphs the document uses), the first time the layout asks for
   * it. {@link Lease#close()} gives them back for the next document.
   *
   * <p>Parsing DejaVu Sans and reading its character map took about a tenth of a warm render,
   * so parsed faces are kept. A FontBox font is not safe to share between threads (it reads
   * its tables lazily, by seeking in one buffer), so each set of faces serves one document at a
   * time, and there are as many sets as documents have been rendered at the same moment.
   */
  static Lease lend() {
    Faces faces = IDLE.poll();
    return new Lease(faces == null ? new Faces() : faces);
  }

  /** Sets of parsed faces no document is using. */
  private static final Queue<Faces> IDLE = new ConcurrentLinkedQueue<>();

  /** The four faces parsed with FontBox, each on first use. Used by one document at a time. */
  private static final class Faces {
    private final TrueTypeFont[] fonts = new TrueTypeFont[Face.values().length];

    TrueTypeFont font(Face face) throws IOException {
      TrueTypeFont font = fonts[face.ordinal()];
      if (font == null) {
        font = new TTFParser().parse(new RandomAccessReadBuffer(face.bytes()));
        // Glyph substitution (ligatures and composed characters) is off: openhtmltopdf
        // measures text without it, so substituted glyphs could differ from the widths the
        // layout was made with, and a ligature's text depends on the reader rebuilding it. It
        // was also the largest single cost of setting text: a regular expression compiled for
        // every run of text.
        font.setEnableGsub(false);
        fonts[face.ordinal()] = font;
      }
      return font;
    }
  }

  /** The faces as the stylesheet asks for them: weight and style. */
  private enum Face {
    REGULAR(400, false),
    BOLD(700, false),
    OBLIQUE(400, true),
    BOLD_OBLIQUE(700, true);

    final int weight;
    final boolean sloped;

    Face(int weight, boolean sloped) {
      this.weight = weight;
      this.sloped = sloped;
    }

    byte[] bytes() {
      switch (this) {
        case BOLD:
          return Loaded.BOLD;
        case OBLIQUE:
          return Loaded.OBLIQUE;
        case BOLD_OBLIQUE:
          return Loaded.BOLD_OBLIQUE;
        default:
          return Loaded.REGULAR;
      }
    }
  }

  /**
   * One document's use of a set of faces; closing it gives the set back, so it is closed after
   * the document is saved and closed.
   */
  static final class Lease implements AutoCloseable {
    private final Faces faces;
    private final PDFont[] loaded = new PDFont[Face.values().length];
    private PDDocument document;
    private boolean closed;

    private Lease(Faces faces) {
      this.faces = faces;
    }

    /** Offers the faces to {@code renderer}'s document; call it once, before the layout. */
    void register(PdfBoxRenderer renderer) {
      if (document != null) {
        throw new IllegalStateException("the faces are already lent to a document");
      }
      document = renderer.getPdfDocument();
      PdfBoxFontResolver resolver = renderer.getFontResolver();
      for (Face face : Face.values()) {
        // Whatever family a stylesheet names (the HTML page's own margin boxes name system
        // fonts), the text is set in this embedded font, never in one the PDF would only
        // name: the faces are the final fallback as well as the family the stylesheet names.
        for (IdentValue style : face.sloped
            ? List.of(IdentValue.ITALIC, IdentValue.OBLIQUE) : List.of(IdentValue.NORMAL)) {
          resolver.addFont(new Supplier(this, face), FAMILY, face.weight, style, true,
              FontGroup.FINAL_FALLBACK);
        }
      }
    }

    /** The face embedded in this document, loaded once however many styles ask for it. */
    PDFont font(Face face) {
      PDFont font = loaded[face.ordinal()];
      if (font == null) {
        try {
          font = PDType0Font.load(document, faces.font(face), true);
        } catch (IOException e) {
          throw new UncheckedIOException("could not read the font " + face, e);
        }
        loaded[face.ordinal()] = font;
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
        IDLE.offer(faces);
      }
    }
  }

  /** Hands the layout a face when it first needs it. */
  private static final class Supplier extends PDFontSupplier {
    private final Lease lease;
    private final Face face;

    Supplier(Lease lease, Face face) {
      super(null);
      this.lease = lease;
      this.face = face;
    }

    @Override
    public PDFont supply() {
      return lease.font(face);
    }
  }

  private static byte[] read(String name) {
    // An automatic module opens all its packages, so this works on the module path as well as
    // on the class path.
    ClassLoader loader = PdfFonts.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("font " + DIR + name + " is not on the class path: the"
            + " net.sf.jasperreports:jasperreports-fonts artifact is missing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("could not read font " + name, e);
    }
  }
}

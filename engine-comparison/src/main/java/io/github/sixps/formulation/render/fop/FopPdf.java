package io.github.sixps.formulation.render.fop;

import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.RenderOptions;
import io.github.sixps.formulation.render.RendererBuilder;
import io.github.sixps.formulation.render.internal.Document;
import io.github.sixps.formulation.render.internal.DocumentBuilder;
import io.github.sixps.formulation.render.internal.Words;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * A second PDF engine, for measuring against the shipped one (issue 25), not a product: Apache
 * FOP laying out {@linkplain FoDocument XSL-FO} written from the same render outline as every
 * other format, set in the same bundled font files ({@link FopFonts}), with FOP's complex-script
 * shaping, its structure tree for PDF/UA-1 and, with {@link Builder#archival}, PDF/A-3a.
 *
 * <p>One instance serves any number of documents, one after another or at once: the
 * {@link FopFactory} (configuration, font list, image cache) is shared, and each document gets a
 * user agent and a {@link Fop} of its own.
 */
public final class FopPdf {
  /** FOP reports every substituted face and overflowing line through commons-logging. */
  private static final Logger FOP_LOG = quiet("org.apache.fop");
  private static final Logger XMLGRAPHICS_LOG = quiet("org.apache.xmlgraphics");

  private final RenderOptions options;
  private final Words words;
  private final FopFactory factory;

  private FopPdf(Builder b) {
    this.options = b.options();
    this.words = new Words(options.terminology());
    this.factory = factory(b.archival, b.wholeFonts);
  }

  /** {@return a builder with every option at its default: PDF/UA-1, practitioner's document} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the PDF of {@code formulation}} */
  public byte[] render(Formulation formulation) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    try {
      render(formulation, out);
    } catch (IOException e) {
      throw new UncheckedIOException("a byte array does not fail", e);
    }
    return out.toByteArray();
  }

  /** Writes the PDF of {@code formulation} to {@code out}, which is left open. */
  public void render(Formulation formulation, OutputStream out) throws IOException {
    Document doc = new DocumentBuilder(options).build(formulation);
    String fo = FoDocument.of(doc, words, options.theme().accent(), FopFonts.FAMILIES);
    try {
      FOUserAgent agent = factory.newFOUserAgent();
      agent.setAccessibility(true);
      // FOP writes the title into the XMP metadata (dc:title) and the document information.
      agent.setTitle(FoDocument.title(doc, words));
      agent.setProducer("SixPs engine comparison (Apache FOP)");
      Fop fop = factory.newFop(MimeConstants.MIME_PDF, agent, out);
      SAXParserFactory parsers = SAXParserFactory.newInstance();
      parsers.setNamespaceAware(true);
      SAXParser parser = parsers.newSAXParser();
      parser.parse(new InputSource(new StringReader(fo)), fop.getDefaultHandler());
    } catch (SAXException | ParserConfigurationException e) {
      throw new IOException("FOP could not lay out the document: " + e.getMessage(), e);
    }
  }

  private static FopFactory factory(boolean archival, boolean wholeFonts) {
    String conf = "<fop version=\"1.0\"><accessibility>true</accessibility>"
        + "<use-cache>false</use-cache><complex-scripts disabled=\"false\"/>"
        + "<renderers><renderer mime=\"application/pdf\">"
        + "<pdf-ua-mode>PDF/UA-1</pdf-ua-mode>"
        + (archival ? "<pdf-a-mode>PDF/A-3a</pdf-a-mode>" : "")
        + FopFonts.configuration(wholeFonts)
        + "</renderer></renderers></fop>";
    try {
      return new FopConfParser(new ByteArrayInputStream(conf.getBytes(StandardCharsets.UTF_8)),
          FopFonts.folder().toUri()).getFopFactoryBuilder().build();
    } catch (SAXException | IOException e) {
      throw new IllegalStateException("FOP's configuration is not accepted: " + conf, e);
    }
  }

  private static Logger quiet(String name) {
    Logger logger = Logger.getLogger(name);
    logger.setLevel(Level.SEVERE);
    return logger;
  }

  /** Options for {@link FopPdf}: those every renderer has, and whether to archive. */
  public static final class Builder extends RendererBuilder<Builder> {
    private boolean archival;
    private boolean wholeFonts;

    private Builder() {}

    /**
     * Whether to embed the fonts whole instead of subset, so that the content streams keep the
     * fonts' own glyph ids (for checking the shaping against hb-shape).
     */
    public Builder wholeFonts(boolean value) {
      wholeFonts = value;
      return this;
    }

    /** Whether the PDF also conforms to PDF/A-3a, as the shipped renderer's option does. */
    public Builder archival(boolean value) {
      archival = value;
      return this;
    }

    /** {@return the engine} */
    public FopPdf build() {
      return new FopPdf(this);
    }
  }
}

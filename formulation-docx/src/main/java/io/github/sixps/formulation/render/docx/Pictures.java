package io.github.sixps.formulation.render.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.xml.namespace.QName;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.main.CTBlip;
import org.openxmlformats.schemas.drawingml.x2006.main.CTOfficeArtExtension;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;

/**
 * Puts a picture the project draws as SVG into a run: the SVG itself, which Word 2016 and later
 * show sharp at any size, with a PNG painted from it ({@link SvgRaster}) as the picture every
 * other reader shows (older Word, LibreOffice, phones' previews). Its text alternative goes in
 * the drawing's {@code descr}, where Word's "Alt Text" and screen readers find it, and its title
 * in {@code title}; the file name is never the alternative.
 */
final class Pictures {
  /** Word's extension for an SVG beside the picture's PNG (Office 2016). */
  private static final String SVG_EXTENSION = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}";
  private static final String SVG_NAMESPACE =
      "http://schemas.microsoft.com/office/drawing/2016/SVG/main";
  private static final String RELATIONSHIPS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  /** Pixels of the PNG for each SVG unit: a 700-unit picture is 1400 pixels across. */
  private static final double SCALE = 2;
  /** The tallest a picture may be on an A4 page with 2 cm margins, in points. */
  private static final double MAX_HEIGHT_PT = 640;

  private Pictures() {}

  /**
   * Adds the picture to {@code run} as wide as the text, or less if it would be taller than a
   * page.
   *
   * @param number the picture's number in the document, from 1, for its drawing id
   */
  static void add(XWPFDocument doc, XWPFRun run, String svg, String title, String alternative,
      int number) {
    SvgRaster.Png png = SvgRaster.paint(svg, SCALE);
    double widthPt = DocxStyles.TEXT_WIDTH / 20.0;
    double heightPt = widthPt * png.height() / png.width();
    if (heightPt > MAX_HEIGHT_PT) {
      widthPt *= MAX_HEIGHT_PT / heightPt;
      heightPt = MAX_HEIGHT_PT;
    }
    try {
      XWPFPicture picture = run.addPicture(new ByteArrayInputStream(png.bytes()),
          PictureType.PNG, "picture" + number + ".png", Units.toEMU(widthPt),
          Units.toEMU(heightPt));
      String svgId = doc.addPictureData(svg.getBytes(StandardCharsets.UTF_8), PictureType.SVG);
      addSvg(picture.getCTPicture().getBlipFill().getBlip(), svgId);
    } catch (InvalidFormatException | IOException e) {
      throw new IllegalStateException("a PNG and an SVG made in memory are pictures Word takes",
          e);
    }
    CTInline inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
    inline.getDocPr().setId(number);
    inline.getDocPr().setName("Picture " + number);
    inline.getDocPr().setDescr(alternative);
    try (XmlCursor c = inline.getDocPr().newCursor()) {
      c.setAttributeText(new QName("", "title"), title);
    }
    // The picture's own name inside the drawing is the file's; give it the docPr's instead.
    picture(run).getNvPicPr().getCNvPr().setName("Picture " + number);
    picture(run).getNvPicPr().getCNvPr().setDescr(alternative);
  }

  private static org.openxmlformats.schemas.drawingml.x2006.picture.CTPicture picture(
      XWPFRun run) {
    return run.getEmbeddedPictures().get(0).getCTPicture();
  }

  private static void addSvg(CTBlip blip, String svgId) {
    CTOfficeArtExtension ext = blip.addNewExtLst().addNewExt();
    ext.setUri(SVG_EXTENSION);
    try (XmlCursor c = ext.newCursor()) {
      c.toEndToken();
      c.beginElement(new QName(SVG_NAMESPACE, "svgBlip", "asvg"));
      c.insertAttributeWithValue(new QName(RELATIONSHIPS, "embed", "r"), svgId);
    }
  }
}

package io.github.sixps.formulation.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.View;
import io.github.sixps.formulation.render.html.HtmlRenderer;
import io.github.sixps.formulation.render.testing.SupervisionCase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The words in a PDF's pictures are drawn at 11pt or more, in the size the page gives the
 * picture: the chart in the supervision summary, kept short to share its page, drew its key at
 * about 6.5pt.
 */
class PictureTextSizeTest {
  private static final String SVG = "http://www.w3.org/2000/svg";

  @ParameterizedTest
  @EnumSource(Audience.class)
  void theSummarysChartKeyIsAtLeast11pt(Audience audience) {
    String html = HtmlRenderer.builder().view(View.SUPERVISION).audience(audience)
        .asOf(SupervisionCase.LATE).build().renderSince(SupervisionCase.before(),
            SupervisionCase.now());
    Document dom = new SafeXml().parse(html);
    // As the PDF renderer prepares the summary: its pictures at most 60mm tall.
    PdfPage.prepare(dom, "", "subject", "", "D:20261207000000Z", 60);
    NodeList pictures = dom.getElementsByTagNameNS(SVG, "svg");
    assertTrue(pictures.getLength() > 0, "the summary has its chart");
    List<String> small = new ArrayList<>();
    for (int i = 0; i < pictures.getLength(); i++) {
      Element svg = (Element) pictures.item(i);
      double scale = Double.parseDouble(svg.getAttribute("width"))
          / Double.parseDouble(svg.getAttribute("viewBox").trim().split("\\s+")[2]);
      NodeList texts = svg.getElementsByTagNameNS(SVG, "text");
      for (int t = 0; t < texts.getLength(); t++) {
        Element text = (Element) texts.item(t);
        double pt = Double.parseDouble(text.getAttribute("font-size")) * scale * 0.75;
        // Whole pixels round the picture's width down by up to one.
        if (pt < 10.98) {
          small.add(text.getTextContent() + " at " + pt + "pt");
        }
      }
    }
    assertEquals(List.of(), small, "text under 11pt in the summary's pictures");
  }

  @ParameterizedTest
  @EnumSource(Audience.class)
  void aPictureWithoutTextKeepsTheHeightItWasGiven(Audience audience) {
    Document dom = new SafeXml().parse("<!DOCTYPE html>\n<html><head><title>t</title></head>"
        + "<body><svg xmlns=\"" + SVG + "\" viewBox=\"0 0 700 700\"><title>a square</title>"
        + "</svg></body></html>");
    PdfPage.prepare(dom, "", "subject", "", "D:20261207000000Z", 60);
    Element svg = (Element) dom.getElementsByTagNameNS(SVG, "svg").item(0);
    assertEquals(Math.round(60 / 25.4 * 96), Long.parseLong(svg.getAttribute("height")));
    assertFalse(svg.getAttribute("width").isEmpty());
  }
}

package io.github.sixps.formulation.bench;

import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * The PDF baseline's input: the formulation's HTML page with its styles, pictures and attributes
 * taken away, so that what is left is the same text in the same headings, lists and tables, and
 * nothing else. openhtmltopdf lays this out with its own defaults: no stylesheet, its built-in
 * fonts, no tagging for accessibility.
 */
final class PlainPage {
  private PlainPage() {}

  /** Well-formed XHTML, as openhtmltopdf reads it. */
  static String of(Formulation formulation) {
    Document page = Jsoup.parse(HtmlRenderer.builder().build().render(formulation));
    page.select("style, script, link, svg, img").remove();
    for (Element element : page.getAllElements()) {
      element.clearAttributes();
    }
    // XHTML's namespace, without which openhtmltopdf finds no style element in the head.
    page.selectFirst("html").attr("xmlns", "http://www.w3.org/1999/xhtml");
    page.outputSettings()
        .syntax(Document.OutputSettings.Syntax.xml)
        .escapeMode(Entities.EscapeMode.xhtml)
        .charset("UTF-8");
    return page.outerHtml();
  }

  /** The same page with one style rule: every element in the given font family. */
  static String inFont(String plainPage, String family) {
    return plainPage.replaceFirst("<head>",
        "<head><style>* { font-family: \"" + family + "\"; }</style>");
  }
}

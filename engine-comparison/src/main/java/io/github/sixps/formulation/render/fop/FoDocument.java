package io.github.sixps.formulation.render.fop;

import io.github.sixps.formulation.render.internal.Block;
import io.github.sixps.formulation.render.internal.Document;
import io.github.sixps.formulation.render.internal.Words;
import io.github.sixps.formulation.render.html.internal.HtmlWriter;
import io.github.sixps.formulation.render.html.internal.SvgPictures;
import java.util.List;

/**
 * The render outline ({@link Document}) as XSL-FO, for Apache FOP: the same sections,
 * paragraphs, lists, tables and pictures (as SVG, drawn by the same code as the HTML page's) that
 * the shipped PDF renderer lays out from the HTML page. Headings carry their PDF structure role,
 * pictures their text alternative, text in a language of its own its {@code xml:lang}, so that
 * FOP's tagging can meet PDF/UA. The styling is deliberately plain: A4, one column, a running
 * header with the title and marking and a footer with the page number; it is enough to measure
 * FOP honestly, not a finished design.
 */
final class FoDocument {
  private static final String FO = "http://www.w3.org/1999/XSL/Format";
  private static final String FOX = "http://xmlgraphics.apache.org/fop/extensions";

  private final StringBuilder fo = new StringBuilder(128 * 1024);
  private final Words words;
  private final String accent;
  private final String fonts;
  private final boolean largePrint;

  private FoDocument(Words words, String accent, String fonts, boolean largePrint) {
    this.words = words;
    this.accent = accent;
    this.fonts = fonts;
    this.largePrint = largePrint;
  }

  /**
   * The document as XSL-FO.
   *
   * @param doc the outline
   * @param words the document's words, for its fixed texts and pictures
   * @param accent the theme's accent colour as {@code #rrggbb}
   * @param fonts the font-family list the text is set in, first choice first
   */
  static String of(Document doc, Words words, String accent, String fonts) {
    return new FoDocument(words, accent, fonts, doc.largePrint()).write(doc);
  }

  /** {@return the document's title as shown, never empty} */
  static String title(Document doc, Words words) {
    return doc.title().isBlank() ? words.text("document.untitled") : doc.title();
  }

  private String write(Document doc) {
    String title = title(doc, words);
    String body = largePrint ? "16pt" : "10.5pt";
    fo.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    fo.append("<fo:root xmlns:fo=\"").append(FO).append("\" xmlns:fox=\"").append(FOX)
        .append("\" font-family=\"").append(escape(fonts)).append("\" font-size=\"")
        .append(body).append("\" line-height=\"1.35\" xml:lang=\"")
        .append(escape(words.language())).append("\">\n");
    fo.append("<fo:layout-master-set><fo:simple-page-master master-name=\"A4\""
        + " page-width=\"210mm\" page-height=\"297mm\" margin=\"10mm 18mm 8mm 18mm\">"
        + "<fo:region-body margin-top=\"14mm\" margin-bottom=\"14mm\"/>"
        + "<fo:region-before extent=\"12mm\"/><fo:region-after extent=\"10mm\"/>"
        + "</fo:simple-page-master></fo:layout-master-set>\n");
    fo.append("<fo:page-sequence master-reference=\"A4\">\n");
    fo.append("<fo:static-content flow-name=\"xsl-region-before\" role=\"artifact\">"
        + "<fo:block font-size=\"9pt\" color=\"#444444\" text-align-last=\"justify\">")
        .append(escape(title));
    doc.marking().ifPresent(m -> fo.append("<fo:leader leader-pattern=\"space\"/>")
        .append(escape(m)));
    fo.append("</fo:block></fo:static-content>\n");
    String[] page = words.text("document.pageNumber").split("\\{page\\}|\\{pages\\}", -1);
    fo.append("<fo:static-content flow-name=\"xsl-region-after\" role=\"artifact\">"
        + "<fo:block font-size=\"9pt\" color=\"#444444\" text-align=\"center\">")
        .append(escape(page[0])).append("<fo:page-number/>")
        .append(escape(page.length > 1 ? page[1] : " / "))
        .append("<fo:page-number-citation-last ref-id=\"sixps-end\"/>")
        .append(escape(page.length > 2 ? page[2] : ""))
        .append("</fo:block></fo:static-content>\n");
    fo.append("<fo:flow flow-name=\"xsl-region-body\">\n");
    doc.marking().ifPresent(m -> block(m, "font-weight=\"bold\" text-align=\"center\""));
    fo.append("<fo:block role=\"H1\" font-size=\"").append(largePrint ? "26pt" : "20pt")
        .append("\" font-weight=\"bold\" color=\"").append(accent)
        .append("\" space-after=\"6pt\">").append(escape(title)).append("</fo:block>\n");
    for (Document.Fact fact : doc.facts()) {
      fo.append("<fo:block><fo:inline font-weight=\"bold\">").append(escape(fact.name()))
          .append(": </fo:inline>").append(escape(fact.value())).append("</fo:block>\n");
    }
    doc.banner().ifPresent(b -> block(b, "font-weight=\"bold\" border=\"1pt solid #444444\""
        + " padding=\"4pt\" space-before=\"6pt\""));
    for (Block.Section section : doc.sections()) {
      section(section);
    }
    fo.append("<fo:block id=\"sixps-end\"/>\n</fo:flow>\n</fo:page-sequence>\n</fo:root>\n");
    return fo.toString();
  }

  private void section(Block.Section s) {
    int level = Math.min(s.level(), 6);
    String size = largePrint ? (level <= 2 ? "22pt" : "18pt") : (level <= 2 ? "15pt" : "12.5pt");
    fo.append("<fo:block role=\"H").append(level).append("\" font-size=\"").append(size)
        .append("\" font-weight=\"bold\" color=\"").append(accent)
        .append("\" space-before=\"12pt\" space-after=\"4pt\" keep-with-next.within-page="
            + "\"always\">")
        .append(escape(s.title().isBlank() ? words.text("document.untitled") : s.title()))
        .append("</fo:block>\n");
    for (Block block : s.body()) {
      block(block, s);
    }
  }

  private void block(Block block, Block.Section parent) {
    if (block instanceof Block.Section s) {
      section(s);
    } else if (block instanceof Block.Paragraph p) {
      paragraph(p);
    } else if (block instanceof Block.Empty e) {
      block(e.text(), "font-style=\"italic\"");
    } else if (block instanceof Block.Entries e) {
      entries(e.entries());
    } else if (block instanceof Block.Table t) {
      table(t);
    } else if (block instanceof Block.Teaching t) {
      block(words.text("document.teachingNotes"), "font-weight=\"bold\"");
      block(t.explanation(), "");
      if (!t.prompts().isEmpty()) {
        block(words.text("document.questionsToAsk"), "font-weight=\"bold\"");
        list(t.prompts());
      }
    } else if (block instanceof Block.WritingSpace w) {
      fo.append("<fo:block border=\"0.75pt solid #444444\" height=\"")
          .append(w.lines() * 9).append("mm\" space-before=\"4pt\"/>\n");
    } else if (block instanceof Block.Diagram d) {
      picture(SvgPictures.diagram(d.data(), accent, largePrint, words), d.data().title(),
          words.text("document.pictureInWords"), d.data().describe(words));
    } else if (block instanceof Block.Chart c) {
      picture(SvgPictures.chart(c.data(), accent, largePrint, words), c.data().title(),
          words.format("document.chartInWords", "chart", c.data().title()),
          c.data().describe(words));
    } else if (block instanceof Block.Genogram g) {
      picture(SvgPictures.genogram(g.data(), largePrint, words), g.data().title(),
          words.text("genogram.inWords"), g.data().sentences());
    } else if (block instanceof Block.Timeline t) {
      picture(SvgPictures.timeline(t.data(), largePrint, words), t.data().title(),
          words.text("chronology.timelineInWords"), t.data().sentences());
    } else {
      throw new IllegalStateException("no XSL-FO for " + block.getClass().getSimpleName()
          + " in " + parent.id());
    }
  }

  private void paragraph(Block.Paragraph p) {
    fo.append("<fo:block space-after=\"4pt\">");
    if (!p.lead().isBlank()) {
      fo.append("<fo:inline font-weight=\"bold\">").append(escape(p.lead()))
          .append(p.text().isBlank() ? "" : ": ").append("</fo:inline>");
    }
    if (!p.language().isEmpty()) {
      fo.append("<fo:inline xml:lang=\"").append(escape(p.language())).append("\">")
          .append(escape(p.text())).append("</fo:inline>");
    } else {
      fo.append(escape(p.text()));
    }
    fo.append("</fo:block>\n");
  }

  private void entries(List<Block.Entry> entries) {
    fo.append("<fo:list-block provisional-distance-between-starts=\"5mm\" space-after=\"4pt\">");
    for (Block.Entry e : entries) {
      fo.append("<fo:list-item><fo:list-item-label end-indent=\"label-end()\"><fo:block>"
          + "\u2022</fo:block></fo:list-item-label><fo:list-item-body"
          + " start-indent=\"body-start()\"><fo:block>");
      if (!e.tag().isBlank()) {
        fo.append("<fo:inline font-weight=\"bold\">").append(escape(e.tag()))
            .append(" </fo:inline>");
      }
      fo.append(escape(e.text().isBlank() ? words.text("document.notWritten") : e.text()))
          .append("</fo:block>");
      List<String> details = e.details().stream().filter(d -> !d.isBlank()).toList();
      if (!details.isEmpty()) {
        fo.append("<fo:block font-size=\"0.9em\">");
        list(details);
        fo.append("</fo:block>");
      }
      fo.append("</fo:list-item-body></fo:list-item>\n");
    }
    fo.append("</fo:list-block>\n");
  }

  private void list(List<String> items) {
    fo.append("<fo:list-block provisional-distance-between-starts=\"5mm\">");
    for (String item : items) {
      fo.append("<fo:list-item><fo:list-item-label end-indent=\"label-end()\"><fo:block>"
          + "\u2013</fo:block></fo:list-item-label><fo:list-item-body"
          + " start-indent=\"body-start()\"><fo:block>").append(escape(item))
          .append("</fo:block></fo:list-item-body></fo:list-item>");
    }
    fo.append("</fo:list-block>\n");
  }

  private void table(Block.Table t) {
    // FOP has no layout for fo:table-and-caption: the caption is a block before the table.
    fo.append("<fo:block font-weight=\"bold\" keep-with-next.within-page=\"always\">")
        .append(escape(t.caption())).append("</fo:block>")
        .append("<fo:table width=\"100%\" table-layout=\"fixed\" border-collapse=\"collapse\""
            + " space-after=\"6pt\">");
    fo.append("<fo:table-header><fo:table-row>");
    for (String h : t.header()) {
      cell(h, true);
    }
    fo.append("</fo:table-row></fo:table-header><fo:table-body>");
    for (List<String> row : t.rows()) {
      fo.append("<fo:table-row keep-together.within-page=\"always\">");
      for (String c : row) {
        cell(c, false);
      }
      fo.append("</fo:table-row>");
    }
    fo.append("</fo:table-body></fo:table>\n");
  }

  private void cell(String text, boolean header) {
    fo.append("<fo:table-cell border=\"0.5pt solid #888888\" padding=\"2pt\"")
        .append(header ? " background-color=\"#eeeeee\"" : "").append("><fo:block")
        .append(header ? " font-weight=\"bold\"" : "").append(">").append(escape(text))
        .append("</fo:block></fo:table-cell>");
  }

  /** The picture, its caption, and what it shows in words, as the other formats give them. */
  private void picture(String svg, String title, String inWords, List<String> lines) {
    String shown = title.isBlank() ? words.text("document.picture") : title;
    String alternative = shown + ". " + String.join(" ", lines);
    fo.append("<fo:block space-before=\"6pt\" keep-together.within-page=\"always\">"
        + "<fo:instream-foreign-object content-width=\"scale-to-fit\" width=\"100%\""
        + " content-height=\"scale-to-fit\" fox:alt-text=\"").append(escape(alternative))
        .append("\">").append(inFonts(svg)).append("</fo:instream-foreign-object></fo:block>\n");
    block(shown, "font-style=\"italic\"");
    block(inWords, "font-weight=\"bold\"");
    list(lines);
  }

  /**
   * The picture with its words set in the document's fonts: its own list names system fonts
   * FOP does not have, for which FOP would take an unembedded Helvetica.
   */
  private String inFonts(String svg) {
    int start = svg.indexOf("font-family=\"");
    int end = svg.indexOf('"', start + "font-family=\"".length());
    return svg.substring(0, start) + "font-family=\"" + escape(fonts) + svg.substring(end);
  }

  private void block(String text, String attributes) {
    fo.append("<fo:block ").append(attributes).append(">").append(escape(text))
        .append("</fo:block>\n");
  }

  private static String escape(String text) {
    return HtmlWriter.escape(text);
  }
}

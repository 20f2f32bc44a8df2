package io.github.sixps.formulation.render.docx;

import io.github.sixps.formulation.render.Direction;
import io.github.sixps.formulation.render.html.internal.SvgPictures;
import io.github.sixps.formulation.render.internal.Block;
import io.github.sixps.formulation.render.internal.Document;
import io.github.sixps.formulation.render.internal.Words;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * Walks a {@link Document} into a Word document: the title and each section's heading in Word's
 * heading styles, one level below their parent's so none is skipped; facts, paragraphs and notes
 * in paragraph styles; entries as Word lists; tables with a repeating header row; the pictures
 * with their words beneath; the protective marking in every page's header and footer. Spacing
 * comes from the styles, never from empty paragraphs. One writer serves one renderer; each call
 * keeps its own state.
 */
final class DocxWriter {
  private final DocxStyles styles;
  private final Words words;
  private final Runs runs;
  private final String accent;
  private final boolean rightToLeft;
  private final DocxTables tables;
  private final boolean large;

  /**
   * A writer for one renderer.
   *
   * @param large whether the document is in large print, which its pictures follow too
   */
  DocxWriter(DocxStyles styles, Words words, String accent, boolean large) {
    this.large = large;
    this.styles = styles;
    this.words = words;
    this.runs = new Runs(words.language());
    this.accent = accent;
    this.rightToLeft = words.direction() == Direction.RTL;
    this.tables = new DocxTables(this, large);
  }

  /** The document as Word's model, its properties still to be set. */
  XWPFDocument write(Document document) {
    XWPFDocument doc = new XWPFDocument();
    styles.apply(doc);
    new Run(doc).document(document);
    return doc;
  }

  /** A paragraph of the given style, right to left when its own words are. */
  XWPFParagraph paragraph(IBody body, String style, boolean ownWordsRightToLeft) {
    XWPFParagraph p;
    if (body instanceof XWPFDocument d) {
      p = d.createParagraph();
    } else if (!body.getParagraphs().isEmpty()) {
      // A new header, footer or table cell comes with one empty paragraph: it is this one.
      p = body.getParagraphs().get(0);
    } else if (body instanceof XWPFHeaderFooter hf) {
      p = hf.createParagraph();
    } else {
      p = ((XWPFTableCell) body).addParagraph();
    }
    p.setStyle(style);
    if (ownWordsRightToLeft) {
      bidi(p);
    }
    return p;
  }

  /** Marks a paragraph right to left. */
  static void bidi(XWPFParagraph p) {
    (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewBidi();
  }

  /** A paragraph of the document's own words (a label, a heading the terminology gives). */
  XWPFParagraph fixed(XWPFDocument doc, String style) {
    return paragraph(doc, style, rightToLeft);
  }

  /**
   * A paragraph of user text, which runs in its own direction, worked out from its first strong
   * letter as HTML's {@code dir="auto"} does; text without letters runs as the document does.
   */
  XWPFParagraph user(IBody body, String style, String text) {
    boolean rtl = ComplexScripts.startsRightToLeft(text)
        || (rightToLeft && !hasStrongLetter(text));
    return paragraph(body, style, rtl);
  }

  Runs runs() {
    return runs;
  }

  Words words() {
    return words;
  }

  private static boolean hasStrongLetter(String text) {
    return text.codePoints().anyMatch(c -> {
      byte d = Character.getDirectionality(c);
      return d == Character.DIRECTIONALITY_LEFT_TO_RIGHT
          || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
          || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    });
  }

  /** One call's state. */
  private final class Run {
    private final XWPFDocument doc;
    private int pictures;

    Run(XWPFDocument doc) {
      this.doc = doc;
    }

    void document(Document d) {
      page();
      d.marking().ifPresent(this::marking);
      String title = Runs.isBlank(d.title()) ? words.text("document.untitled") : d.title();
      runs.add(user(doc, "Heading1", title), title, false);
      for (Document.Fact fact : d.facts()) {
        fact(fact);
      }
      d.banner().ifPresent(b -> runs.add(fixed(doc, "Banner"), b, false));
      for (Block.Section section : d.sections()) {
        section(section, 2);
      }
    }

    /** A4, 2 cm margins, and the document's direction for its page and columns. */
    private void page() {
      CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
      CTPageSz size = sect.addNewPgSz();
      size.setW(BigInteger.valueOf(11906));
      size.setH(BigInteger.valueOf(16838));
      CTPageMar margins = sect.addNewPgMar();
      BigInteger twoCm = BigInteger.valueOf(1134);
      margins.setTop(twoCm);
      margins.setBottom(twoCm);
      margins.setLeft(twoCm);
      margins.setRight(twoCm);
      margins.setHeader(BigInteger.valueOf(567));
      margins.setFooter(BigInteger.valueOf(567));
      margins.setGutter(BigInteger.ZERO);
      if (rightToLeft) {
        sect.addNewBidi();
      }
    }

    /**
     * The marking at the top and foot of every page, as a printed page carries it; the foot also
     * numbers the pages, with Word's own fields so they stay right as the document is edited.
     */
    private void marking(String marking) {
      XWPFParagraph header = paragraph(doc.createHeader(HeaderFooterType.DEFAULT), "Header",
          rightToLeft);
      runs.add(header, marking, false);
      var footer = doc.createFooter(HeaderFooterType.DEFAULT);
      runs.add(paragraph(footer, "Footer", rightToLeft), marking, true);
      XWPFParagraph pages = footer.createParagraph();
      pages.setStyle("Footer");
      if (rightToLeft) {
        bidi(pages);
      }
      String pattern = words.text("document.pageNumber");
      int i = 0;
      while (i < pattern.length()) {
        int page = pattern.indexOf("{page}", i);
        int all = pattern.indexOf("{pages}", i);
        int next = page < 0 ? all : all < 0 ? page : Math.min(page, all);
        if (next < 0) {
          runs.add(pages, pattern.substring(i), false);
          break;
        }
        if (next > i) {
          runs.add(pages, pattern.substring(i, next), false);
        }
        boolean total = next == all;
        field(pages, total ? "NUMPAGES" : "PAGE");
        i = next + (total ? "{pages}" : "{page}").length();
      }
    }

    private void field(XWPFParagraph p, String code) {
      p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
      p.createRun().getCTR().addNewInstrText().setStringValue(" " + code + " ");
      p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
      p.createRun().setText("1");
      p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    /** "Date: 2 November 2026"; on a blank worksheet, the name and a line to write on. */
    private void fact(Document.Fact fact) {
      if (Runs.isBlank(fact.value())) {
        XWPFParagraph p = fixed(doc, "FillIn");
        runs.add(p, fact.name() + ":", true);
        p.createRun().addTab();
        return;
      }
      XWPFParagraph p = user(doc, "Fact", fact.value());
      runs.add(p, fact.name() + ": ", true);
      runs.add(p, fact.value(), false);
    }

    private void section(Block.Section section, int level) {
      String title = Runs.isBlank(section.title()) ? words.text("document.notWritten")
          : section.title();
      // The outline's own words, in the document's direction, as the HTML page's headings.
      runs.add(fixed(doc, "Heading" + Math.min(level, 6)), title, false);
      for (Block block : section.body()) {
        block(block, section, level);
      }
    }

    private void block(Block block, Block.Section parent, int level) {
      if (block instanceof Block.Section s) {
        section(s, level + 1);
      } else if (block instanceof Block.Paragraph p) {
        words(p);
      } else if (block instanceof Block.Empty e) {
        runs.add(fixed(doc, "Empty"), e.text(), false);
      } else if (block instanceof Block.Entries e) {
        entries(e.entries());
      } else if (block instanceof Block.Table t) {
        tables.table(doc, t, parent.title());
      } else if (block instanceof Block.Teaching t) {
        teaching(t);
      } else if (block instanceof Block.WritingSpace w) {
        tables.writingSpace(doc, w.lines(), large);
      } else if (block instanceof Block.Diagram d) {
        picture(SvgPictures.diagram(d.data(), accent, large, words), d.data().title(),
            words.text("document.pictureInWords"), d.data().describe(words));
      } else if (block instanceof Block.Chart c) {
        picture(SvgPictures.chart(c.data(), accent, large, words), c.data().title(),
            words.format("document.chartInWords", "chart", c.data().title()),
            c.data().describe(words));
      } else if (block instanceof Block.Genogram g) {
        picture(SvgPictures.genogram(g.data(), large, words), g.data().title(),
            words.text("genogram.inWords"), g.data().sentences());
      } else if (block instanceof Block.Timeline t) {
        picture(SvgPictures.timeline(t.data(), large, words), t.data().title(),
            words.text("chronology.timelineInWords"), t.data().sentences());
      } else {
        throw new IllegalStateException("no Word for " + block.getClass().getSimpleName());
      }
    }

    private void words(Block.Paragraph p) {
      boolean lead = !Runs.isBlank(p.lead());
      boolean text = !Runs.isBlank(p.text());
      XWPFParagraph para = text ? user(doc, "Normal", p.text()) : fixed(doc, "Normal");
      if (lead) {
        runs.add(para, text ? p.lead() + ": " : p.lead(), true);
      }
      if (text) {
        // Words in a language of their own (a child's, said in Urdu) carry it in w:lang, so
        // that Word's proofing and a screen reader take them as that language.
        (p.language().isEmpty() ? runs : new Runs(p.language())).add(para, p.text(), false);
      }
      if (!lead && !text) {
        runs.add(para, words.text("document.notWritten"), false);
      }
    }

    private void entries(List<Block.Entry> entries) {
      for (Block.Entry entry : entries) {
        XWPFParagraph p = user(doc, "ListBullet", entry.text());
        if (!Runs.isBlank(entry.tag())) {
          runs.add(p, entry.tag() + " ", true);
        }
        runs.add(p, Runs.isBlank(entry.text()) ? words.text("document.notWritten")
            : entry.text(), false);
        for (String detail : entry.details()) {
          if (!Runs.isBlank(detail)) {
            runs.add(user(doc, "ListBullet2", detail), detail, false);
          }
        }
      }
    }

    /** Teaching notes: labelled notes beside the text, not headings, as in the HTML. */
    private void teaching(Block.Teaching t) {
      runs.add(fixed(doc, "TeachingLabel"), words.text("document.teachingNotes"), true);
      runs.add(fixed(doc, "Teaching"), t.explanation(), false);
      if (!t.prompts().isEmpty()) {
        runs.add(fixed(doc, "TeachingLabel"), words.text("document.questionsToAsk"), true);
        for (String prompt : t.prompts()) {
          runs.add(fixed(doc, "ListBullet"), prompt, false);
        }
      }
    }

    /** The picture, its caption, and what it shows in words, for everyone. */
    private void picture(String svg, String title, String inWords, List<String> lines) {
      String shownTitle = Runs.isBlank(title) ? words.text("document.picture") : title;
      String alternative = shownTitle + ". " + String.join(" ", lines);
      Pictures.add(doc, fixed(doc, "Picture").createRun(), svg, shownTitle, Runs.fold(alternative),
          ++pictures);
      runs.add(fixed(doc, "Caption"), shownTitle, false);
      runs.add(fixed(doc, "Normal"), inWords, true);
      for (String line : lines) {
        runs.add(user(doc, "ListBullet", line), line, false);
      }
    }
  }
}

package io.github.sixps.formulation.render.html.internal;

import io.github.sixps.formulation.render.Terminology;
import io.github.sixps.formulation.render.Theme;
import io.github.sixps.formulation.render.internal.Block;
import io.github.sixps.formulation.render.internal.Document;
import io.github.sixps.formulation.render.internal.Words;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a {@link Document} as HTML: a standalone page or a fragment for embedding. Everything
 * that does not depend on the document (the stylesheets, the logo's {@code data:} address) is
 * worked out once, here, so an instance is immutable and can be shared between threads; each
 * call keeps its own state.
 *
 * <p>The page is one file with nothing to fetch: the stylesheet is inline, the logo is a {@code
 * data:} address, the pictures are inline SVG, and there are no scripts.
 */
public final class HtmlPage {
  /**
   * Tables whose first column names the row, known by that column's header: the outline does
   * not say which tables these are.
   */
  private final Set<String> rowHeaders;
  private final String untitled;
  private final String unnamed;
  private final Words words;

  private final boolean fragment;
  private final String accent;
  private final String css;
  private final String largeCss;
  private final Optional<String> organisation;
  private final Optional<String> logo;

  /**
   * A page writer for a theme.
   *
   * @param fragment whether to write an {@code <article>} for embedding instead of a whole page
   */
  public HtmlPage(Theme theme, boolean fragment) {
    this(theme, Terminology.leeds6Ps(), fragment);
  }

  /**
   * A page writer for a theme, whose own words, language and direction are the terminology's.
   *
   * @param fragment whether to write an {@code <article>} for embedding instead of a whole page
   */
  public HtmlPage(Theme theme, Terminology terminology, boolean fragment) {
    this.words = new Words(terminology);
    this.rowHeaders = Set.of(words.text("people.name"), words.text("ranking.rank"));
    this.untitled = words.text("document.untitled");
    this.unnamed = words.text("document.notWritten");
    this.fragment = fragment;
    this.accent = theme.accent();
    this.css = RightToLeftCss.of(Stylesheet.build(accent, false, !fragment), words.direction());
    this.largeCss = RightToLeftCss.of(Stylesheet.build(accent, true, !fragment),
        words.direction());
    this.organisation = theme.organisation();
    this.logo = theme.logo().map(bytes -> "data:" + theme.logoMediaType().orElseThrow()
        + ";base64," + Base64.getEncoder().encodeToString(bytes));
  }

  /** Writes the document to {@code out}; failures of {@code out} come as unchecked. */
  public void write(Document document, Appendable out) {
    new Run(new HtmlWriter(out), document.largePrint()).document(document);
  }

  /** One call's state: the writer and the ids used so far. */
  private final class Run {
    private final HtmlWriter html;
    private final boolean large;
    private final Set<String> ids = new HashSet<>();

    Run(HtmlWriter html, boolean large) {
      this.html = html;
      this.large = large;
    }

    void document(Document doc) {
      String style = large ? largeCss : css;
      if (fragment) {
        html.open("article", "class", "sixps-article", "lang", words.language(), "dir",
            words.direction().attribute()).line();
        html.open("style").line().raw(style).close("style").line();
        body(doc);
        html.close("article").line();
        return;
      }
      html.raw("<!DOCTYPE html>\n");
      html.open("html", "lang", words.language(), "dir", words.direction().attribute()).line();
      html.open("head").line();
      html.empty("meta", "charset", "utf-8").line();
      html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
          .line();
      html.element("title", shown(doc.title(), untitled)).line();
      html.open("style").line().raw(style).raw(RightToLeftCss.of(Stylesheet.pageMargins(doc.marking(), words),
          words.direction()));
      if (doc.isWorksheet()) {
        // Each sheet of boxes is wider than it is tall, as the sheets teams use are.
        html.raw("@page { size: A4 landscape; }\n");
      }
      html.close("style").line();
      html.close("head").line();
      html.open("body", "class", "sixps-article").line();
      body(doc);
      html.close("body").line();
      html.close("html").line();
    }

    private void body(Document doc) {
      header(doc);
      // A fragment sits inside someone else's page, which has its own <main>.
      String main = fragment ? "div" : "main";
      html.open(main, "class", "sixps-main").line();
      for (Block.Section section : doc.sections()) {
        section(section, 2);
      }
      html.close(main).line();
      footer(doc);
    }

    private void header(Document doc) {
      html.open("header", "class", "sixps-header").line();
      doc.marking().ifPresent(m -> html.element("p", m, "class", "sixps-marking").line());
      // The organisation's name is one of the facts below, so the logo stands alone.
      logo.ifPresent(src -> html.empty("img", "class", "sixps-logo", "src", src, "alt",
          organisation.map(o -> words.format("document.logo", "organisation", o))
              .orElse(words.text("document.logoUnnamed"))).line());
      // The heading takes the page's direction (it starts at the right of a right-to-left
      // page); the title inside it is user text, isolated in its own direction worked out from
      // its first strong letter, so an English title keeps its order on an Urdu page.
      html.open("h1", "class", "sixps-title").element("span", shown(doc.title(), untitled),
          "dir", "auto").close("h1").line();
      if (!doc.facts().isEmpty()) {
        html.open("dl", "class", "sixps-facts").line();
        for (Document.Fact fact : doc.facts()) {
          html.element("dt", fact.name());
          if (fact.value().isBlank()) {
            // A blank worksheet: a line to fill in by hand.
            html.open("dd", "class", "sixps-fill").close("dd").line();
          } else {
            html.element("dd", fact.value(), "dir", "auto").line();
          }
        }
        html.close("dl").line();
      }
      doc.banner().ifPresent(b -> html.element("p", b, "class", "sixps-banner", "role", "note")
          .line());
      html.close("header").line();
    }

    private void footer(Document doc) {
      html.open("footer", "class", "sixps-footer").line();
      html.element("p", words.text("document.madeWith")).line();
      doc.marking().ifPresent(m -> html.element("p", m, "class", "sixps-marking").line());
      html.close("footer").line();
    }

    /** A section, its heading one level below its parent's so that no level is skipped. */
    private void section(Block.Section section, int level) {
      String id = unique(slug(section.id()));
      String heading = unique(id + "-heading");
      html.open("section", "class", "sixps-section", "id", id, "aria-labelledby", heading)
          .line();
      html.element("h" + Math.min(level, 6), shown(section.title(), unnamed), "id", heading)
          .line();
      for (Block block : section.body()) {
        block(block, section, level);
      }
      html.close("section").line();
    }

    private void block(Block block, Block.Section parent, int level) {
      if (block instanceof Block.Section s) {
        section(s, level + 1);
      } else if (block instanceof Block.Paragraph p) {
        paragraph(p);
      } else if (block instanceof Block.Empty e) {
        html.element("p", e.text(), "class", "sixps-empty").line();
      } else if (block instanceof Block.Entries e) {
        entries(e.entries());
      } else if (block instanceof Block.Table t) {
        table(t, parent);
      } else if (block instanceof Block.Teaching t) {
        teaching(t);
      } else if (block instanceof Block.WritingSpace w) {
        writingSpace(w.lines());
      } else if (block instanceof Block.Diagram d) {
        html.open("figure", "class", "sixps-figure").line();
        DiagramSvg.write(html, d.data(), accent, large, unique("sixps-diagram-title"),
            unique("sixps-diagram-desc"), words);
        figureText(words.text("document.pictureInWords"), d.data().describe(words));
        html.close("figure").line();
      } else if (block instanceof Block.Chart c) {
        html.open("figure", "class", "sixps-figure").line();
        ChartSvg.write(html, c.data(), accent, large, unique("sixps-chart-title"),
            unique("sixps-chart-desc"), words);
        figureText(words.format("document.chartInWords", "chart", c.data().title()),
            c.data().describe(words));
        html.close("figure").line();
      } else if (block instanceof Block.Genogram g) {
        html.open("figure", "class", "sixps-figure").line();
        // Wide families scroll sideways on a phone rather than shrink past reading.
        // A region that scrolls is one the keyboard can reach, as a wide table's is.
        html.open("div", "class", "sixps-table-wrap", "role", "region", "tabindex", "0",
            "aria-label", g.data().title()).line();
        GenogramSvg.write(html, g.data(), large, unique("sixps-genogram-title"),
            unique("sixps-genogram-desc"), words);
        html.close("div").line();
        figureText(words.text("genogram.inWords"), g.data().sentences());
        html.close("figure").line();
      } else if (block instanceof Block.Timeline t) {
        html.open("figure", "class", "sixps-figure").line();
        TimelineSvg.write(html, t.data(), large, unique("sixps-timeline-title"),
            unique("sixps-timeline-desc"), words);
        figureText(words.text("chronology.timelineInWords"), t.data().sentences());
        html.close("figure").line();
      } else {
        throw new IllegalStateException("no HTML for " + block.getClass().getSimpleName());
      }
    }

    private void paragraph(Block.Paragraph p) {
      html.open("p");
      if (!p.lead().isBlank()) {
        html.element("strong", p.text().isBlank() ? p.lead() : p.lead() + ":");
        if (!p.text().isBlank()) {
          html.text(" ");
        }
      }
      // dir="auto" isolates the run (HTML's [dir] rule) and takes its direction from its own
      // first strong letter, so an Urdu sentence inside an English page, or the reverse, keeps
      // its order; lang lets a screen reader pick the voice.
      html.element("span", p.text(), "dir", "auto", "lang", otherLanguage(p.language()))
          .close("p").line();
    }

    /** The tag to mark a run with, or null (no attribute) when it is the document's own. */
    private String otherLanguage(String language) {
      return language.isEmpty() || language.equalsIgnoreCase(words.language()) ? null : language;
    }

    private void entries(List<Block.Entry> entries) {
      html.open("ul", "class", "sixps-entries").line();
      for (Block.Entry entry : entries) {
        html.open("li").open("p", "class", "sixps-entry");
        if (!HtmlWriter.isBlank(entry.tag())) {
          html.element("span", entry.tag(), "class", "sixps-tag").text(" ");
        }
        html.element("span", entry.text(), "dir", "auto").close("p");
        if (!entry.details().isEmpty()) {
          html.line().open("ul", "class", "sixps-details").line();
          for (String detail : entry.details()) {
            html.element("li", detail, "dir", "auto").line();
          }
          html.close("ul");
        }
        html.close("li").line();
      }
      html.close("ul").line();
    }

    private void table(Block.Table t, Block.Section parent) {
      boolean rowHeaders = !t.header().isEmpty() && HtmlPage.this.rowHeaders.contains(t.header().get(0));
      // On a narrow screen a wide table scrolls sideways on its own, not the whole page; a
      // region that scrolls is one the keyboard can reach and scroll (WCAG 2.1.1), named by the
      // table's caption.
      html.open("div", "class", "sixps-table-wrap", "role", "region", "tabindex", "0",
          "aria-label", shown(t.caption(), unnamed)).line();
      html.open("table", "class", "sixps-table").line();
      // A caption that repeats the heading just above is kept for screen readers only.
      html.element("caption", shown(t.caption(), unnamed), "class",
          t.caption().equals(parent.title()) ? "sixps-visually-hidden" : null).line();
      html.open("thead").open("tr");
      for (String cell : t.header()) {
        html.element("th", cell, "scope", "col");
      }
      html.close("tr").close("thead").line();
      html.open("tbody").line();
      for (List<String> row : t.rows()) {
        html.open("tr");
        for (int i = 0; i < row.size(); i++) {
          if (i == 0 && rowHeaders) {
            html.element("th", row.get(i), "scope", "row", "dir", "auto");
          } else {
            html.element("td", row.get(i), "dir", "auto");
          }
        }
        html.close("tr").line();
      }
      html.close("tbody").line();
      html.close("table").line();
      html.close("div").line();
    }

    private void teaching(Block.Teaching t) {
      // A labelled aside, not a heading, so the outline of headings stays the formulation's.
      html.open("aside", "class", "sixps-teaching", "aria-label",
          words.text("document.teachingNotes")).line();
      html.element("p", words.text("document.teachingNotes"), "class", "sixps-teaching-label")
          .line();
      html.element("p", t.explanation()).line();
      if (!t.prompts().isEmpty()) {
        html.element("p", words.text("document.questionsToAsk"), "class", "sixps-teaching-label")
            .line();
        html.open("ul", "class", "sixps-prompts").line();
        for (String prompt : t.prompts()) {
          html.element("li", prompt).line();
        }
        html.close("ul").line();
      }
      html.close("aside").line();
    }

    private void writingSpace(int lines) {
      html.open("div", "class", "sixps-writing").line();
      html.element("p", words.text("document.spaceToWrite"), "class", "sixps-writing-label")
          .line();
      html.open("div", "aria-hidden", "true");
      for (int i = 0; i < lines; i++) {
        html.open("div", "class", "sixps-writing-line").close("div");
      }
      html.close("div").line();
      html.close("div").line();
    }

    private void figureText(String caption, List<String> lines) {
      html.open("figcaption").line();
      html.element("p", caption, "class", "sixps-caption").line();
      html.open("ul", "class", "sixps-figure-text").line();
      for (String line : lines) {
        html.element("li", line, "dir", "auto").line();
      }
      html.close("ul").line();
      html.close("figcaption").line();
    }

    /** {@code base}, numbered if it is already used on the page. */
    private String unique(String base) {
      String candidate = base;
      for (int n = 2; !ids.add(candidate); n++) {
        candidate = base + "-" + n;
      }
      return candidate;
    }
  }

  /**
   * Text for a title, heading or caption, which must not be empty: a name made only of
   * characters that show nothing (a lone control character, a no-break space) gives way to
   * {@code fallback}.
   */
  private static String shown(String text, String fallback) {
    return HtmlWriter.isBlank(text) ? fallback : text;
  }

  /**
   * An id made from an outline id. Those can hold user text (a child's id), so only ASCII
   * letters, digits, hyphens and underscores are kept, and long ones are cut short.
   */
  static String slug(String base) {
    StringBuilder slug = new StringBuilder("sixps-");
    base.codePoints().limit(40).forEach(c -> slug.append(
        c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-') ? (char) c : '-'));
    return slug.toString();
  }
}

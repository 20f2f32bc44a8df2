package io.github.sixps.formulation.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * What every page and fragment the HTML renderer writes must hold to, checked on the page as
 * jsoup parses it: only the renderer's own elements and attributes, nothing that runs or
 * fetches, and the structure assistive technology relies on.
 */
final class HtmlChecks {
  /** Every element the renderer writes, HTML and SVG. */
  static final Set<String> ELEMENTS = Set.of(
      "html", "head", "meta", "title", "style", "body", "article", "header", "main", "footer",
      "div", "section", "aside", "p", "h1", "h2", "h3", "h4", "h5", "h6", "dl", "dt", "dd", "ul",
      "li", "span", "strong", "table", "caption", "thead", "tbody", "tr", "th", "td", "img",
      "figure", "figcaption",
      "svg", "desc", "rect", "line", "polyline", "polygon", "circle", "text");

  /** Every attribute the renderer writes, lower-cased as jsoup reports them. */
  static final Set<String> ATTRIBUTES = Set.of(
      "lang", "dir", "charset", "name", "content", "class", "id", "role", "aria-labelledby",
      "aria-label", "aria-hidden", "scope", "src", "alt", "tabindex",
      "xmlns", "viewbox", "width", "height", "focusable", "x", "y", "x1", "y1", "x2", "y2",
      "cx", "cy", "r", "rx", "points", "fill", "stroke", "stroke-width", "stroke-dasharray",
      "stroke-linejoin", "stroke-linecap", "font-size", "font-weight", "text-anchor", "style");

  private static final Pattern DATA_IMAGE =
      Pattern.compile("data:image/(png|jpeg);base64,[A-Za-z0-9+/]+=*");
  private static final Pattern CLASS = Pattern.compile("sixps-[a-z-]+");
  private static final Pattern ID = Pattern.compile("sixps-[A-Za-z0-9_-]+");

  private HtmlChecks() {}

  static Document parse(String html) {
    return Jsoup.parse(html);
  }

  /**
   * Nothing but the renderer's own markup: allowed elements and attributes only, no script, no
   * event handler, no address but an embedded image and the SVG namespace, and only the
   * renderer's own class names and ids.
   */
  static void assertOnlyOwnMarkup(Document doc) {
    for (Element e : doc.getAllElements()) {
      if (e == doc) {
        continue;
      }
      String tag = e.normalName();
      assertTrue(ELEMENTS.contains(tag), () -> "unexpected element <" + tag + ">");
      for (Attribute a : e.attributes()) {
        String key = a.getKey().toLowerCase(Locale.ROOT);
        assertTrue(ATTRIBUTES.contains(key),
            () -> "unexpected attribute " + key + " on <" + tag + ">");
        String value = a.getValue();
        assertFalse(value.toLowerCase(Locale.ROOT).contains("javascript"), () -> key + "="
            + value);
        switch (key) {
          case "dir":
            // The page's own direction is the terminology's; user text finds its own.
            if (tag.equals("html") || tag.equals("article")) {
              assertTrue(value.equals("ltr") || value.equals("rtl"), () -> "dir " + value);
            } else {
              assertEquals("auto", value, "dir");
            }
            break;
          case "src":
            assertTrue(DATA_IMAGE.matcher(value).matches(), "src must be an embedded image");
            break;
          case "tabindex":
            // Only a table's scrolling wrapper, reachable in the order of the page.
            assertEquals("0", value, "tabindex");
            assertTrue(e.hasClass("sixps-table-wrap"), "tabindex on <" + tag + ">");
            break;
          case "style":
            // Only a picture's least width (below which it scrolls in its region) or most.
            assertEquals("svg", tag, "style on <" + tag + ">");
            assertTrue(value.matches("(min|max)-width: [0-9]+(\\.[0-9])?px"),
                () -> "style " + value);
            break;
          case "xmlns":
            assertEquals("svg", tag);
            assertEquals("http://www.w3.org/2000/svg", value);
            break;
          case "class":
            for (String c : value.split(" ")) {
              assertTrue(CLASS.matcher(c).matches(), () -> "class " + c);
            }
            break;
          case "id":
            assertTrue(ID.matcher(value).matches(), () -> "id " + value);
            break;
          default:
            assertFalse(value.contains("://"), () -> key + " holds an address: " + value);
        }
      }
    }
    // The allow-list already keeps out script, iframe, object, embed, link, base, form and a.
    for (Element style : doc.select("style")) {
      String css = style.data().toLowerCase(Locale.ROOT);
      assertFalse(css.contains("url("), "no url() in the stylesheet");
      assertFalse(css.contains("@import"), "no @import in the stylesheet");
      assertFalse(css.contains("expression("), "no expression() in the stylesheet");
      assertFalse(css.contains("://"), "no address in the stylesheet");
    }
  }

  /** The structure checks shared by pages and fragments. */
  static void assertAccessible(Document doc, boolean fragment) {
    if (fragment) {
      Elements top = doc.body().children();
      assertEquals(1, top.size(), "a fragment is one element");
      Element article = top.first();
      assertEquals("article", article.normalName());
      assertTrue(article.hasClass("sixps-article"));
      assertEquals("en-GB", article.attr("lang"));
      assertTrue(doc.select("main").isEmpty(), "a fragment leaves <main> to its host");
    } else {
      assertEquals("en-GB", doc.selectFirst("html").attr("lang"));
      assertEquals("utf-8", doc.selectFirst("meta[charset]").attr("charset"));
      assertNotNull(doc.selectFirst("meta[name=viewport]"));
      assertFalse(doc.title().isBlank(), "the page has a title");
      assertEquals(1, doc.select("main").size());
      assertEquals(1, doc.select("body > header").size());
      assertEquals(1, doc.select("body > footer").size());
    }
    assertEquals(1, doc.select("h1").size(), "exactly one h1");
    assertHeadingOrder(doc);
    assertUniqueIds(doc);
    for (Element section : doc.select("section")) {
      Element heading = section.child(0);
      assertTrue(heading.normalName().matches("h[2-6]"), "a section starts with its heading");
      assertEquals(heading.id(), section.attr("aria-labelledby"));
    }
    for (Element table : doc.select("table")) {
      Element caption = table.child(0);
      assertEquals("caption", caption.normalName(), "a table's caption comes first");
      assertFalse(caption.text().isBlank(), "a table's caption says what it holds");
      Elements headers = table.select("thead th");
      assertFalse(headers.isEmpty(), "a table has header cells");
      for (Element th : table.select("th")) {
        assertTrue(th.attr("scope").equals("col") || th.attr("scope").equals("row"),
            "every th has a scope");
      }
      for (Element th : headers) {
        assertEquals("col", th.attr("scope"));
      }
    }
    for (Element img : doc.select("img")) {
      assertFalse(img.attr("alt").isBlank(), "an image has a text alternative");
    }
    for (Element svg : doc.select("svg")) {
      assertEquals("img", svg.attr("role"));
      String[] labels = svg.attr("aria-labelledby").split(" ");
      assertEquals(2, labels.length);
      Element title = doc.getElementById(labels[0]);
      Element desc = doc.getElementById(labels[1]);
      assertNotNull(title, "the picture's title");
      assertNotNull(desc, "the picture's description");
      assertEquals("title", title.normalName());
      assertEquals("desc", desc.normalName());
      assertEquals(svg, title.parent());
      assertEquals(svg, desc.parent());
      assertFalse(title.text().isBlank());
      assertFalse(desc.text().isBlank());
      Element figure = svg.parent();
      // A wide family tree scrolls in a region of its own inside its figure.
      if (figure.hasClass("sixps-table-wrap")) {
        figure = figure.parent();
      }
      assertEquals("figure", figure.normalName());
      Elements said = figure.select("figcaption > ul > li");
      assertFalse(said.isEmpty(), "the picture is also given as visible text");
      assertEquals(normalise(desc.text()), normalise(String.join(" ", said.eachText())),
          "the visible text says what the description says");
    }
    Element banner = doc.selectFirst(".sixps-banner");
    if (banner != null) {
      assertEquals("note", banner.attr("role"));
      assertFalse(banner.text().isBlank());
    }
    for (Element space : doc.select(".sixps-writing")) {
      assertEquals("Space to write", space.selectFirst(".sixps-writing-label").text());
    }
  }

  /** Headings start at h1 and never go down more than one level at a time. */
  static void assertHeadingOrder(Document doc) {
    int previous = 0;
    for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
      int level = h.normalName().charAt(1) - '0';
      if (previous == 0) {
        assertEquals(1, level, "the first heading is the h1");
      } else {
        int from = previous;
        assertTrue(level <= previous + 1,
            () -> "h" + from + " is followed by h" + level + ": " + h.text());
      }
      previous = level;
    }
  }

  static void assertUniqueIds(Document doc) {
    Set<String> seen = new HashSet<>();
    for (Element e : doc.select("[id]")) {
      assertTrue(seen.add(e.id()), () -> "id used twice: " + e.id());
    }
  }

  private static final Pattern RULE = Pattern.compile("([^{}@]+)\\{[^{}]*\\}");

  /**
   * Every rule of a fragment's stylesheet applies only inside the article: each selector starts
   * with the article's class, and there is no {@code @page} or {@code @import}.
   */
  static void assertScopedStylesheet(String css) {
    assertFalse(css.contains("@page"), "a fragment leaves @page to its host");
    assertFalse(css.contains("@import"));
    String body = css.replaceAll("@media print \\{", "");
    Matcher m = RULE.matcher(body);
    int rules = 0;
    while (m.find()) {
      for (String selector : m.group(1).split(",")) {
        String s = selector.strip();
        if (s.isEmpty()) {
          continue;
        }
        assertTrue(s.equals(".sixps-article") || s.startsWith(".sixps-article "),
            () -> "selector not scoped to the article: " + s);
      }
      rules++;
    }
    assertTrue(rules > 20, "the stylesheet was read");
  }

  /**
   * Text as it will appear in the page's {@code text()}: the characters the writer drops or
   * replaces treated as it treats them, then whitespace normalised as jsoup does.
   */
  static String normalise(String text) {
    StringBuilder s = new StringBuilder();
    text.codePoints().forEach(c -> {
      if (c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 || c == 0x2029) {
        s.append(' ');
      } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)
          || c == 0xFEFF) {
        return;
      } else if ((c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE
          || (c >= 0xD800 && c <= 0xDFFF)) {
        s.append('\uFFFD');
      } else {
        s.appendCodePoint(c);
      }
    });
    return StringUtil.normaliseWhitespace(s.toString()).strip();
  }

  /**
   * Fails unless every string appears in the page's text, such as those {@code UserText} lists.
   */
  static void assertTextContains(Document doc, List<String> strings) {
    String text = normalise(doc.text());
    for (String s : strings) {
      String expected = normalise(s);
      if (invisible(expected)) {
        // Text that shows nothing may give way to a placeholder such as "Untitled formulation".
        continue;
      }
      if (!text.contains(expected)) {
        fail("the page does not show \"" + abbreviate(expected) + "\"");
      }
    }
  }

  /** Spaces, controls and invisible formatting characters only, such as a lone U+202E. */
  static boolean invisible(String s) {
    return s.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
        || Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT);
  }

  private static String abbreviate(String s) {
    return s.length() > 200 ? s.substring(0, 200) + "..." : s;
  }
}

package io.github.sixps.formulation.render.pdf;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The PDF's outline (bookmarks) from the page's headings: each second-level heading, with the
 * third-level headings under it, so that a reader of a long record can go straight to a part. The
 * layout engine makes the outline from a {@code bookmarks} element in the head.
 */
final class PdfBookmarks {
  private PdfBookmarks() {}

  /** Adds the outline of the headings of {@code dom}, an XHTML page, to its {@code head}. */
  static void add(Document dom, Element head) {
    Element bookmarks = dom.createElementNS(PdfPage.XHTML, "bookmarks");
    Element section = null;
    NodeList all = dom.getElementsByTagNameNS(PdfPage.XHTML, "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      String name = e.getLocalName();
      boolean two = "h2".equals(name);
      if ((!two && !"h3".equals(name)) || e.getAttribute("id").isEmpty()) {
        continue;
      }
      Element mark = dom.createElementNS(PdfPage.XHTML, "bookmark");
      mark.setAttribute("name", PdfText.clean(e.getTextContent().strip()));
      mark.setAttribute("href", "#" + e.getAttribute("id"));
      if (two || section == null) {
        bookmarks.appendChild(mark);
        section = two ? mark : section;
      } else {
        section.appendChild(mark);
      }
    }
    if (bookmarks.hasChildNodes()) {
      head.appendChild(bookmarks);
    }
  }
}

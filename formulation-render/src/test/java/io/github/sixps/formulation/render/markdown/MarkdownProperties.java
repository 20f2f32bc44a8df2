package io.github.sixps.formulation.render.markdown;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.testing.UserText;
import io.github.sixps.formulation.render.View;
import io.github.sixps.formulation.review.Change;
import io.github.sixps.formulation.review.FormulationDiff;
import io.github.sixps.formulation.testing.Formulations;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/** No user text ever becomes Markdown markup, and all of it is shown. */
class MarkdownProperties {
  static final Parser PARSER = Parser.builder()
      .extensions(List.of(TablesExtension.create())).build();
  static final Map<Audience, MarkdownRenderer> RENDERERS = Map.of(
      Audience.PRACTITIONER, MarkdownRenderer.builder().build(),
      Audience.FAMILY, MarkdownRenderer.builder().audience(Audience.FAMILY).build());
  static final MarkdownRenderer SUPERVISION = MarkdownRenderer.builder().view(View.SUPERVISION)
      .asOf(LocalDate.of(2026, 12, 1)).build();

  // 2,500 drafts: 10,000 took 217 s of a CI run on two busy cores.
  @Property(tries = 2_500)
  void userTextNeverBecomesMarkup(@ForAll("drafts") Formulation f,
      @ForAll Audience audience) {
    String markdown = RENDERERS.get(audience).render(f);
    Node doc = PARSER.parse(markdown);
    assertNoMarkup(doc);
    String text = textOf(doc);
    for (String s : UserText.of(f, audience)) {
      assertTrue(text.contains(s), () -> "missing from the text: " + s + "\n" + markdown);
    }
  }

  /**
   * The supervision summary, with what changed since another draft, and the changes on their
   * own: no markup from user text in either, and every change's sentence in the changes
   * document (the summary shows only the first few under each heading).
   */
  @Property(tries = 1_000)
  void supervisionAndChangesNeverBecomeMarkup(@ForAll("drafts") Formulation older,
      @ForAll("drafts") Formulation newer) {
    FormulationDiff diff = FormulationDiff.between(older, newer);
    assertNoMarkup(PARSER.parse(SUPERVISION.renderSince(older, newer)));
    String markdown = RENDERERS.get(Audience.PRACTITIONER).renderChanges(diff);
    Node doc = PARSER.parse(markdown);
    assertNoMarkup(doc);
    String text = textOf(doc);
    for (Change change : diff.changes()) {
      String s = UserText.fold(change.description());
      assertTrue(text.contains(s), () -> "missing from the text: " + s + "\n" + markdown);
    }
  }

  /** Fails if the document holds anything but text, emphasis, headings, lists and tables. */
  static void assertNoMarkup(Node doc) {
    doc.accept(new AbstractVisitor() {
      @Override
      public void visit(Link link) {
        throw new AssertionError("a link came from user text: " + link.getDestination());
      }

      @Override
      public void visit(Image image) {
        throw new AssertionError("an image came from user text: " + image.getDestination());
      }

      @Override
      public void visit(HtmlInline html) {
        throw new AssertionError("HTML came from user text: " + html.getLiteral());
      }

      @Override
      public void visit(HtmlBlock html) {
        throw new AssertionError("HTML came from user text: " + html.getLiteral());
      }

      @Override
      public void visit(Code code) {
        throw new AssertionError("code came from user text: " + code.getLiteral());
      }

      @Override
      public void visit(FencedCodeBlock code) {
        throw new AssertionError("a code block came from user text");
      }

      @Override
      public void visit(IndentedCodeBlock code) {
        throw new AssertionError("a code block came from user text");
      }

      @Override
      public void visit(LinkReferenceDefinition definition) {
        throw new AssertionError("a link definition came from user text");
      }
    });
  }

  /** The text of every text node, with block boundaries as spaces, folded like user text. */
  static String textOf(Node doc) {
    StringBuilder s = new StringBuilder();
    doc.accept(new AbstractVisitor() {
      @Override
      public void visit(Text text) {
        s.append(text.getLiteral());
      }

      @Override
      protected void visitChildren(Node parent) {
        super.visitChildren(parent);
        s.append(' ');
      }
    });
    return UserText.fold(s.toString());
  }

  @Provide
  Arbitrary<Formulation> drafts() {
    return Formulations.drafts();
  }
}

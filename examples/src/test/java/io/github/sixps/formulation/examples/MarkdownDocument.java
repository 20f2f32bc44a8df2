package io.github.sixps.formulation.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * One of the project's Markdown documents, parsed with commonmark-java: its fenced code blocks,
 * its link destinations and the anchors its headings get on GitHub.
 */
final class MarkdownDocument {
  private static final Parser PARSER = Parser.builder()
      .extensions(List.of(TablesExtension.create()))
      .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
      .build();

  /** A fenced code block: its language, its first line of code (from 1) and its text. */
  record CodeBlock(String language, int line, String code) {}

  /** Code in a line of text, such as {@code `./formulation demo`}: its line (from 1) and text. */
  record CodeSpan(int line, String code) {}

  private final Path file;
  private final List<CodeBlock> blocks = new ArrayList<>();
  private final List<CodeSpan> spans = new ArrayList<>();
  private final List<String> links = new ArrayList<>();
  private final Set<String> anchors = new LinkedHashSet<>();

  private MarkdownDocument(Path file, Node root) {
    this.file = file;
    List<String> headings = new ArrayList<>();
    root.accept(new AbstractVisitor() {
      @Override
      public void visit(FencedCodeBlock block) {
        // The span's line is the opening fence, counted from 0; the code starts on the next.
        int fence = block.getSourceSpans().get(0).getLineIndex();
        String info = block.getInfo() == null ? "" : block.getInfo().strip();
        blocks.add(new CodeBlock(info, fence + 2, block.getLiteral()));
      }

      @Override
      public void visit(Code code) {
        spans.add(new CodeSpan(code.getSourceSpans().get(0).getLineIndex() + 1,
            code.getLiteral()));
      }

      @Override
      public void visit(Link link) {
        links.add(link.getDestination());
        visitChildren(link);
      }

      @Override
      public void visit(Image image) {
        links.add(image.getDestination());
        visitChildren(image);
      }

      @Override
      public void visit(Heading heading) {
        headings.add(textOf(heading));
        visitChildren(heading);
      }
    });
    for (String heading : headings) {
      String slug = slug(heading);
      String anchor = slug;
      // GitHub numbers a repeated heading's anchor: "notes", "notes-1", "notes-2".
      for (int n = 1; !anchors.add(anchor); n++) {
        anchor = slug + "-" + n;
      }
    }
  }

  /** Reads and parses a Markdown file. */
  static MarkdownDocument read(Path file) throws IOException {
    return new MarkdownDocument(file, PARSER.parse(Files.readString(file, StandardCharsets.UTF_8)));
  }

  /** The file it was read from. */
  Path file() {
    return file;
  }

  /** The fenced code blocks in the given language, in document order. */
  List<CodeBlock> blocks(String language) {
    return blocks.stream().filter(b -> b.language().equals(language)).toList();
  }

  /** The code in lines of text, in document order. */
  List<CodeSpan> codeSpans() {
    return spans;
  }

  /** Every link and image destination, as written. */
  List<String> links() {
    return links;
  }

  /** The anchors GitHub gives the headings, such as {@code how-ranking-works}. */
  Set<String> anchors() {
    return anchors;
  }

  /**
   * GitHub's anchor for a heading: lower case, punctuation other than hyphens and underscores
   * dropped, each space a hyphen.
   */
  static String slug(String heading) {
    StringBuilder s = new StringBuilder();
    heading.strip().toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
      if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
        s.appendCodePoint(c);
      } else if (c == ' ') {
        s.append('-');
      }
    });
    return s.toString();
  }

  private static String textOf(Node node) {
    StringBuilder s = new StringBuilder();
    node.accept(new AbstractVisitor() {
      @Override
      public void visit(Text text) {
        s.append(text.getLiteral());
      }

      @Override
      public void visit(Code code) {
        s.append(code.getLiteral());
      }
    });
    return s.toString();
  }
}

package io.github.sixps.formulation.io;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.comments.CommentLine;
import org.yaml.snakeyaml.comments.CommentType;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The comments of a YAML file, carried into the new version of it that a writer made: what
 * people wrote in a file ({@code # fictional, for training}, a note above an action) is kept
 * when a program saves the file again, though the writer itself knows nothing of comments.
 *
 * <p>Each block of whole-line comments in the previous text is put back before the same place
 * in the new text: before the same key, or before the same item of a list, an item being known
 * by its {@code id} (by its position where it has none), so a note stays with its action when
 * actions are added, removed or reordered around it. The block at the top of the file stays at
 * the top and the block at the end at the end. Blank lines within a block of comments are kept.
 *
 * <p>What cannot be carried is listed in {@link #notKept()}, in words, so that a caller can say
 * so: a comment at the end of a line ({@code status: agreed  # for now}), one above an item or
 * key the new version no longer has, one at the end of a nested list. The new text itself is
 * never changed in meaning: if putting the comments back would read differently, none is put
 * back and every one is listed.
 *
 * <pre>{@code
 * String written = FormulationWriter.standard().write(edited, FileFormat.YAML);
 * CarriedComments carried = CarriedComments.between(Files.readString(file), written);
 * Files.writeString(file, carried.text());
 * carried.notKept().forEach(System.err::println);   // line 7: "# for now" ...
 * }</pre>
 */
public final class CarriedComments {
  private final String text;
  private final ImmutableList<String> notKept;

  private CarriedComments(String text, List<String> notKept) {
    this.text = text;
    this.notKept = ImmutableList.copyOf(notKept);
  }

  /** {@return the new text with the previous text's comments put back} */
  public String text() {
    return text;
  }

  /**
   * {@return each comment that could not be put back, one a line of the previous text, such as
   * {@code line 7: "# for now", at the end of a line}; empty when every one was}
   */
  public List<String> notKept() {
    return notKept;
  }

  /**
   * Puts the comments of {@code previous} into {@code written}.
   *
   * @param previous the file as it was, YAML; text that is not YAML has no comments to carry,
   *     and each of its comment lines is then listed as not kept
   * @param written the new version, as a writer made it: block style, one key or list item a
   *     line, as {@link FormulationWriter} writes
   * @return the new version with the comments, and what could not be kept
   */
  public static CarriedComments between(String previous, String written) {
    Preconditions.checkNotNull(previous, "previous");
    Preconditions.checkNotNull(written, "written");
    List<String> notKept = new ArrayList<>();
    Found before = new Found();
    try {
      Node root = parser(true).compose(new StringReader(previous));
      if (root != null) {
        before.walk(root, "", notKept);
        // A block after everything: SnakeYAML gives it as the end comments of the root.
        before.end.addAll(lines(root.getEndComments()));
      }
    } catch (RuntimeException e) {
      return new CarriedComments(written, everyComment(previous,
          "the file was not YAML that could be read, so its comments could not be placed"));
    }
    if (before.blocks.isEmpty() && before.end.isEmpty()) {
      return new CarriedComments(written, notKept);
    }
    Map<String, Integer> at = new LinkedHashMap<>();
    Node after = parser(false).compose(new StringReader(written));
    if (after != null) {
      new Found().lines(after, "", at);
    }
    TreeMap<Integer, List<String>> inserts = new TreeMap<>();
    String[] lines = written.split("\n", -1);
    before.blocks.forEach((path, block) -> {
      Integer line = at.get(path);
      if (line == null) {
        block.comments.forEach(c -> notKept.add("line " + c.line + ": \"" + c.text
            + "\", above something the new version no longer has"));
        return;
      }
      String indent = lines[line].substring(0, lines[line].length()
          - lines[line].stripLeading().length());
      inserts.computeIfAbsent(line, l -> new ArrayList<>())
          .addAll(block.render(indent));
    });
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      for (String comment : inserts.getOrDefault(i, List.of())) {
        out.append(comment).append('\n');
      }
      if (i == lines.length - 1 && lines[i].isEmpty()) {
        break;
      }
      out.append(lines[i]).append('\n');
    }
    if (!written.endsWith("\n") && out.length() > 0) {
      out.setLength(out.length() - 1);
    }
    for (String comment : before.end) {
      out.append(comment).append('\n');
    }
    String carried = out.toString();
    if (!sameData(carried, written)) {
      return new CarriedComments(written, everyComment(previous,
          "it could not be put back without changing what the file says"));
    }
    return new CarriedComments(carried, notKept);
  }

  private static Yaml parser(boolean comments) {
    LoaderOptions options = new LoaderOptions();
    options.setProcessComments(comments);
    return new Yaml(new SafeConstructor(options), new org.yaml.snakeyaml.representer.Representer(
        new org.yaml.snakeyaml.DumperOptions()), new org.yaml.snakeyaml.DumperOptions(),
        options);
  }

  private static boolean sameData(String a, String b) {
    try {
      return Objects.equals(parser(false).load(a), parser(false).load(b));
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static List<String> everyComment(String text, String why) {
    List<String> all = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int hash = lines[i].indexOf('#');
      if (hash >= 0 && (hash == 0 || Character.isWhitespace(lines[i].charAt(hash - 1)))) {
        all.add("line " + (i + 1) + ": \"" + lines[i].substring(hash).strip() + "\", as " + why);
      }
    }
    return all;
  }

  private static List<String> lines(List<CommentLine> comments) {
    List<String> out = new ArrayList<>();
    if (comments != null) {
      for (CommentLine c : comments) {
        out.add(c.getCommentType() == CommentType.BLANK_LINE ? "" : "#" + c.getValue());
      }
    }
    return out;
  }

  /** One whole-line comment as it was: its line (from 1) and its text with the {@code #}. */
  private record Comment(int line, String text) {}

  /** A block of comment lines and blank lines, as found above one key or item. */
  private static final class Block {
    final List<CommentLine> raw = new ArrayList<>();
    final List<Comment> comments = new ArrayList<>();

    List<String> render(String indent) {
      List<String> out = new ArrayList<>();
      for (CommentLine c : raw) {
        out.add(c.getCommentType() == CommentType.BLANK_LINE ? "" : indent + "#" + c.getValue());
      }
      return out;
    }
  }

  /** The places in one text, by path: {@code plan.actions[A1].due}, {@code reviews[#0]}. */
  private static final class Found {
    final Map<String, Block> blocks = new LinkedHashMap<>();
    final List<String> end = new ArrayList<>();

    /** Collects the comments of the previous text, by the path of what they are above. */
    void walk(Node node, String path, List<String> notKept) {
      block(node, path);
      inLine(node, notKept);
      if (node instanceof MappingNode) {
        for (NodeTuple t : ((MappingNode) node).getValue()) {
          String key = path(path, t.getKeyNode());
          block(t.getKeyNode(), key);
          inLine(t.getKeyNode(), notKept);
          walk(t.getValueNode(), key, notKept);
        }
      } else if (node instanceof SequenceNode) {
        List<Node> items = ((SequenceNode) node).getValue();
        for (int i = 0; i < items.size(); i++) {
          walk(items.get(i), item(path, items.get(i), i), notKept);
        }
      }
      if (!path.isEmpty() && node.getEndComments() != null) {
        for (CommentLine c : node.getEndComments()) {
          if (c.getCommentType() != CommentType.BLANK_LINE) {
            notKept.add("line " + (c.getStartMark().getLine() + 1) + ": \"#" + c.getValue()
                + "\", at the end of a list or section");
          }
        }
      }
    }

    /** Finds the line each place starts on in the new text. */
    void lines(Node node, String path, Map<String, Integer> at) {
      if (node instanceof MappingNode) {
        for (NodeTuple t : ((MappingNode) node).getValue()) {
          String key = path(path, t.getKeyNode());
          at.putIfAbsent(key, t.getKeyNode().getStartMark().getLine());
          lines(t.getValueNode(), key, at);
        }
      } else if (node instanceof SequenceNode) {
        List<Node> items = ((SequenceNode) node).getValue();
        for (int i = 0; i < items.size(); i++) {
          String item = item(path, items.get(i), i);
          at.putIfAbsent(item, items.get(i).getStartMark().getLine());
          lines(items.get(i), item, at);
        }
      }
    }

    private void block(Node node, String path) {
      List<CommentLine> found = node.getBlockComments();
      if (found == null || found.stream().allMatch(
          c -> c.getCommentType() == CommentType.BLANK_LINE)) {
        return;
      }
      Block block = blocks.computeIfAbsent(path, p -> new Block());
      for (CommentLine c : found) {
        block.raw.add(c);
        if (c.getCommentType() != CommentType.BLANK_LINE) {
          block.comments.add(new Comment(c.getStartMark().getLine() + 1, "#" + c.getValue()));
        }
      }
    }

    private static void inLine(Node node, List<String> notKept) {
      if (node.getInLineComments() == null) {
        return;
      }
      for (CommentLine c : node.getInLineComments()) {
        notKept.add("line " + (c.getStartMark().getLine() + 1) + ": \"#" + c.getValue()
            + "\", at the end of a line");
      }
    }

    private static String path(String parent, Node key) {
      String name = key instanceof ScalarNode ? ((ScalarNode) key).getValue() : "?";
      return parent.isEmpty() ? name : parent + "." + name;
    }

    /** An item of a list: by its {@code id} where it has one, else by its position. */
    private static String item(String parent, Node item, int index) {
      if (item instanceof MappingNode) {
        for (NodeTuple t : ((MappingNode) item).getValue()) {
          if (t.getKeyNode() instanceof ScalarNode
              && ((ScalarNode) t.getKeyNode()).getValue().equals("id")
              && t.getValueNode() instanceof ScalarNode) {
            return parent + "[" + ((ScalarNode) t.getValueNode()).getValue() + "]";
          }
        }
      }
      return parent + "[#" + index + "]";
    }
  }
}

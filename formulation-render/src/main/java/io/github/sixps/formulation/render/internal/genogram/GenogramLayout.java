package io.github.sixps.formulation.render.internal.genogram;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.model.FamilyTree;
import io.github.sixps.formulation.model.ParentKind;
import io.github.sixps.formulation.model.ParentLink;
import io.github.sixps.formulation.model.Partnership;
import io.github.sixps.formulation.model.PartnershipState;
import io.github.sixps.formulation.model.SiblingLink;
import io.github.sixps.formulation.render.internal.GenogramData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays a family tree out by generations, in the picture's own units, before anything is drawn:
 * where each symbol, name and line goes. Each person has a column as wide as their name, and
 * each generation a row; between rows are channels where the lines run across. So that no line
 * ever crosses a symbol or a name, lines cross a row only in the gaps between columns, run
 * across only in the channels (each in a lane of its own) or between two partners standing side
 * by side, and household outlines keep to the gaps and channels too. {@link Drawing} is what
 * comes out, and what the tests check.
 */
public final class GenogramLayout {
  private final Metrics m;
  private final GenogramData data;
  private final FamilyTree tree;
  private final int n;
  private final Map<String, Integer> index = new HashMap<>();
  private final int[] row;
  private final List<List<Integer>> rows = new ArrayList<>();
  private final double[] left;
  private final double[] width;
  private final List<List<String>> labelLines = new ArrayList<>();
  private boolean complete = true;

  private GenogramLayout(GenogramData data, Metrics metrics) {
    this.m = metrics;
    this.data = data;
    this.tree = data.tree();
    this.n = data.members().size();
    for (int i = 0; i < n; i++) {
      index.putIfAbsent(data.members().get(i).id(), i);
    }
    this.row = new int[n];
    this.left = new double[n];
    this.width = new double[n];
  }

  /** The sizes a picture is laid out with. */
  public record Metrics(double font, double symbol, double lineHeight, double gap,
      double maxLabel, double lane, double keyColumn) {
    /** For a practitioner's record: names at 14 units in a picture about 700 wide. */
    public static Metrics regular() {
      return new Metrics(14, 34, 18, 30, 132, 9, 294);
    }

    /** For a family's large print. */
    public static Metrics large() {
      return new Metrics(20, 44, 25, 34, 170, 11, 340);
    }
  }

  /** A point of the picture. */
  public record Point(double x, double y) {}

  /** How a line is drawn, which the key explains. */
  public enum Stroke {
    /** Birth children, marriages. */
    SOLID,
    /** Adopted children, partners who are not married. */
    DASHED,
    /** Children in foster care. */
    DOTTED,
    /** Step-children. */
    DASH_DOT,
    /** Children in kinship care. */
    LONG_DASH
  }

  /** A line through the given points, in order. */
  public record Line(ImmutableList<Point> points, Stroke stroke) {}

  /** A person's symbol, centred on {@code (cx, cy)}, {@code size} across. */
  public record Symbol(GenogramData.Member member, double cx, double cy, double size) {}

  /** The words under a symbol: the name's lines, then the caption's, each centred on {@code cx}. */
  public record Label(String id, double cx, double top, double width, ImmutableList<String> name,
      ImmutableList<String> caption, double lineHeight) {
    /** {@return the height of all its lines} */
    public double height() {
      return (name.size() + caption.size()) * lineHeight;
    }
  }

  /** A line round people of one household who stand side by side in one row. */
  public record Outline(int household, double x, double y, double width, double height) {}

  /** One entry of the key, laid out beneath the tree: a sample of what it explains. */
  public record KeyItem(KeyKind kind, int household, double x, double y,
      ImmutableList<String> lines) {}

  /** What a key entry explains. */
  public enum KeyKind {
    MALE, FEMALE, ANOTHER, DIED, SUBJECT, MARRIED, PARTNERS, SEPARATED, DIVORCED, BIRTH,
    ADOPTIVE, FOSTER, STEP, KINSHIP, TWINS, SIBLINGS, HOUSEHOLD
  }

  /**
   * The laid out picture.
   *
   * @param width the picture's width
   * @param height the picture's height, key included
   * @param treeHeight where the tree ends and the key begins
   * @param symbols every person's symbol
   * @param labels every person's name and caption
   * @param lines the partnership, parent and sibling lines
   * @param marks the strokes across separated and divorced partners' lines
   * @param outlines the households
   * @param key the key's entries, beneath the tree
   * @param keyTop where the key's heading goes
   * @param complete whether every relationship is drawn; when not, the words say them all
   */
  public record Drawing(double width, double height, double treeHeight,
      ImmutableList<Symbol> symbols, ImmutableList<Label> labels, ImmutableList<Line> lines,
      ImmutableList<Line> marks, ImmutableList<Outline> outlines, ImmutableList<KeyItem> key,
      double keyTop, boolean complete) {}

  /**
   * Lays out a family tree.
   *
   * @param data what to draw
   * @param metrics the sizes
   * @param keyText the key's words for each kind of entry; for households, with the household's
   *     name given as its second argument
   * @param minWidth the narrowest the picture may be, for the key's sake
   * @return where everything goes
   */
  public static Drawing of(GenogramData data, Metrics metrics,
      java.util.function.BiFunction<KeyKind, String, String> keyText, double minWidth) {
    return new GenogramLayout(data, metrics).layout(keyText, minWidth);
  }

  private int at(String id) {
    Integer i = index.get(id);
    if (i == null) {
      throw new IllegalArgumentException("not drawn: " + id);
    }
    return i;
  }

  private void generations() {
    int[] found = Generations.of(tree, this::at, n);
    int most = -1;
    for (int i = 0; i < n; i++) {
      row[i] = found[i];
      most = Math.max(most, found[i]);
    }
    for (int r = 0; r <= most; r++) {
      rows.add(new ArrayList<>());
    }
  }

  // ---------------------------------------------------------------- order and columns

  private double centre(int i) {
    return left[i] + width[i] / 2;
  }

  private double right(int i) {
    return left[i] + width[i];
  }

  /** Names wrapped to the widest a label may be; a column is as wide as its widest line. */
  private void columns() {
    for (int i = 0; i < n; i++) {
      GenogramData.Member member = data.members().get(i);
      List<String> name = TextWidth.wrap(member.name(), m.font(), m.maxLabel());
      labelLines.add(name);
      double w = m.symbol() + 6;
      for (String line : name) {
        w = Math.max(w, TextWidth.of(line, m.font()));
      }
      for (String line : caption(member)) {
        w = Math.max(w, TextWidth.of(line, m.font() * 0.9));
      }
      width[i] = w;
    }
  }

  private List<String> caption(GenogramData.Member member) {
    return member.caption().map(c -> TextWidth.wrap(c, m.font() * 0.9, m.maxLabel()))
        .orElse(List.of());
  }

  /**
   * Each row in order: everyone under the middle of their parents above where they have any,
   * partners side by side in a chain (so that someone with two partners stands between them),
   * brothers and sisters joined in the tree next to each other; then placed left to right as
   * near as they can be to where they would like to be.
   */
  private void order() {
    for (int r = 0; r < rows.size(); r++) {
      List<Integer> people = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (row[i] == r) {
          people.add(i);
        }
      }
      double[] want = new double[n];
      for (int i : people) {
        want[i] = wanted(i, r);
      }
      for (int i : people) {
        if (Double.isNaN(want[i])) {
          want[i] = fromRelatives(i, r, want);
        }
      }
      List<List<Integer>> groups = chains(people, want);
      groups.sort((a, b) -> {
        double wa = groupWant(a, want);
        double wb = groupWant(b, want);
        if (Double.isNaN(wa) != Double.isNaN(wb)) {
          return Double.isNaN(wa) ? 1 : -1;
        }
        int c = Double.isNaN(wa) ? 0 : Double.compare(wa, wb);
        return c != 0 ? c : Integer.compare(a.get(0), b.get(0));
      });
      joinSiblings(groups);
      double cursor = m.gap();
      List<Integer> placed = rows.get(r);
      for (List<Integer> g : groups) {
        double total = -m.gap();
        for (int i : g) {
          total += width[i] + m.gap();
        }
        double w = groupWant(g, want);
        double start = Double.isNaN(w) ? cursor : Math.max(cursor, w - total / 2);
        for (int i : g) {
          left[i] = start;
          start += width[i] + m.gap();
          placed.add(i);
        }
        cursor = start;
      }
    }
  }

  /** The middle of a person's parents in the rows above, or NaN when none is there. */
  private double wanted(int i, int r) {
    double sum = 0;
    int count = 0;
    for (ParentLink l : tree.parents()) {
      int p = at(l.parent());
      if (at(l.child()) == i && row[p] < r) {
        sum += centre(p);
        count++;
      }
    }
    return count == 0 ? Double.NaN : sum / count;
  }

  private double fromRelatives(int i, int r, double[] want) {
    for (Partnership p : tree.partnerships()) {
      int other = at(p.first()) == i ? at(p.second()) : at(p.second()) == i ? at(p.first()) : -1;
      if (other >= 0 && row[other] == r && !Double.isNaN(want[other])) {
        return want[other];
      }
    }
    for (SiblingLink s : tree.siblings()) {
      int other = at(s.first()) == i ? at(s.second()) : at(s.second()) == i ? at(s.first()) : -1;
      if (other >= 0 && row[other] == r && !Double.isNaN(want[other])) {
        return want[other];
      }
    }
    return Double.NaN;
  }

  private static double groupWant(List<Integer> g, double[] want) {
    double sum = 0;
    int count = 0;
    for (int i : g) {
      if (!Double.isNaN(want[i])) {
        sum += want[i];
        count++;
      }
    }
    return count == 0 ? Double.NaN : sum / count;
  }

  /**
   * Partners in a row joined into groups: a chain walked from one end where the partnerships
   * make a chain (each with at most two partners), else in the order met; whoever wants to be
   * further left first.
   */
  private List<List<Integer>> chains(List<Integer> people, double[] want) {
    Map<Integer, List<Integer>> partners = new LinkedHashMap<>();
    for (int i : people) {
      partners.put(i, new ArrayList<>());
    }
    for (Partnership p : tree.partnerships()) {
      int a = at(p.first());
      int b = at(p.second());
      if (a != b && partners.containsKey(a) && partners.containsKey(b)
          && !partners.get(a).contains(b)) {
        partners.get(a).add(b);
        partners.get(b).add(a);
      }
    }
    List<List<Integer>> groups = new ArrayList<>();
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    for (int start : people) {
      if (seen.contains(start)) {
        continue;
      }
      List<Integer> component = new ArrayList<>();
      java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>(List.of(start));
      seen.add(start);
      while (!queue.isEmpty()) {
        int i = queue.poll();
        component.add(i);
        for (int j : partners.get(i)) {
          if (seen.add(j)) {
            queue.add(j);
          }
        }
      }
      groups.add(walk(component, partners, want));
    }
    return groups;
  }

  private static List<Integer> walk(List<Integer> component, Map<Integer, List<Integer>> partners,
      double[] want) {
    int edges = 0;
    boolean chain = true;
    for (int i : component) {
      edges += partners.get(i).size();
      chain &= partners.get(i).size() <= 2;
    }
    if (component.size() < 3 || !chain || edges / 2 != component.size() - 1) {
      return component;
    }
    List<Integer> ends = new ArrayList<>();
    for (int i : component) {
      if (partners.get(i).size() == 1) {
        ends.add(i);
      }
    }
    // Whichever way round puts the one with parents further left on the left.
    List<Integer> path = new ArrayList<>();
    int previous = -1;
    int at = ends.get(0);
    while (at >= 0) {
      path.add(at);
      int next = -1;
      for (int j : partners.get(at)) {
        if (j != previous) {
          next = j;
        }
      }
      previous = at;
      at = path.contains(next) ? -1 : next;
    }
    double first = Double.NaN;
    double last = Double.NaN;
    for (int k = 0; k < path.size(); k++) {
      double w = want[path.get(k)];
      if (!Double.isNaN(w)) {
        if (Double.isNaN(first)) {
          first = w - k;
        }
        last = w - k;
      }
    }
    if (!Double.isNaN(first) && first > last) {
      java.util.Collections.reverse(path);
    }
    return path;
  }

  /** A brother or sister joined in the tree, standing alone, is moved next to their sibling. */
  private void joinSiblings(List<List<Integer>> groups) {
    for (SiblingLink s : tree.siblings()) {
      List<Integer> a = groupOf(groups, at(s.first()));
      List<Integer> b = groupOf(groups, at(s.second()));
      if (a == null || b == null || a == b || b.size() != 1) {
        continue;
      }
      groups.remove(b);
      groups.add(groups.indexOf(a) + 1, b);
    }
  }

  private static List<Integer> groupOf(List<List<Integer>> groups, int i) {
    for (List<Integer> g : groups) {
      if (g.contains(i)) {
        return g;
      }
    }
    return null;
  }

  private int position(int i) {
    return rows.get(row[i]).indexOf(i);
  }

  private boolean sideBySide(int a, int b) {
    return row[a] == row[b] && Math.abs(position(a) - position(b)) == 1;
  }

  /** The middle of the gap between two people standing side by side. */
  private double between(int a, int b) {
    int l = position(a) < position(b) ? a : b;
    int r = l == a ? b : a;
    return (right(l) + left[r]) / 2;
  }

  /** The gaps of a row: left of the first column, and right of each. */
  private List<Double> gaps(int r) {
    List<Double> gaps = new ArrayList<>();
    List<Integer> people = rows.get(r);
    if (!people.isEmpty()) {
      gaps.add(left[people.get(0)] - m.gap() / 2);
    }
    for (int k = 0; k < people.size(); k++) {
      int i = people.get(k);
      gaps.add(k + 1 < people.size() ? (right(i) + left[people.get(k + 1)]) / 2
          : right(i) + m.gap() / 2);
    }
    return gaps;
  }

  // ---------------------------------------------------------------- routes

  /** A horizontal run of a line in a channel, sharing a lane with its group. */
  private static final class Leg {
    final int channel;
    final String group;
    final double from;
    final double to;
    double y;

    Leg(int channel, String group, double from, double to) {
      this.channel = channel;
      this.group = group;
      this.from = from;
      this.to = to;
    }
  }

  /** A line still to be given its lanes' heights. */
  private final class Route {
    final List<Leg> legs = new ArrayList<>();
    final Stroke stroke;
    /** The start: a point on a row's middle line, and where it leaves its symbol, if it does. */
    final double startX;
    final int startRow;
    final double startDy;
    final double leadFrom;
    /** The end: the top of the symbol at {@code finalX}, reached from the last lane. */
    final double finalX;
    final int endRow;
    /** Whether the line leaves from the top of the start's symbol (a line over heads). */
    final boolean fromTop;

    Route(Stroke stroke, double startX, int startRow, double startDy, double leadFrom,
        double finalX, int endRow, boolean fromTop) {
      this.stroke = stroke;
      this.startX = startX;
      this.startRow = startRow;
      this.startDy = startDy;
      this.leadFrom = leadFrom;
      this.finalX = finalX;
      this.endRow = endRow;
      this.fromTop = fromTop;
    }
  }

  private final List<Route> routes = new ArrayList<>();
  private final List<int[]> straightPartners = new ArrayList<>();
  private final List<Partnership> straightStates = new ArrayList<>();
  private final List<Route> bracketPartners = new ArrayList<>();
  private final List<Partnership> bracketStates = new ArrayList<>();

  /** {@return how a line down to a child linked this way is drawn} */
  public static Stroke stroke(ParentKind kind) {
    switch (kind) {
      case ADOPTIVE:
        return Stroke.DASHED;
      case FOSTER:
        return Stroke.DOTTED;
      case STEP:
        return Stroke.DASH_DOT;
      case KINSHIP:
        return Stroke.LONG_DASH;
      default:
        return Stroke.SOLID;
    }
  }

  private static Stroke stroke(PartnershipState state) {
    return state == PartnershipState.PARTNERS ? Stroke.DASHED : Stroke.SOLID;
  }

  private void routes() {
    for (Partnership p : tree.partnerships()) {
      int a = at(p.first());
      int b = at(p.second());
      if (row[a] != row[b]) {
        complete = false;
      } else if (sideBySide(a, b)) {
        straightPartners.add(new int[] {a, b});
        straightStates.add(p);
      } else {
        Route r = over(a, b, "partners:" + a + ":" + b, stroke(p.state()));
        bracketPartners.add(r);
        bracketStates.add(p);
      }
    }
    Map<Integer, Double> twinMiddle = new HashMap<>();
    for (SiblingLink s : tree.siblings()) {
      int a = at(s.first());
      int b = at(s.second());
      String unitA = unit(a);
      if (s.twins() && sideBySide(a, b) && unitA != null && unitA.equals(unit(b))) {
        double middle = (centre(a) + centre(b)) / 2;
        twinMiddle.put(a, middle);
        twinMiddle.put(b, middle);
      } else if (row[a] == row[b]) {
        over(a, b, "siblings:" + a + ":" + b, Stroke.SOLID);
      } else {
        complete = false;
      }
    }
    for (int c = 0; c < n; c++) {
      List<ParentLink> links = new ArrayList<>();
      for (ParentLink l : tree.parents()) {
        if (at(l.child()) == c) {
          links.add(l);
        }
      }
      int[] unit = bestUnit(c, links);
      double endX = twinMiddle.getOrDefault(c, centre(c));
      if (unit != null) {
        ParentLink first = linkOf(links, unit[0]);
        ParentLink second = linkOf(links, unit[1]);
        ParentKind kind = first.kind() == ParentKind.BIRTH ? second.kind() : first.kind();
        // Children of one kind share a bar; an adopted or fostered child's line turns at a
        // lane of its own, so that two kinds of line never run together.
        down(stroke(kind), between(unit[0], unit[1]), row[unit[0]], 0, Double.NaN, endX, c,
            "unit:" + Math.min(unit[0], unit[1]) + ":" + Math.max(unit[0], unit[1]) + ":"
            + stroke(kind), 0);
        links.remove(first);
        links.remove(second);
      }
      for (ParentLink l : links) {
        int p = at(l.parent());
        if (row[p] >= row[c]) {
          complete = false;
          continue;
        }
        sideways(p, c, l.kind(), centre(c));
      }
    }
  }

  /** The unit of parents a child hangs from, as {@link #bestUnit} finds it, as a key. */
  private String unit(int c) {
    List<ParentLink> links = new ArrayList<>();
    for (ParentLink l : tree.parents()) {
      if (at(l.child()) == c) {
        links.add(l);
      }
    }
    int[] u = bestUnit(c, links);
    return u == null ? null : Math.min(u[0], u[1]) + ":" + Math.max(u[0], u[1]);
  }

  private ParentLink linkOf(List<ParentLink> links, int parent) {
    for (ParentLink l : links) {
      if (at(l.parent()) == parent) {
        return l;
      }
    }
    throw new IllegalStateException("no link from " + parent);
  }

  /**
   * Two of a child's parents who are partners standing side by side above the child, the child
   * then hanging from the line between them; birth parents first, then two of the same kind.
   */
  private int[] bestUnit(int c, List<ParentLink> links) {
    int[] best = null;
    int bestScore = -1;
    for (int[] pair : straightPartners) {
      ParentLink a = null;
      ParentLink b = null;
      for (ParentLink l : links) {
        if (at(l.parent()) == pair[0] && a == null) {
          a = l;
        } else if (at(l.parent()) == pair[1] && b == null) {
          b = l;
        }
      }
      if (a == null || b == null || row[pair[0]] >= row[c]) {
        continue;
      }
      int score = (a.kind() == b.kind() ? 2 : 0)
          + (a.kind() == ParentKind.BIRTH && b.kind() == ParentKind.BIRTH ? 1 : 0);
      if (score > bestScore) {
        bestScore = score;
        best = pair;
      }
    }
    return best;
  }

  /** A line from a parent's side, in the gap beside them, down to a child. */
  private void sideways(int p, int c, ParentKind kind, double endX) {
    int k = position(p);
    List<Integer> people = rows.get(row[p]);
    boolean partnerRight = k + 1 < people.size() && partnered(p, people.get(k + 1));
    boolean partnerLeft = k > 0 && partnered(p, people.get(k - 1));
    boolean toRight = !partnerRight || partnerLeft;
    double gapX = toRight ? right(p) + m.gap() / 2 : left[p] - m.gap() / 2;
    double dy = partnerRight && partnerLeft ? m.symbol() * 0.3 : 0;
    double edge = centre(p) + (toRight ? 1 : -1) * m.symbol() / 2;
    // Through a row on the way, a quarter of a gap aside from where parents' lines come down.
    down(stroke(kind), gapX, row[p], dy, edge, endX, c, "one:" + p + ":" + kind,
        m.gap() / 4);
  }

  private boolean partnered(int a, int b) {
    for (int[] pair : straightPartners) {
      if ((pair[0] == a && pair[1] == b) || (pair[0] == b && pair[1] == a)) {
        return true;
      }
    }
    return false;
  }

  /** A line from {@code (x, middle of row)} down through the channels to a child's top. */
  private void down(Stroke stroke, double x, int fromRow, double dy, double leadFrom,
      double endX, int child, String group, double aside) {
    Route r = new Route(stroke, x, fromRow, dy, leadFrom, centre(child), row[child], false);
    double at = x;
    for (int channel = fromRow + 1; channel <= row[child]; channel++) {
      double to = channel == row[child] ? endX : nearest(gaps(channel), endX) + aside;
      r.legs.add(new Leg(channel, group + ":" + channel, at, to));
      at = to;
    }
    routes.add(r);
  }

  /** A line over two people's heads in the channel above their row. */
  private Route over(int a, int b, String group, Stroke stroke) {
    Route r = new Route(stroke, centre(a), row[a], 0, Double.NaN, centre(b), row[b], true);
    r.legs.add(new Leg(row[a], group, centre(a), centre(b)));
    routes.add(r);
    return r;
  }

  private static double nearest(List<Double> gaps, double x) {
    double best = gaps.get(0);
    for (double g : gaps) {
      if (Math.abs(g - x) < Math.abs(best - x)) {
        best = g;
      }
    }
    return best;
  }

  // ---------------------------------------------------------------- heights

  private double[] rowTop;
  private double[] labelTop;
  private double[] rowBottom;

  /** Lanes in each channel, then each row's top, the rows' heights set by their labels. */
  private double heights() {
    int channels = rows.size() + 1;
    Map<Integer, Map<String, double[]>> spans = new HashMap<>();
    for (Route r : routes) {
      for (Leg leg : r.legs) {
        spans.computeIfAbsent(leg.channel, k -> new LinkedHashMap<>()).merge(leg.group,
            new double[] {Math.min(leg.from, leg.to), Math.max(leg.from, leg.to)},
            (x, y) -> new double[] {Math.min(x[0], y[0]), Math.max(x[1], y[1])});
      }
    }
    Map<String, Integer> lanes = new HashMap<>();
    int[] laneCount = new int[channels];
    for (int ch = 0; ch < channels; ch++) {
      Map<String, double[]> groups = spans.getOrDefault(ch, Map.of());
      List<Map.Entry<String, double[]>> sorted = new ArrayList<>(groups.entrySet());
      sorted.sort((a, b) -> Double.compare(a.getValue()[0], b.getValue()[0]));
      List<Double> ends = new ArrayList<>();
      for (Map.Entry<String, double[]> g : sorted) {
        int lane = 0;
        while (lane < ends.size() && ends.get(lane) + m.lane() > g.getValue()[0]) {
          lane++;
        }
        if (lane == ends.size()) {
          ends.add(g.getValue()[1]);
        } else {
          ends.set(lane, g.getValue()[1]);
        }
        lanes.put(ch + "|" + g.getKey(), lane);
      }
      laneCount[ch] = ends.size();
    }
    rowTop = new double[rows.size()];
    labelTop = new double[rows.size()];
    rowBottom = new double[rows.size()];
    double[] channelTop = new double[channels];
    double y = 0;
    for (int ch = 0; ch < channels; ch++) {
      channelTop[ch] = y;
      double least = ch == 0 ? m.lane() : ch == rows.size() ? m.lane() : m.font() * 1.4;
      y += Math.max(least, (laneCount[ch] + 1) * m.lane());
      if (ch < rows.size()) {
        rowTop[ch] = y;
        labelTop[ch] = y + m.symbol() + m.font() * 0.35;
        double tallest = 0;
        for (int i : rows.get(ch)) {
          tallest = Math.max(tallest, (labelLines.get(i).size() + caption(data.members().get(i))
              .size()) * m.lineHeight());
        }
        rowBottom[ch] = labelTop[ch] + tallest + m.font() * 0.3;
        y = rowBottom[ch] + m.lane();
      }
    }
    for (Route r : routes) {
      for (Leg leg : r.legs) {
        leg.y = channelTop[leg.channel] + (lanes.get(leg.channel + "|" + leg.group) + 1)
            * m.lane();
      }
    }
    return y;
  }

  private double middle(int r) {
    return rowTop[r] + m.symbol() / 2;
  }

  // ---------------------------------------------------------------- the drawing

  private Drawing layout(java.util.function.BiFunction<KeyKind, String, String> keyText,
      double minWidth) {
    generations();
    columns();
    order();
    routes();
    double treeBottom = heights();

    double widest = 0;
    for (int i = 0; i < n; i++) {
      widest = Math.max(widest, right(i) + m.gap());
    }
    List<Symbol> symbols = new ArrayList<>();
    List<Label> labels = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      symbols.add(new Symbol(data.members().get(i), centre(i), middle(row[i]), m.symbol()));
      labels.add(new Label(data.members().get(i).id(), centre(i), labelTop[row[i]], width[i],
          ImmutableList.copyOf(labelLines.get(i)), ImmutableList.copyOf(caption(
              data.members().get(i))), m.lineHeight()));
    }
    List<Line> lines = new ArrayList<>();
    List<Line> marks = new ArrayList<>();
    for (int k = 0; k < straightPartners.size(); k++) {
      int[] pair = straightPartners.get(k);
      int l = position(pair[0]) < position(pair[1]) ? pair[0] : pair[1];
      int r = l == pair[0] ? pair[1] : pair[0];
      double y = middle(row[l]);
      double from = centre(l) + m.symbol() / 2;
      double to = centre(r) - m.symbol() / 2;
      PartnershipState state = straightStates.get(k).state();
      lines.add(new Line(ImmutableList.of(new Point(from, y), new Point(to, y)), stroke(state)));
      double gap = between(l, r);
      double x = from + 10 < gap - 10 ? (from + gap) / 2 : gap;
      marks.addAll(strokes(state, x, y));
    }
    for (Route r : routes) {
      lines.add(new Line(points(r), r.stroke));
    }
    for (int k = 0; k < bracketPartners.size(); k++) {
      Route r = bracketPartners.get(k);
      Leg leg = r.legs.get(0);
      marks.addAll(strokes(bracketStates.get(k).state(), (leg.from + leg.to) / 2, leg.y));
    }
    List<Outline> outlines = outlines();
    double width = Math.max(widest, minWidth);
    List<KeyItem> key = new ArrayList<>();
    // Room under the tree, when some relationship is not drawn, for a note saying so.
    double keyTop = treeBottom + m.font() + (complete ? 0 : m.lineHeight() * 2.5);
    double keyBottom = GenogramKey.layout(data, m, keyText, key, keyTop + m.font() * 1.6,
        width);
    return new Drawing(width, keyBottom, treeBottom, ImmutableList.copyOf(symbols),
        ImmutableList.copyOf(labels), ImmutableList.copyOf(lines), ImmutableList.copyOf(marks),
        ImmutableList.copyOf(outlines), ImmutableList.copyOf(key), keyTop, complete);
  }

  private ImmutableList<Point> points(Route r) {
    List<Point> points = new ArrayList<>();
    double y0 = r.fromTop ? rowTop[r.startRow] : middle(r.startRow) + r.startDy;
    if (!Double.isNaN(r.leadFrom)) {
      points.add(new Point(r.leadFrom, y0));
    }
    points.add(new Point(r.startX, y0));
    for (Leg leg : r.legs) {
      points.add(new Point(leg.from, leg.y));
      points.add(new Point(leg.to, leg.y));
    }
    // A twin's line runs from the point on the bar the twins share to the twin's own symbol.
    points.add(new Point(r.finalX, rowTop[r.endRow]));
    return ImmutableList.copyOf(points);
  }

  private List<Line> strokes(PartnershipState state, double x, double y) {
    int count = state == PartnershipState.SEPARATED ? 1
        : state == PartnershipState.DIVORCED ? 2 : 0;
    List<Line> marks = new ArrayList<>();
    double h = Math.min(m.symbol() * 0.3, m.lane() * 0.9);
    for (int k = 0; k < count; k++) {
      double dx = count == 1 ? 0 : (k == 0 ? -3.5 : 3.5);
      marks.add(new Line(ImmutableList.of(new Point(x + dx - h * 0.5, y + h),
          new Point(x + dx + h * 0.5, y - h)), Stroke.SOLID));
    }
    return marks;
  }

  /**
   * A line round each run of a household's members standing side by side in a row, kept within
   * the gaps and the channels; a second household round the same people is drawn inside.
   */
  private List<Outline> outlines() {
    List<Outline> outlines = new ArrayList<>();
    for (int h = 0; h < tree.households().size(); h++) {
      java.util.Set<Integer> members = new java.util.HashSet<>();
      tree.households().get(h).members().forEach(id -> members.add(at(id)));
      double pad = m.gap() * (0.36 - 0.1 * (h % 3));
      double vpad = m.lane() * (0.8 - 0.2 * (h % 3));
      for (int r = 0; r < rows.size(); r++) {
        List<Integer> people = rows.get(r);
        int k = 0;
        while (k < people.size()) {
          if (!members.contains(people.get(k))) {
            k++;
            continue;
          }
          int start = k;
          while (k + 1 < people.size() && members.contains(people.get(k + 1))) {
            k++;
          }
          double x = left[people.get(start)] - pad;
          double w = right(people.get(k)) + pad - x;
          outlines.add(new Outline(h, x, rowTop[r] - vpad, w,
              rowBottom[r] + vpad - (rowTop[r] - vpad)));
          k++;
        }
      }
    }
    return outlines;
  }
}

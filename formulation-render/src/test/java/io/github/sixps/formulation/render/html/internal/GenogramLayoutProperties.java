package io.github.sixps.formulation.render.html.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.model.EventDate;
import io.github.sixps.formulation.model.FamilyTree;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Gender;
import io.github.sixps.formulation.model.Household;
import io.github.sixps.formulation.model.ParentKind;
import io.github.sixps.formulation.model.ParentLink;
import io.github.sixps.formulation.model.Partnership;
import io.github.sixps.formulation.model.PartnershipState;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.model.PersonRole;
import io.github.sixps.formulation.model.SiblingLink;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.html.HtmlRenderer;
import io.github.sixps.formulation.render.internal.Block;
import io.github.sixps.formulation.render.internal.DocumentBuilder;
import io.github.sixps.formulation.render.internal.GenogramData;
import io.github.sixps.formulation.render.internal.Words;
import io.github.sixps.formulation.render.internal.genogram.GenogramLayout;
import io.github.sixps.formulation.render.internal.genogram.TextWidth;
import io.github.sixps.formulation.render.testing.Families;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Over generated families (generations of parents and children linked by birth, adoption,
 * foster, step and kinship care, partnerships in every state, twins, deaths, households, and
 * names that are long, right to left, emoji or in any script) the family tree's layout never
 * puts two symbols on each other, never runs a line or an outline through a name or a symbol,
 * keeps every name inside its own room, and its words state every relationship.
 */
class GenogramLayoutProperties {
  private static final List<String> NAMES = List.of("Kai", "Lena", "Nana June",
      "Grandad Frank", "عائشة", "דוד", "Zoë", "Łukasz", "张伟", "김민준", "🙂 Sunny",
      "👩‍👧‍👦", "Mary-Jane Wolstenholme-Featherstonehaugh",
      "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "Ngozi Chukwuemeka Adaeze", "e\u0301mile", "\u202Eevil", "<b>Bo</b>", "", " ");

  /** A random family, built from a seed so that jqwik can shrink to the smallest failing one. */
  static Formulation family(long seed, int size, boolean large) {
    Random r = new Random(seed);
    int n = 1 + r.nextInt(size);
    List<Person> people = new ArrayList<>();
    int[] generation = new int[n];
    for (int i = 0; i < n; i++) {
      generation[i] = r.nextInt(4);
      String name = NAMES.get(r.nextInt(NAMES.size()));
      if (r.nextInt(8) == 0) {
        name = name.repeat(1 + r.nextInt(6));
      }
      // Each name is made unique, so that a sentence can be traced to the people it names.
      Person p = Person.of("p" + i, name + " ⟨" + i + "⟩",
          r.nextInt(5) == 0 ? PersonRole.CHILD : PersonRole.RELATIVE);
      int g = r.nextInt(4);
      if (g < 3) {
        p = p.withGender(Gender.values()[g]);
      }
      if (r.nextInt(5) == 0) {
        p = p.withDied(EventDate.year(1990 + r.nextInt(30)));
      } else if (r.nextBoolean()) {
        p = p.withAge(r.nextInt(90));
      }
      people.add(p);
    }
    List<ParentLink> parents = new ArrayList<>();
    List<Partnership> partnerships = new ArrayList<>();
    List<SiblingLink> siblings = new ArrayList<>();
    Set<String> pairs = new HashSet<>();
    for (int k = 0; k < n * 2; k++) {
      int a = r.nextInt(n);
      int b = r.nextInt(n);
      if (a == b || !pairs.add(Math.min(a, b) + ":" + Math.max(a, b))) {
        continue;
      }
      int choice = r.nextInt(10);
      if (choice < 5 && generation[a] != generation[b]) {
        int parent = generation[a] < generation[b] ? a : b;
        int child = parent == a ? b : a;
        parents.add(new ParentLink("p" + parent, "p" + child,
            ParentKind.values()[r.nextInt(ParentKind.values().length)]));
      } else if (choice < 8 && (generation[a] == generation[b] || r.nextInt(4) == 0)) {
        PartnershipState state = PartnershipState.values()[r.nextInt(4)];
        partnerships.add(new Partnership("p" + a, "p" + b, state,
            r.nextBoolean() ? Optional.of(EventDate.year(2000 + r.nextInt(20))) : Optional.empty(),
            r.nextBoolean() ? Optional.of(EventDate.month(2020, 1 + r.nextInt(12)))
                : Optional.empty()));
      } else if (generation[a] == generation[b]) {
        siblings.add(new SiblingLink("p" + a, "p" + b, r.nextBoolean()));
      }
    }
    List<Household> households = new ArrayList<>();
    for (int h = 0; h < r.nextInt(4); h++) {
      List<String> members = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (r.nextInt(3) == 0) {
          members.add("p" + i);
        }
      }
      if (!members.isEmpty()) {
        households.add(r.nextBoolean() ? Household.of("h" + h, members)
            : new Household("h" + h, Optional.of("Home ⟨h" + h + "⟩"),
                com.google.common.collect.ImmutableList.copyOf(members)));
      }
    }
    return Formulation.builder().people(people).family(FamilyTree.builder().parents(parents)
        .partnerships(partnerships).siblings(siblings).households(households).build()).build();
  }

  static GenogramData data(Formulation f, Audience audience) {
    DocumentBuilder builder = new DocumentBuilder(HtmlRenderer.builder().audience(audience)
        .view(io.github.sixps.formulation.render.View.GENOGRAM).options());
    return builder.build(f).sections().stream().filter(s -> s.id().equals("genogram"))
        .flatMap(s -> s.body().stream()).filter(b -> b instanceof Block.Genogram)
        .map(b -> ((Block.Genogram) b).data()).findFirst().orElseThrow();
  }

  private static Words words() {
    return new DocumentBuilder(HtmlRenderer.builder().options()).words();
  }

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs();
  }

  @Property(tries = 400)
  void nothingOverlapsAndNoLineCrossesAName(@ForAll("seeds") long seed,
      @ForAll boolean large) {
    Formulation f = family(seed, 14, large);
    if (f.family().isEmpty()) {
      return;
    }
    Audience audience = large ? Audience.FAMILY : Audience.PRACTITIONER;
    GenogramData data = data(f, audience);
    GenogramLayout.Drawing d = GenogramSvg.layout(data, words(), large);
    checkGeometry(d);
  }

  @Property(tries = 300)
  void theWordsStateEveryRelationship(@ForAll("seeds") long seed) {
    Formulation f = family(seed, 12, false);
    if (f.family().isEmpty()) {
      return;
    }
    GenogramData data = data(f, Audience.PRACTITIONER);
    List<String> sentences = data.sentences();
    FamilyTree t = f.family();
    for (ParentLink l : t.parents()) {
      String word = switch (l.kind()) {
        case BIRTH -> "'s " + switch (gender(f, l.parent())) {
          case "female" -> "mother";
          case "male" -> "father";
          default -> "parent";
        };
        case ADOPTIVE -> "adoptive";
        case STEP -> "step";
        case FOSTER -> "foster carer";
        case KINSHIP -> "kinship carer";
      };
      assertTrue(states(sentences, word, name(f, l.parent()), name(f, l.child())),
          l + " is in " + sentences);
    }
    for (Partnership p : t.partnerships()) {
      String word = switch (p.state()) {
        case MARRIED -> "married";
        case PARTNERS -> "partners";
        case SEPARATED -> "separated";
        case DIVORCED -> "divorced";
      };
      assertTrue(states(sentences, word, name(f, p.first()), name(f, p.second())),
          p + " is in " + sentences);
    }
    for (SiblingLink s : t.siblings()) {
      assertTrue(states(sentences, s.twins() ? "twins" : "brothers or sisters",
          name(f, s.first()), name(f, s.second())), s + " is in " + sentences);
    }
    for (Household h : t.households()) {
      String[] names = h.members().stream().distinct().map(id -> name(f, id))
          .toArray(String[]::new);
      assertTrue(states(sentences, "live together", names), h + " is in " + sentences);
    }
    for (Person p : f.people()) {
      if (p.died().isPresent() && data.members().stream().anyMatch(m -> m.id().equals(p.id()))) {
        assertTrue(states(sentences, "died", name(f, p.id())), p + " is in " + sentences);
      }
    }
  }

  /** The three families of the tests, drawn at both sizes, pass the same checks. */
  @Example
  void theFixedFamiliesAreLaidOutCleanly() {
    for (Formulation f : List.of(Families.blended(), Families.kinship(), Families.foster())) {
      for (boolean large : new boolean[] {false, true}) {
        GenogramLayout.Drawing d = GenogramSvg.layout(data(f,
            large ? Audience.FAMILY : Audience.PRACTITIONER), words(), large);
        checkGeometry(d);
        assertTrue(d.complete(), f.title() + " is drawn whole");
      }
    }
  }

  private static String gender(Formulation f, String id) {
    return f.find(id, Person.class).flatMap(Person::gender)
        .map(g -> g == Gender.FEMALE ? "female" : g == Gender.MALE ? "male" : "other")
        .orElse("other");
  }

  /** The name a sentence uses: the name as written, or the words for a blank one. */
  private static String name(Formulation f, String id) {
    String name = f.find(id, Person.class).orElseThrow().name();
    return name.isBlank() ? words().text("document.notWritten") : name;
  }

  private static boolean states(List<String> sentences, String word, String... names) {
    return sentences.stream().anyMatch(s -> s.contains(word)
        && java.util.Arrays.stream(names).allMatch(s::contains));
  }

  /** A box: left, top, right, bottom. */
  private record Box(double x1, double y1, double x2, double y2, String what) {
    boolean overlaps(Box o) {
      return x1 < o.x2 && o.x1 < x2 && y1 < o.y2 && o.y1 < y2;
    }

    /** Whether the segment enters the box's inside (touching its edge is allowed). */
    boolean crossedBy(GenogramLayout.Point a, GenogramLayout.Point b) {
      double e = 0.5;
      double lx = x1 + e;
      double ly = y1 + e;
      double hx = x2 - e;
      double hy = y2 - e;
      if (lx >= hx || ly >= hy) {
        return false;
      }
      // Liang-Barsky clipping of the segment against the shrunk box.
      double t0 = 0;
      double t1 = 1;
      double dx = b.x() - a.x();
      double dy = b.y() - a.y();
      double[] p = {-dx, dx, -dy, dy};
      double[] q = {a.x() - lx, hx - a.x(), a.y() - ly, hy - a.y()};
      for (int i = 0; i < 4; i++) {
        if (p[i] == 0) {
          if (q[i] < 0) {
            return false;
          }
        } else {
          double t = q[i] / p[i];
          if (p[i] < 0) {
            t0 = Math.max(t0, t);
          } else {
            t1 = Math.min(t1, t);
          }
        }
      }
      return t0 < t1;
    }
  }

  static void checkGeometry(GenogramLayout.Drawing d) {
    List<Box> symbols = d.symbols().stream().map(s -> new Box(s.cx() - s.size() / 2,
        s.cy() - s.size() / 2, s.cx() + s.size() / 2, s.cy() + s.size() / 2,
        "symbol of " + s.member().id())).collect(Collectors.toList());
    List<Box> labels = new ArrayList<>();
    for (GenogramLayout.Label l : d.labels()) {
      if (l.height() == 0) {
        continue;
      }
      labels.add(new Box(l.cx() - l.width() / 2, l.top(), l.cx() + l.width() / 2,
          l.top() + l.height(), "name of " + l.id()));
      for (String line : l.name()) {
        assertTrue(TextWidth.of(line, GenogramLayout.Metrics.regular().font()) <= l.width() + 0.01
            || TextWidth.of(line, GenogramLayout.Metrics.large().font()) <= l.width() + 0.01,
            "the line " + line + " fits its room");
      }
    }
    List<Box> all = new ArrayList<>(symbols);
    all.addAll(labels);
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        assertFalse(all.get(i).overlaps(all.get(j)), all.get(i) + " overlaps " + all.get(j));
      }
      Box b = all.get(i);
      assertTrue(b.x1() >= 0 && b.x2() <= d.width() && b.y1() >= 0
          && b.y2() <= d.treeHeight(), b + " is inside the picture " + d.width());
    }
    List<List<GenogramLayout.Point>> segments = new ArrayList<>();
    d.lines().forEach(l -> segments.add(l.points()));
    d.marks().forEach(l -> segments.add(l.points()));
    for (GenogramLayout.Outline o : d.outlines()) {
      GenogramLayout.Point a = new GenogramLayout.Point(o.x(), o.y());
      GenogramLayout.Point b = new GenogramLayout.Point(o.x() + o.width(), o.y());
      GenogramLayout.Point c = new GenogramLayout.Point(o.x() + o.width(), o.y() + o.height());
      GenogramLayout.Point e = new GenogramLayout.Point(o.x(), o.y() + o.height());
      segments.add(List.of(a, b, c, e, a));
    }
    for (List<GenogramLayout.Point> line : segments) {
      for (int k = 0; k + 1 < line.size(); k++) {
        for (Box b : all) {
          assertFalse(b.crossedBy(line.get(k), line.get(k + 1)),
              "the line " + line + " crosses " + b);
        }
      }
    }
    for (GenogramLayout.KeyItem k : d.key()) {
      assertTrue(k.y() > d.treeHeight(), "the key is below the tree");
    }
  }
}

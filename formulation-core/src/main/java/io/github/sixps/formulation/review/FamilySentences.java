package io.github.sixps.formulation.review;

import static io.github.sixps.formulation.review.Names.name;
import static io.github.sixps.formulation.review.Names.names;
import static io.github.sixps.formulation.review.Quotation.plain;
import static io.github.sixps.formulation.review.Sentences.capital;

import io.github.sixps.formulation.model.FamilyTree;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Household;
import io.github.sixps.formulation.model.ParentLink;
import io.github.sixps.formulation.model.Partnership;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.model.SiblingLink;
import java.util.ArrayList;
import java.util.List;

/**
 * The family tree said in sentences, one for each relationship, household and death: "Lena is
 * Kai's birth parent.", "Lena and Daniel have separated, from 2020.". The same words serve the
 * changes between versions and anyone who reads the tree rather than looks at it.
 *
 * <pre>{@code
 * List<String> said = FamilySentences.of(formulation);
 * }</pre>
 */
public final class FamilySentences {
  private FamilySentences() {}

  /**
   * Every relationship, household and death the formulation records, each as a sentence.
   * People are named as the formulation names them; an id no person has is given as written.
   *
   * @param f the formulation
   * @return the sentences, parents first, then partners, brothers and sisters, households and
   *     deaths; empty when no family tree and no death is recorded
   */
  public static List<String> of(Formulation f) {
    FamilyTree tree = f.family();
    List<String> out = new ArrayList<>();
    tree.parents().forEach(p -> out.add(capital(parent(f, p)) + "."));
    tree.partnerships().forEach(p -> out.add(capital(partnership(f, p)) + "."));
    tree.siblings().forEach(s -> out.add(capital(sibling(f, s)) + "."));
    tree.households().forEach(h -> out.add(household(f, h)));
    for (Person p : f.people()) {
      p.died().ifPresent(d -> out.add(capital(name(f, p.id())) + " died"
          + (d.approximate() ? " " : " in ") + Sentences.eventDate(d) + "."));
    }
    return out;
  }

  static String parentWords(ParentLink link) {
    return switch (link.kind()) {
      case BIRTH -> "birth parent";
      case ADOPTIVE -> "adoptive parent";
      case STEP -> "step-parent";
      case FOSTER -> "foster carer";
      case KINSHIP -> "kinship carer";
    };
  }

  static String parent(Formulation f, ParentLink link) {
    return name(f, link.parent()) + " is " + name(f, link.child()) + "'s " + parentWords(link);
  }

  static String partnership(Formulation f, Partnership p) {
    String both = name(f, p.first()) + " and " + name(f, p.second());
    String state = switch (p.state()) {
      case MARRIED -> " are married";
      case PARTNERS -> " are partners";
      case SEPARATED -> " have separated";
      case DIVORCED -> " are divorced";
    };
    return both + state + p.from().map(d -> ", from " + Sentences.eventDate(d)).orElse("")
        + p.until().map(d -> ", until " + Sentences.eventDate(d)).orElse("");
  }

  static String sibling(Formulation f, SiblingLink s) {
    return name(f, s.first()) + " and " + name(f, s.second()) + " are "
        + (s.twins() ? "twins" : "brothers or sisters");
  }

  private static String household(Formulation f, Household h) {
    String home = h.name().filter(n -> !n.isBlank()).map(n -> plain(n) + ": ").orElse("");
    List<String> who = names(f, h.members());
    if (who.isEmpty()) {
      return home.isEmpty() ? "A household with nobody in it yet." : home
          + "nobody is recorded as living there yet.";
    }
    String said = Sentences.joinedWithAnd(who)
        + (who.size() == 1 ? " lives on their own." : " live together.");
    return home.isEmpty() ? capital(said) : home + said;
  }
}

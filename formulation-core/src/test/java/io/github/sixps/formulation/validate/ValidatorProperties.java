package io.github.sixps.formulation.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Item;
import io.github.sixps.formulation.testing.Formulations;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The validator over any draft: it never throws, it is deterministic, it keeps document order. */
class ValidatorProperties {
  private static final List<Validator> VALIDATORS = List.of(
      Validator.standard(),
      Validator.builder().profile(Profile.draft()).build(),
      Validator.builder().profile(Profile.strict()).build());

  private static final Set<String> CODES = Validator.standard().rules().stream()
      .map(Rule::code).collect(Collectors.toSet());

  /**
   * The top-level places of a file, in the order a file sets them out; "" (the formulation as a
   * whole) comes first. Written out here, independently of the validator's own ordering.
   */
  private static final List<String> SECTIONS = List.of(
      "", "schema", "id", "title", "formulatedOn", "status", "framework",
      "people", "family", "contributors", "events", "presenting",
      "predisposing", "precipitating", "perpetuating", "protective",
      "childsVoice", "hypothesis", "plan", "plan.goals", "plan.actions", "plan.nextReview",
      "reviews");

  @Provide
  Arbitrary<Formulation> drafts() {
    return Formulations.drafts();
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Formulations.date();
  }

  // Generating drafts costs far more than validating them, so each property checks several
  // things of one generated draft.

  /**
   * Under every built-in profile the validator never throws, and every finding has a path, a
   * known code, the severity the profile gives it, a message and no blank suggestion.
   */
  @Property(tries = 1000)
  void neverThrowsAndEveryFindingIsWellFormed(@ForAll("drafts") Formulation f,
      @ForAll("dates") LocalDate asOf) {
    for (Validator v : VALIDATORS) {
      ValidationReport report = v.validate(f, asOf);
      assertNotNull(report);
      for (Finding finding : report.findings()) {
        assertNotNull(finding.path());
        assertTrue(CODES.contains(finding.code()), finding::toString);
        assertEquals(v.severityOf(finding.code()).orElseThrow(), finding.severity(),
            finding::toString);
        assertFalse(finding.message().isBlank(), finding::toString);
        finding.suggestion().ifPresent(s -> assertFalse(s.isBlank(), finding::toString));
      }
    }
  }

  /** The same input gives an equal report, and its findings are in document order. */
  @Property(tries = 1000)
  void sameInputSameReportInDocumentOrder(@ForAll("drafts") Formulation f,
      @ForAll("dates") LocalDate asOf) {
    ValidationReport first = Validator.standard().validate(f, asOf);
    assertEquals(first, Validator.standard().validate(f, asOf));
    assertEquals(first, Validator.standard().validate(f.toBuilder().build(), asOf),
        "an equal formulation gets an equal report");
    assertEquals(first.toString(), Validator.standard().validate(f, asOf).toString());
    List<Finding> findings = first.findings();
    Map<String, Integer> itemIndex = plainItemIndex(f);
    int[] previous = null;
    Finding before = null;
    for (Finding finding : findings) {
      int[] at = place(finding.path(), itemIndex);
      if (previous != null) {
        String message = "out of document order:\n" + before + "\n" + finding;
        assertTrue(at[0] >= previous[0], message);
        if (at[0] == previous[0]) {
          assertTrue(at[1] >= previous[1], message);
        }
      }
      previous = at;
      before = finding;
    }
  }

  private static final Pattern INDEXED = Pattern.compile("^(childsVoice|reviews)\\[(\\d+)]");
  private static final Pattern ITEM = Pattern.compile(
      "^(people|contributors|events|presenting|predisposing|precipitating|perpetuating|protective"
          + "|plan\\.goals|plan\\.actions)\\[([^\\]]*)]");

  /**
   * Where a path is in the file: its section, then the position of its entry within the section
   * (-1 for the section itself, or when the entry's position cannot be told from the path).
   */
  private static int[] place(String path, Map<String, Integer> itemIndex) {
    int section = -1;
    for (int i = 0; i < SECTIONS.size(); i++) {
      String s = SECTIONS.get(i);
      if (path.equals(s) || (!s.isEmpty() && (path.startsWith(s + ".")
          || path.startsWith(s + "[")))) {
        section = i;
      }
    }
    assertTrue(section >= 0, "a path outside every section: \"" + path + "\"");
    Matcher indexed = INDEXED.matcher(path);
    if (indexed.find()) {
      return new int[] {section, Integer.parseInt(indexed.group(2))};
    }
    Matcher item = ITEM.matcher(path);
    if (item.find()) {
      Integer index = itemIndex.get(item.group(1) + "[" + item.group(2) + "]");
      return new int[] {section, index == null ? -1 : index};
    }
    return new int[] {section, -1};
  }

  /**
   * The position of each item within its list, by the path it is named by, when every id in the
   * formulation is a plain, unique word, so that the path certainly names the item by its id.
   * Otherwise empty, and only the order of sections is checked.
   */
  private static Map<String, Integer> plainItemIndex(Formulation f) {
    List<Item> items = f.items();
    Set<String> ids = items.stream().map(Item::id).collect(Collectors.toSet());
    boolean plain = ids.size() == items.size()
        && ids.stream().allMatch(id -> id.matches("[A-Za-z][A-Za-z0-9_-]*"));
    Map<String, Integer> index = new HashMap<>();
    if (!plain) {
      return index;
    }
    put(index, "people", f.people());
    put(index, "contributors", f.contributors());
    put(index, "presenting", f.presenting());
    put(index, "predisposing", f.predisposing());
    put(index, "precipitating", f.precipitating());
    put(index, "perpetuating", f.perpetuating());
    put(index, "protective", f.protective());
    put(index, "plan.goals", f.plan().goals());
    put(index, "plan.actions", f.plan().actions());
    return index;
  }

  private static void put(Map<String, Integer> index, String list, List<? extends Item> items) {
    for (int i = 0; i < items.size(); i++) {
      index.put(list + "[" + items.get(i).id() + "]", i);
    }
  }
}

package io.github.sixps.formulation.prioritise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The weights of the score: defaults, the builder's checks, and reading them from text. */
class WeightsTest {

  private static String parseError(String text) {
    return assertThrows(IllegalArgumentException.class, () -> Weights.parse(text)).getMessage();
  }

  @Test
  void standardWeights() {
    Weights w = Weights.standard();
    assertEquals(3, w.impact());
    assertEquals(3, w.urgency());
    assertEquals(2, w.changeability());
    assertEquals(2, w.familyPriority());
    assertEquals(1, w.reachPerIssue());
    assertEquals(w, Weights.builder().build());
    assertSame(Weights.standard(), Weights.standard());
    assertEquals("impact=3,urgency=3,changeability=2,familyPriority=2,reachPerIssue=1",
        w.toString());
  }

  @Test
  void theBuilderStartsFromTheStandardAndChecksTheRange() {
    Weights w = Weights.builder().familyPriority(4).reachPerIssue(0).build();
    assertEquals(4, w.familyPriority());
    assertEquals(0, w.reachPerIssue());
    assertEquals(3, w.impact());
    assertEquals(w, w.toBuilder().build());
    assertEquals(w.hashCode(), w.toBuilder().build().hashCode());
    assertNotEquals(w, Weights.standard());
    assertEquals("impact weight must be from 0 to 100, but was -1", assertThrows(
        IllegalArgumentException.class, () -> Weights.builder().impact(-1)).getMessage());
    assertEquals("reachPerIssue weight must be from 0 to 100, but was 101", assertThrows(
        IllegalArgumentException.class, () -> Weights.builder().reachPerIssue(101)).getMessage());
    assertEquals(100, Weights.builder().urgency(100).build().urgency());
  }

  @Test
  void parseReadsWhatToStringWritesAndLeavesTheRestStandard() {
    Weights w = Weights.builder().impact(5).urgency(0).changeability(1).familyPriority(4)
        .reachPerIssue(2).build();
    assertEquals(w, Weights.parse(w.toString()));
    Weights some = Weights.parse(" familyPriority = 4 ,changeability=1 ");
    assertEquals(Weights.builder().familyPriority(4).changeability(1).build(), some);
  }

  @Test
  void parseNamesTheBadPair() {
    assertEquals("unknown weight \"impcat\"; did you mean \"impact\"?", parseError("impcat=3"));
    assertEquals("unknown weight \"family-priority\"; did you mean \"familyPriority\"?",
        parseError("family-priority=3"));
    assertEquals("unknown weight \"reach\"; did you mean \"reachPerIssue\"?",
        parseError("impact=3,reach=2"));
    assertEquals("unknown weight \"colour\"; the weights are impact, urgency, changeability,"
        + " familyPriority, reachPerIssue", parseError("colour=3"));
    assertEquals("weight \"urgency\" has no value; write it as urgency=3",
        parseError("impact=3,urgency"));
    assertEquals("weight urgency=high is not a whole number from 0 to 100",
        parseError("urgency=high"));
    assertEquals("weight urgency= is not a whole number from 0 to 100", parseError("urgency="));
    assertEquals("weight impact=-1 is not a whole number from 0 to 100", parseError("impact=-1"));
    assertEquals("weight impact=+3 is not a whole number from 0 to 100", parseError("impact=+3"));
    assertEquals("weight impact=101 is not a whole number from 0 to 100",
        parseError("impact=101"));
    assertEquals("weight impact=99999999999 is not a whole number from 0 to 100",
        parseError("impact=99999999999"));
    assertEquals("weight \"impact\" is given twice", parseError("impact=3,impact=4"));
    assertEquals("weights text \"impact=3,,urgency=2\" has an empty entry; separate name=value"
        + " pairs with one comma", parseError("impact=3,,urgency=2"));
    assertEquals("weights text \"impact=3,\" has an empty entry; separate name=value pairs with"
        + " one comma", parseError("impact=3,"));
    assertEquals("weight \"=3\" has no name; the weights are impact, urgency, changeability,"
        + " familyPriority, reachPerIssue", parseError("=3"));
    assertEquals("weights text is blank; write weights as name=value pairs, such as"
        + " impact=3,urgency=3", parseError("  "));
    assertEquals("text must not be null",
        assertThrows(NullPointerException.class, () -> Weights.parse(null)).getMessage());
  }
}

package io.github.sixps.formulation.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sixps.formulation.review.Rewording.Piece;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RewordingTest {
  @Test
  void oneChangeIsShownWithTwoWordsEitherSide() {
    assertEquals(List.of(new Piece("…come from 27 November. Zofia keeps…",
            "…come from 11 December. Zofia keeps…")),
        Rewording.between("Home visit first, then care workers come from 27 November. Zofia "
                + "keeps a chart.",
            "Home visit first, then care workers come from 11 December. Zofia keeps a chart."));
  }

  @Test
  void wordsAddedAtTheEndOrTakenFromTheStart() {
    assertEquals(List.of(new Piece("…to see friends.", "…to see friends by the half term.")),
        Rewording.between("She wants time to see friends.",
            "She wants time to see friends by the half term."));
    assertEquals(List.of(new Piece("Until now school did not…", "School did not…")),
        Rewording.between("Until now school did not know.", "School did not know."));
  }

  @Test
  void changesCloseTogetherAreOnePieceAndFarApartAreTwo() {
    assertEquals(List.of(new Piece("one two three four five six seven…",
            "one two THREE four FIVE six seven…")),
        Rewording.between("one two three four five six seven eight",
            "one two THREE four FIVE six seven eight"));
    assertEquals(List.of(new Piece("a b c d…", "a B c d…"), new Piece("…k l m n", "…k l M n")),
        Rewording.between("a b c d e f g h i j k l m n", "a B c d e f g h i j k l M n"));
  }

  @Test
  void manyChangesAreShownAsOnePieceFromTheFirstToTheLast() {
    String before = words("w", 22);
    String after = before.replace("w2 ", "X2 ").replace("w8 ", "X8 ").replace("w14 ", "X14 ")
        .replace("w20 ", "X20 ");
    assertEquals(List.of(new Piece(before, after)), Rewording.between(before, after));
  }

  @Test
  void spacingAloneIsNoChange() {
    assertEquals(List.of(), Rewording.between("a  b\nc", "a b c"));
  }

  @Test
  void punctuationJustBeforeAnEllipsisIsLeftOut() {
    assertEquals(List.of(new Piece("one two three four…", "one TWO three four…")),
        Rewording.between("one two three four, five six", "one TWO three four, five six"));
  }

  @Test
  void textsTooLongToMatchWordByWordAreOnePiece() {
    String before = words("a", 600);
    String after = words("b", 600);
    assertEquals(List.of(new Piece(before, after)), Rewording.between(before, after));
  }

  /** "w1 w2 … wN". */
  private static String words(String stem, int n) {
    return IntStream.rangeClosed(1, n).mapToObj(i -> stem + i).collect(Collectors.joining(" "));
  }
}

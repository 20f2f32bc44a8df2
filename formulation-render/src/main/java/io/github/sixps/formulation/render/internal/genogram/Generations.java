package io.github.sixps.formulation.render.internal.genogram;

import io.github.sixps.formulation.model.FamilyTree;
import io.github.sixps.formulation.model.ParentLink;
import io.github.sixps.formulation.model.Partnership;
import io.github.sixps.formulation.model.SiblingLink;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/** The generation, and so the row of the picture, of each person in a family tree. */
final class Generations {
  private Generations() {}

  /**
   * Generations: a child below each parent, partners and brothers and sisters side by side,
   * and someone with no parents in the tree as low as their children allow, so that a father
   * who married in stands beside the mother. Capped, so that a person recorded as their own
   * ancestor ends the search; such a link is then left to the words.
   */
  static int[] of(FamilyTree tree, ToIntFunction<String> at, int n) {
    int[] row = new int[n];
    int cap = Math.max(1, n);
    boolean[] hasParent = new boolean[n];
    tree.parents().forEach(l -> hasParent[at.applyAsInt(l.child())] = true);
    for (int round = 0; round < 4; round++) {
      for (int iteration = 0; iteration <= n * 2 + 2; iteration++) {
        boolean changed = false;
        for (ParentLink l : tree.parents()) {
          int p = at.applyAsInt(l.parent());
          int c = at.applyAsInt(l.child());
          if (row[c] < row[p] + 1 && row[p] + 1 <= cap) {
            row[c] = row[p] + 1;
            changed = true;
          }
        }
        for (Partnership p : tree.partnerships()) {
          changed |= level(row, at.applyAsInt(p.first()), at.applyAsInt(p.second()));
        }
        for (SiblingLink s : tree.siblings()) {
          changed |= level(row, at.applyAsInt(s.first()), at.applyAsInt(s.second()));
        }
        if (!changed) {
          break;
        }
      }
      boolean lowered = false;
      for (int i = 0; i < n; i++) {
        if (hasParent[i]) {
          continue;
        }
        int lowest = Integer.MAX_VALUE;
        for (ParentLink l : tree.parents()) {
          if (at.applyAsInt(l.parent()) == i) {
            lowest = Math.min(lowest, row[at.applyAsInt(l.child())] - 1);
          }
        }
        if (lowest != Integer.MAX_VALUE && lowest > row[i]) {
          row[i] = lowest;
          lowered = true;
        }
      }
      if (!lowered) {
        break;
      }
    }
    // Rows numbered from 0 with none empty.
    java.util.TreeSet<Integer> used = new java.util.TreeSet<>();
    for (int r : row) {
      used.add(r);
    }
    List<Integer> order = new ArrayList<>(used);
    for (int i = 0; i < n; i++) {
      row[i] = order.indexOf(row[i]);
    }
    return row;
  }

  private static boolean level(int[] row, int a, int b) {
    if (row[a] == row[b]) {
      return false;
    }
    int top = Math.max(row[a], row[b]);
    row[a] = top;
    row[b] = top;
    return true;
  }
}

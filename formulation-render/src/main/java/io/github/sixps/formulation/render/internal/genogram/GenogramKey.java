package io.github.sixps.formulation.render.internal.genogram;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.model.FamilyTree;
import io.github.sixps.formulation.model.ParentLink;
import io.github.sixps.formulation.model.Partnership;
import io.github.sixps.formulation.model.SiblingLink;
import io.github.sixps.formulation.render.internal.GenogramData;
import io.github.sixps.formulation.render.internal.genogram.GenogramLayout.KeyItem;
import io.github.sixps.formulation.render.internal.genogram.GenogramLayout.KeyKind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The family tree's key: an entry for each symbol, line and household the picture uses, in
 * columns across its width, beneath the tree.
 */
final class GenogramKey {
  private GenogramKey() {}

  /**
   * Lays out the key's entries from {@code top} down, adding them to {@code key}.
   *
   * @return where the key ends
   */
  static double layout(GenogramData data, GenogramLayout.Metrics m,
      BiFunction<KeyKind, String, String> keyText, List<KeyItem> key, double top,
      double width) {
    FamilyTree tree = data.tree();
    List<KeyKind> kinds = new ArrayList<>();
    List<Integer> households = new ArrayList<>();
    java.util.EnumSet<KeyKind> used = java.util.EnumSet.noneOf(KeyKind.class);
    for (GenogramData.Member member : data.members()) {
      used.add(member.gender().map(g -> g == io.github.sixps.formulation.model.Gender.MALE
          ? KeyKind.MALE : g == io.github.sixps.formulation.model.Gender.FEMALE
          ? KeyKind.FEMALE : KeyKind.ANOTHER).orElse(KeyKind.ANOTHER));
      if (member.died()) {
        used.add(KeyKind.DIED);
      }
      if (member.subject()) {
        used.add(KeyKind.SUBJECT);
      }
    }
    for (Partnership p : tree.partnerships()) {
      used.add(KeyKind.valueOf(p.state().name()));
    }
    for (ParentLink l : tree.parents()) {
      used.add(KeyKind.valueOf(l.kind().name()));
    }
    for (SiblingLink s : tree.siblings()) {
      used.add(s.twins() ? KeyKind.TWINS : KeyKind.SIBLINGS);
    }
    for (KeyKind k : KeyKind.values()) {
      if (used.contains(k) && k != KeyKind.HOUSEHOLD) {
        kinds.add(k);
        households.add(-1);
      }
    }
    for (int h = 0; h < data.households().size(); h++) {
      kinds.add(KeyKind.HOUSEHOLD);
      households.add(h);
    }
    double sample = m.font() * 3.2;
    double columnWidth = Math.max(sample + m.font() * 10, Math.min(width, m.keyColumn()));
    int columns = Math.max(1, (int) Math.floor((width + m.font()) / (columnWidth + m.font())));
    double y = top;
    double rowHeight = 0;
    for (int k = 0; k < kinds.size(); k++) {
      int column = k % columns;
      if (column == 0 && k > 0) {
        y += rowHeight + m.font() * 0.5;
        rowHeight = 0;
      }
      String text = keyText.apply(kinds.get(k), households.get(k) >= 0
          ? data.households().get(households.get(k)).name() : "");
      List<String> lines2 = TextWidth.wrap(text, m.font() * 0.9,
          columnWidth - sample - m.font() * 0.6);
      double x = m.gap() / 2 + column * (columnWidth + m.font());
      key.add(new KeyItem(kinds.get(k), households.get(k), x, y, ImmutableList.copyOf(lines2)));
      rowHeight = Math.max(rowHeight, Math.max(m.symbol() * 0.7, lines2.size() * m.lineHeight()));
    }
    return y + rowHeight + m.font();
  }
}

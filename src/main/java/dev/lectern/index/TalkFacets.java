package dev.lectern.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Facet filtering and counting over the talks a query matched. Several values of one facet combine
 * with OR, different facets with AND; each facet is counted with every selection but its own applied
 * (drill-sideways), so choosing one speaker still shows the others to add. Works on the ordinals of
 * a {@link TalkTable}: a talk's failures are a bit per dimension, counts are int arrays.
 */
final class TalkFacets {
  static final int MAX_VALUES = 30;

  private final TalkTable table;
  private final Map<String, List<String>> chosen;
  /** Per dimension, the chosen values' ordinals, or null when nothing is chosen there. */
  private final int[][] selected;

  TalkFacets(Map<String, List<String>> chosen, TalkTable table) {
    this.table = table;
    this.chosen = chosen;
    this.selected = new int[TalkTable.DIMENSIONS.size()][];
    for (int d = 0; d < selected.length; d++) {
      List<String> values = chosen.getOrDefault(TalkTable.DIMENSIONS.get(d), List.of());
      if (!values.isEmpty()) {
        // A value no talk has selects nothing; an empty array keeps it that way.
        selected[d] = values.stream().mapToInt(table.dimension(d)::ordinal).filter(o -> o >= 0).toArray();
      }
    }
  }

  /** A bit for each dimension whose selection the talk fails; 0 means the talk is accepted. */
  int failures(int talk) {
    int failures = 0;
    for (int d = 0; d < selected.length; d++) {
      int[] wanted = selected[d];
      if (wanted != null && !hasAny(table.dimension(d).ofTalk()[talk], wanted)) {
        failures |= 1 << d;
      }
    }
    return failures;
  }

  /**
   * Counts each dimension over the talks given by ordinal, skipping talks that fail another
   * dimension's selection.
   */
  Map<String, List<SearchResult.FacetCount>> count(int[] talks, int[] failures, int n) {
    Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
    for (int d = 0; d < TalkTable.DIMENSIONS.size(); d++) {
      TalkTable.Dimension dimension = table.dimension(d);
      int[] counts = new int[dimension.values().length];
      int[] seen = new int[Math.min(counts.length, 64)];
      int distinct = 0;
      int others = ~(1 << d);
      for (int i = 0; i < n; i++) {
        if ((failures[i] & others) != 0) {
          continue;
        }
        for (int value : dimension.ofTalk()[talks[i]]) {
          if (counts[value]++ == 0) {
            if (distinct == seen.length) {
              seen = Arrays.copyOf(seen, Math.min(counts.length, seen.length * 2));
            }
            seen[distinct++] = value;
          }
        }
      }
      facets.put(dimension.name(), shown(dimension, d, counts, seen, distinct));
    }
    return facets;
  }

  /** The most frequent values (years newest first), plus any chosen value that fell below the cut. */
  private List<SearchResult.FacetCount> shown(
      TalkTable.Dimension dimension, int d, int[] counts, int[] seen, int distinct) {
    long[] keys = new long[distinct];
    for (int i = 0; i < distinct; i++) {
      int value = seen[i];
      long count = d == TalkTable.YEAR ? 0 : Integer.MAX_VALUE - counts[value];
      keys[i] = (count << 32) | dimension.displayRank()[value];
    }
    Arrays.sort(keys);
    List<String> wanted = chosen.getOrDefault(dimension.name(), List.of());
    List<SearchResult.FacetCount> shown = new ArrayList<>();
    for (int i = 0; i < distinct; i++) {
      int value = dimension.byDisplayRank()[(int) keys[i]];
      if (i < MAX_VALUES || wanted.contains(dimension.values()[value])) {
        shown.add(new SearchResult.FacetCount(dimension.values()[value], dimension.labels()[value], counts[value]));
      }
    }
    return shown;
  }

  private static boolean hasAny(int[] values, int[] wanted) {
    for (int value : values) {
      for (int w : wanted) {
        if (value == w) {
          return true;
        }
      }
    }
    return false;
  }
}

package dev.lectern.cli;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The options a mistyped one was probably meant to be: those within a few edits of it, counting a
 * swap of two neighbouring letters as one edit ({@code --prot} is one edit from {@code --port}).
 */
final class OptionSuggestions {
  private OptionSuggestions() {}

  static List<String> closest(CommandSpec command, String typed) {
    String name = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
    int allowed = Math.max(2, name.length() / 4);
    Map<String, Integer> distances = command.options().stream()
        .filter(o -> !o.hidden())
        .map(OptionSpec::longestName)
        .distinct()
        .collect(Collectors.toMap(Function.identity(), n -> distance(name, n)));
    return distances.entrySet().stream()
        .filter(e -> e.getValue() <= allowed || e.getKey().startsWith(name))
        .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .limit(3)
        .toList();
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}

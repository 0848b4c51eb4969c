package dev.lectern.bench;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Inclusive sample shares from {@code jfr print --events jdk.ExecutionSample}: for each method under
 * a package prefix, the fraction of samples whose stack contains it at least once.
 */
final class StackShares {
  private final Map<String, Integer> counts = new HashMap<>();
  private int samples;

  StackShares(String jfrPrint) {
    Set<String> current = null;
    for (String line : jfrPrint.split("\n")) {
      String t = line.strip();
      if (t.startsWith("jdk.ExecutionSample")) {
        flush(current);
        current = new HashSet<>();
      } else if (current != null && t.contains("line:")) {
        String frame = t.substring(0, t.indexOf('(') > 0 ? t.indexOf('(') : t.length()).strip();
        current.add(frame);
      }
    }
    flush(current);
  }

  private void flush(Set<String> frames) {
    if (frames == null) {
      return;
    }
    samples++;
    frames.forEach(f -> counts.merge(f, 1, Integer::sum));
  }

  /** The share of each of these frames, in the order given (0 for a frame no sample has). */
  String selected(java.util.List<String> frames) {
    StringBuilder out = new StringBuilder("| frame | share of samples |\n|---|---:|\n");
    for (String frame : frames) {
      out.append(String.format(Locale.ROOT, "| `%s` | %.1f%% |%n", frame,
          100.0 * counts.getOrDefault(frame, 0) / Math.max(1, samples)));
    }
    out.append(String.format(Locale.ROOT, "%n(%d samples)%n", samples));
    return out.toString();
  }

  String table(String prefix, int top) {
    StringBuilder out = new StringBuilder("| method | share of samples |\n|---|---:|\n");
    counts.entrySet().stream()
        .filter(e -> e.getKey().startsWith(prefix))
        .sorted((a, b) -> b.getValue() - a.getValue())
        .limit(top)
        .forEach(e -> out.append(String.format(Locale.ROOT, "| `%s` | %.1f%% |%n", e.getKey(),
            100.0 * e.getValue() / Math.max(1, samples))));
    out.append(String.format(Locale.ROOT, "%n(%d samples)%n", samples));
    return out.toString();
  }
}

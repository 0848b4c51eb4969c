package dev.lectern.bench;

import java.util.Locale;

/** The targets, each with what was measured and whether it was met; rendered as a table. */
final class Targets {
  private final StringBuilder rows = new StringBuilder();

  void check(String target, String measured, boolean met) {
    rows.append("| ").append(target).append(" | ").append(measured).append(" | ")
        .append(met ? "met" : "**missed**").append(" |\n");
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  String table() {
    return "| target | measured | verdict |\n|---|---|---|\n" + rows;
  }

  static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}

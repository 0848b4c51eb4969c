package dev.lectern.web;

import java.util.Map;

/**
 * Writes the Prometheus text exposition format (version 0.0.4): per metric family a
 * {@code # HELP} and a {@code # TYPE} line, then samples {@code name{label="value",…} number}.
 */
final class PrometheusText {
  static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final StringBuilder text = new StringBuilder();

  PrometheusText family(String name, String type, String help) {
    text.append("# HELP ").append(name).append(' ').append(help.replace("\\", "\\\\").replace("\n", "\\n"))
        .append('\n');
    text.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    return this;
  }

  PrometheusText sample(String name, Map<String, String> labels, double value) {
    text.append(name);
    if (!labels.isEmpty()) {
      text.append('{');
      boolean first = true;
      for (Map.Entry<String, String> label : labels.entrySet()) {
        if (!first) {
          text.append(',');
        }
        first = false;
        text.append(label.getKey()).append("=\"").append(escape(label.getValue())).append('"');
      }
      text.append('}');
    }
    return append(value);
  }

  PrometheusText sample(String name, double value) {
    return sample(name, Map.of(), value);
  }

  private PrometheusText append(double value) {
    text.append(' ').append(number(value)).append('\n');
    return this;
  }

  static String number(double value) {
    if (Double.isInfinite(value)) {
      return value > 0 ? "+Inf" : "-Inf";
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }

  private static String escape(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  @Override
  public String toString() {
    return text.toString();
  }
}

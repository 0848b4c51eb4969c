package dev.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class HistogramTest {
  @Test
  void bucketsAreCumulativeAndTheInfiniteOneCountsEverything() {
    Histogram histogram = new Histogram(new double[] {0.01, 0.1, 1});
    for (double seconds : new double[] {0.005, 0.01, 0.05, 0.5, 7}) {
      histogram.observe(seconds);
    }
    PrometheusText text = new PrometheusText();
    histogram.write(text, "t_seconds", Map.of("route", "/api/x"));
    String[] lines = text.toString().split("\n");
    assertThat(lines).as(text.toString()).hasSize(6).startsWith(
        "t_seconds_bucket{route=\"/api/x\",le=\"0.01\"} 2",
        "t_seconds_bucket{route=\"/api/x\",le=\"0.1\"} 3",
        "t_seconds_bucket{route=\"/api/x\",le=\"1\"} 4",
        "t_seconds_bucket{route=\"/api/x\",le=\"+Inf\"} 5");
    assertThat(lines[4]).startsWith("t_seconds_sum{route=\"/api/x\"} ");
    assertThat(Double.parseDouble(lines[4].substring(lines[4].indexOf("} ") + 2)))
        .isCloseTo(7.565, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(lines[5]).isEqualTo("t_seconds_count{route=\"/api/x\"} 5");
  }

  @Test
  void labelValuesAreEscaped() {
    String text = new PrometheusText().sample("m", Map.of("route", "a\"b\\c\nd"), 1).toString();
    assertThat(text).isEqualTo("m{route=\"a\\\"b\\\\c\\nd\"} 1\n");
  }
}

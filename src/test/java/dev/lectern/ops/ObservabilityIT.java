package dev.lectern.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an operator sees of the real jar: {@code /metrics} in the Prometheus text format after
 * searches and an index run, {@code --log-json} events on stderr (requests only with
 * {@code --log-requests}, {@code /health} never), and {@code /metrics} behind the login of a private server.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class ObservabilityIT {
  private static final Path SAMPLE = Path.of("ingest").toAbsolutePath();
  private static final Pattern SAMPLE_LINE =
      Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (-?[0-9.eE+-]+|\\+Inf|-Inf|NaN)$");
  private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

  @TempDir Path temp;

  /** One parsed sample: name, labels, value. */
  record Sample(String name, Map<String, String> labels, double value) {}

  @Test
  void metricsCountSearchesRequestsByRouteTemplateAndTheIndexRunAndLogsAreJsonLines() throws Exception {
    try (LecternProcess server = LecternProcess.serve(SAMPLE, temp.resolve("index"), "--log-json",
        "--log-requests")) {
      int port = server.awaitServing();
      server.awaitReady(Duration.ofMinutes(5));
      JsonNode passes = server.getJson(port, "/health").path("passes");
      assertThat(passes.path("text").path("pages").asInt()).as("/health passes: %s", passes).isEqualTo(37);
      assertThat(passes.path("text").path("ms").asLong()).as("/health passes: %s", passes).isPositive();
      assertThat(passes.path("text").path("pagesPerSecond").asDouble()).as("/health passes: %s", passes).isPositive();
      assertThat(passes.path("images").path("pages").asInt()).as("/health passes: %s", passes).isPositive();
      for (String q : List.of("PrivateUse1", "pytorch", "inductor", "PrivateUse1", "pytorch&cache=false")) {
        server.getJson(port, "/api/search?q=" + q);
      }
      assertThat(server.get(port, "/api/talks/no-such-talk").statusCode()).isEqualTo(404);
      HttpResponse<String> scrape = server.get(port, "/metrics");
      assertThat(scrape.statusCode()).as(scrape.body()).isEqualTo(200);
      assertThat(scrape.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
      List<Sample> samples = parse(scrape.body());

      assertThat(value(samples, "lectern_searches_total", Map.of())).as(scrape.body()).isEqualTo(5);
      // Embeddings may land between two searches (a new snapshot: a miss again), so hits and misses add up, at least 3 misses.
      assertThat(value(samples, "lectern_search_cache_hits_total", Map.of())
          + value(samples, "lectern_search_cache_misses_total", Map.of())).as("cache=false is neither: " + scrape.body())
          .isEqualTo(4);
      assertThat(value(samples, "lectern_search_cache_misses_total", Map.of())).as(scrape.body()).isGreaterThanOrEqualTo(3);
      assertThat(value(samples, "lectern_http_requests_total",
          Map.of("route", "/api/search", "method", "GET", "status", "200"))).as(scrape.body()).isEqualTo(5);
      assertThat(value(samples, "lectern_http_requests_total",
          Map.of("route", "/api/talks/{id}", "method", "GET", "status", "404"))).as(scrape.body()).isEqualTo(1);
      assertThat(value(samples, "lectern_http_request_duration_seconds_count", Map.of("route", "/api/search")))
          .as(scrape.body()).isEqualTo(5);
      assertThat(value(samples, "lectern_http_request_duration_seconds_bucket", Map.of("route", "/api/search", "le", "+Inf")))
          .as(scrape.body()).isEqualTo(5);
      assertThat(samples).as("raw paths never become labels").noneMatch(s -> s.labels().containsValue("/api/talks/no-such-talk"));
      assertThat(value(samples, "lectern_extractions_total", Map.of("status", "ok"))).as(scrape.body()).isEqualTo(6);
      assertThat(value(samples, "lectern_extraction_children_started_total", Map.of())).as(scrape.body()).isPositive();
      assertThat(value(samples, "lectern_extraction_children_discarded_total", Map.of())).as(scrape.body()).isZero();
      assertThat(value(samples, "lectern_ingest_queue_files", Map.of())).as(scrape.body()).isZero();
      assertThat(value(samples, "lectern_index_talks", Map.of())).as(scrape.body()).isEqualTo(5);
      assertThat(value(samples, "lectern_index_pages", Map.of())).as(scrape.body()).isEqualTo(37);
      assertThat(value(samples, "lectern_index_size_bytes", Map.of())).as(scrape.body()).isPositive();
      assertThat(value(samples, "lectern_jvm_memory_used_bytes", Map.of("area", "heap"))).as(scrape.body()).isPositive();
      assertThat(value(samples, "lectern_jvm_memory_used_bytes", Map.of("area", "nonheap"))).as(scrape.body()).isPositive();

      List<JsonNode> events = jsonEvents(server);
      assertThat(events).as(server.output()).anySatisfy(e -> {
        assertThat(e.get("event").asText()).isEqualTo("request");
        assertThat(e.get("route").asText()).isEqualTo("/api/search");
        assertThat(e.get("status").asInt()).isEqualTo(200);
        assertThat(e.get("ms").isNumber()).isTrue();
      });
      assertThat(events).as("the query string is not logged").noneMatch(e -> e.toString().contains("PrivateUse1"));
      assertThat(server.get(port, "/health").statusCode()).isEqualTo(200);
      assertThat(events).as(server.output()).anySatisfy(e -> {
        assertThat(e.get("event").asText()).isEqualTo("extracted");
        assertThat(e.get("format").asText()).isEqualTo("pptx");
        assertThat(e.get("status").asText()).isEqualTo("ok");
        assertThat(e.get("pages").asInt()).isPositive();
      });
      assertThat(events).as(server.output()).anySatisfy(e -> {
        assertThat(e.get("event").asText()).isEqualTo("reconcile");
        assertThat(e.get("talks").asInt()).isEqualTo(5);
      });
      server.process().destroy();
      assertThat(server.awaitExit(Duration.ofSeconds(60))).as(server.output()).isZero();
      // Read once the server has exited, so a request logged late is in the file.
      assertThat(jsonEvents(server)).as("/health polls are never logged").noneMatch(e -> e.path("route").asText()
          .equals("/health") || e.path("path").asText().equals("/health"));
    }
  }

  @Test
  void aPrivateServerAsksForALoginBeforeShowingMetrics() throws Exception {
    Path index = temp.resolve("index");
    String token = LecternProcess.createToken(index, "ops");
    try (LecternProcess server = LecternProcess.serve(SAMPLE, index, "--private")) {
      int port = server.awaitServing();
      HttpResponse<String> anonymous = server.get(port, "/metrics");
      assertThat(anonymous.statusCode()).as(anonymous.body()).isEqualTo(401);
      assertThat(anonymous.body()).contains("\"error\"");
      HttpResponse<String> organizer = server.send(LecternProcess.request(port, "/metrics")
          .header("Authorization", "Bearer " + token).GET().build());
      assertThat(organizer.statusCode()).as(organizer.body()).isEqualTo(200);
      assertThat(organizer.body()).contains("# TYPE lectern_index_talks gauge");
      server.process().destroy();
      assertThat(server.awaitExit(Duration.ofSeconds(60))).as(server.output()).isZero();
      assertThat(server.stderr()).as("requests are logged only with --log-requests: " + server.output())
          .noneMatch(line -> line.contains("/metrics"));
    }
  }

  /** Every stderr line is a JSON event, but for the JVM's own notice about incubator modules. */
  private static List<JsonNode> jsonEvents(LecternProcess server) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> events = new ArrayList<>();
    for (String line : server.stderr()) {
      if (line.startsWith("WARNING: Using incubator modules")) {
        continue;
      }
      JsonNode event;
      try {
        event = mapper.readTree(line);
      } catch (Exception e) {
        throw new AssertionError("stderr line is not JSON: " + line + "\n" + server.output(), e);
      }
      assertThat(event.hasNonNull("event") && event.hasNonNull("ts")).as(line).isTrue();
      events.add(event);
    }
    return events;
  }

  /** Parses the exposition format, checking that each sample's family was announced by HELP and TYPE. */
  static List<Sample> parse(String text) {
    Set<String> help = new HashSet<>();
    Map<String, String> types = new HashMap<>();
    List<Sample> samples = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.startsWith("# HELP ")) {
        help.add(line.split(" ")[2]);
      } else if (line.startsWith("# TYPE ")) {
        String[] parts = line.split(" ");
        types.put(parts[2], parts[3]);
      } else {
        Matcher m = SAMPLE_LINE.matcher(line);
        assertThat(m.matches()).as("sample line '%s' in\n%s", line, text).isTrue();
        Map<String, String> labels = new HashMap<>();
        if (m.group(2) != null) {
          Matcher label = LABEL.matcher(m.group(2));
          while (label.find()) {
            labels.put(label.group(1), label.group(2));
          }
        }
        String family = family(m.group(1), types);
        assertThat(help).as("HELP for %s", family).contains(family);
        samples.add(new Sample(m.group(1), labels, Double.parseDouble(m.group(3).replace("+Inf", "Infinity"))));
      }
    }
    return samples;
  }

  private static String family(String name, Map<String, String> types) {
    if (types.containsKey(name)) {
      return name;
    }
    for (String suffix : List.of("_bucket", "_sum", "_count")) {
      String base = name.endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : null;
      if (base != null && ("histogram".equals(types.get(base)) || "summary".equals(types.get(base)))) {
        return base;
      }
    }
    throw new AssertionError("no TYPE line for " + name + " (types: " + types + ")");
  }

  private static double value(List<Sample> samples, String name, Map<String, String> labels) {
    return samples.stream().filter(s -> s.name().equals(name) && s.labels().entrySet().containsAll(labels.entrySet())
            && s.labels().size() == labels.size())
        .mapToDouble(Sample::value).findFirst()
        .orElseThrow(() -> new AssertionError("no sample " + name + labels + " in " + samples));
  }
}

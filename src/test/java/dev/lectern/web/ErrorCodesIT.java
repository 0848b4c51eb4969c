package dev.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every error answer carries a stable {@code code} and its {@code params} beside the English
 * message, from Lectern's own refusals, the archive's, and Jetty's: what clients branch on and the
 * UI translates.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class ErrorCodesIT {
  private static final String MEETUP = "2024-08-15-pytorch-shanghai";

  @Test
  void refusalsCarryACodeAndTheirParams(@TempDir Path temp) throws Exception {
    try (WritableArchiveServer server = new WritableArchiveServer(temp.resolve("server"), temp.resolve("cache"), 5)) {
      JsonNode untitled = refused(server, server.upload("/api/talks", new MultipartBody().field("meetup", MEETUP)
          .file("file", "a.md", "text/markdown", "# notes".getBytes(StandardCharsets.UTF_8))), 400);
      assertThat(untitled.path("code").asText()).isEqualTo("title_required");
      assertThat(untitled.at("/params/field").asText()).isEqualTo("title");

      JsonNode noMeetup = refused(server, server.upload("/api/talks", new MultipartBody().field("title", "T")
          .field("meetup", "no-such-meetup").file("file", "a.md", "text/markdown", "# x".getBytes(StandardCharsets.UTF_8))), 400);
      assertThat(noMeetup.path("code").asText()).isEqualTo("unknown_meetup");
      assertThat(noMeetup.at("/params/id").asText()).isEqualTo("no-such-meetup");

      JsonNode output = refused(server, server.upload("/api/talks", new MultipartBody().field("title", "T")
          .field("meetup", MEETUP).file("file", "run.out", "text/plain", "output".getBytes(StandardCharsets.UTF_8))), 415);
      assertThat(output.path("code").asText()).isEqualTo("unsupported_type");
      assertThat(output.at("/params/name").asText()).isEqualTo("run.out");
      assertThat(output.at("/params/extensions").asText()).contains(".pdf").contains(".md");

      JsonNode missing = refused(server, server.get("/api/talks/no-such-talk"), 404);
      assertThat(missing.path("code").asText()).isEqualTo("talk_not_found");
      assertThat(missing.at("/params/id").asText()).isEqualTo("no-such-talk");

      JsonNode login = refused(server, server.send(server.request("/api/login").header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"wrong\"}")).build()), 401);
      assertThat(login.path("code").asText()).isEqualTo("bad_token");

      JsonNode notNumber = refused(server, server.get("/api/search?q=x&page=abc"), 400);
      assertThat(notNumber.path("code").asText()).isEqualTo("not_a_number");
      assertThat(notNumber.at("/params/param").asText()).isEqualTo("page");
      assertThat(notNumber.at("/params/value").asText()).isEqualTo("abc");

      JsonNode size = refused(server, server.get("/api/search?q=x&size=1000"), 400);
      assertThat(size.path("code").asText()).isEqualTo("out_of_range");
      assertThat(size.at("/params/param").asText()).isEqualTo("size");
      assertThat(size.at("/params/max").asInt()).isEqualTo(100);

      JsonNode sort = refused(server, server.get("/api/search?q=x&sort=popular"), 400);
      assertThat(sort.path("code").asText()).isEqualTo("bad_param");
      assertThat(sort.at("/params/param").asText()).isEqualTo("sort");
      assertThat(sort.at("/params/allowed").asText()).contains("newest");

      JsonNode mode = refused(server, server.get("/api/search?q=x&mode=fuzzy"), 400);
      assertThat(mode.path("code").asText()).isEqualTo("bad_param");
      assertThat(mode.at("/params/param").asText()).isEqualTo("mode");

      JsonNode cache = refused(server, server.get("/api/search?q=x&cache=no"), 400);
      assertThat(cache.path("code").asText()).isEqualTo("bad_param");
      assertThat(cache.at("/params/param").asText()).isEqualTo("cache");

      JsonNode noMeetupPage = refused(server, server.get("/api/meetups/no-such-meetup"), 404);
      assertThat(noMeetupPage.path("code").asText()).isEqualTo("meetup_not_found");
      assertThat(noMeetupPage.at("/params/id").asText()).isEqualTo("no-such-meetup");

      String talk = "/api/talks/" + MEETUP + "-05-privateuse1-evolution";
      JsonNode longTitle = refused(server, server.json("PATCH", talk, "{\"title\":\"" + "x".repeat(301) + "\"}"), 400);
      assertThat(longTitle.path("code").asText()).isEqualTo("field_too_long");
      assertThat(longTitle.at("/params/field").asText()).isEqualTo("title");
      assertThat(longTitle.at("/params/max").asInt()).isEqualTo(300);

      JsonNode badDate = refused(server, server.json("PATCH", talk, "{\"date\":\"15.08.2024\"}"), 400);
      assertThat(badDate.path("code").asText()).isEqualTo("bad_date");
      assertThat(badDate.at("/params/value").asText()).isEqualTo("15.08.2024");

      JsonNode badLanguage = refused(server, server.json("PATCH", talk, "{\"language\":\"klingon!\"}"), 400);
      assertThat(badLanguage.path("code").asText()).isEqualTo("bad_language");

      JsonNode notText = refused(server, server.json("PATCH", talk, "{\"title\": 3}"), 400);
      assertThat(notText.path("code").asText()).isEqualTo("field_not_text");

      JsonNode notJson = refused(server, server.json("PATCH", talk, "{title"), 400);
      assertThat(notJson.path("code").asText()).isEqualTo("not_json");

      JsonNode noSeries = refused(server, server.json("PATCH", "/api/series/no-such-series", "{\"title\":\"X\"}"), 404);
      assertThat(noSeries.path("code").asText()).isEqualTo("series_not_found");

      JsonNode generic = refused(server, server.get("/api/no-such-endpoint"), 404);
      assertThat(generic.path("code").asText()).as("a status's own code when nothing more is said").isEqualTo("not_found");
      assertThat(generic.path("params").isObject()).isTrue();

      JsonNode jetty = refused(server, server.send(server.request("/api/search?q=x")
          .header("X-Padding", "x".repeat(WebServer.MAX_REQUEST_HEADER_BYTES + 10)).GET().build()), 431);
      assertThat(jetty.path("code").asText()).as("Jetty's refusals too").isEqualTo("request_too_long");
    }
  }

  private static JsonNode refused(WritableArchiveServer server, HttpResponse<String> response, int status)
      throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    JsonNode body = server.parse(response);
    assertThat(body.path("error").asText()).as(response.body()).isNotBlank();
    return body;
  }
}

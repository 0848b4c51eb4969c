package dev.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.auth.TokenStore;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The access findings of the adversarial probe, each against a real server: the rule of the route
 * that matched decides (a trailing slash changes nothing), a revoked token's sessions end at once,
 * login takes only a small JSON body, and one client's failures lock out nobody else.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class AccessRulesIT {
  @TempDir Path root;

  @Test
  void aTrailingSlashReachesTheSameRuleAsTheRoute() throws Exception {
    try (WritableArchiveServer server = new WritableArchiveServer(root, root.resolve("cache"), 1)) {
      for (String path : List.of("/api/audit/?limit=10000", "/api/audit/", "/api/trash/", "/api/audit//",
          "/API/audit", "/api/./audit")) {
        HttpResponse<String> response = server.get(path);
        assertThat(response.statusCode()).as(path + " " + response.body()).isIn(401, 404);
        assertThat(response.body()).as(path).doesNotContain("create-").doesNotContain("\"talk\"");
      }
      HttpResponse<String> meetup = server.send(server.request("/api/meetups/").header("Content-Type",
          "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"Slash\"}")).build());
      assertThat(meetup.statusCode()).as(meetup.body()).isIn(401, 404);
      assertThat(server.send(server.authorized("/api/audit/").GET().build()).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void underPrivateEveryReadWithASlashNeedsALoginToo() throws Exception {
    try (WritableArchiveServer server = new WritableArchiveServer(root, root.resolve("cache"), 1, true)) {
      for (String path : List.of("/metrics/", "/metrics", "/api/meetups/", "/api/search/?q=pytorch",
          "/api/speakers/", "/api/trend/")) {
        HttpResponse<String> response = server.get(path);
        assertThat(response.statusCode()).as(path + " " + response.body()).isIn(401, 404);
      }
      assertThat(server.send(server.authorized("/metrics/").GET().build()).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void revokingATokenEndsItsSessionsAtOnce() throws Exception {
    try (WritableArchiveServer server = new WritableArchiveServer(root, root.resolve("cache"), 1)) {
      HttpResponse<String> login = login(server, "application/json", "{\"token\":\"" + server.token + "\"}");
      assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
      String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
      String cookie = setCookie.substring(0, setCookie.indexOf(';'));
      String csrf = server.parse(login).path("csrf").asText();
      assertThat(createMeetup(server, cookie, csrf, "Before Revoke").statusCode()).isEqualTo(201);

      assertThat(new TokenStore(server.indexDir).revoke("alice")).isTrue();

      HttpResponse<String> after = createMeetup(server, cookie, csrf, "After Revoke");
      assertThat(after.statusCode()).as(after.body()).isEqualTo(401);
      HttpResponse<String> session = server.send(server.request("/api/session").header("Cookie", cookie).GET().build());
      assertThat(session.statusCode()).as(session.body()).isEqualTo(401);
    }
  }

  @Test
  void loginTakesJsonOnlyAndAtMostOneKilobyte() throws Exception {
    try (WritableArchiveServer server = new WritableArchiveServer(root, root.resolve("cache"), 1)) {
      String body = "{\"token\":\"" + server.token + "\"}";
      for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data")) {
        HttpResponse<String> refused = login(server, type, body);
        assertThat(refused.statusCode()).as(type + " " + refused.body()).isEqualTo(415);
        assertThat(refused.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(refused.body()).startsWith("{\"error\":");
      }
      HttpResponse<String> padded = login(server, "application/json",
          "{\"token\":\"" + server.token + "\",\"pad\":\"" + "x".repeat(2_000) + "\"}");
      assertThat(padded.statusCode()).as(padded.body()).isEqualTo(413);
      assertThat(padded.body()).startsWith("{\"error\":");
      assertThat(login(server, "application/json; charset=utf-8", body).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void oneClientsFailedLoginsDoNotLockOutAnotherOrganizerBehindTheSameProxy() throws Exception {
    try (WritableArchiveServer server = new WritableArchiveServer(root, root.resolve("cache"), 1)) {
      HttpResponse<String> last = null;
      for (int i = 0; i < 15; i++) {
        last = login(server, "application/json", "{\"token\":\"" + TokenStore.PREFIX + "guess" + i + "\"}");
      }
      for (int i = 0; i < 15; i++) {
        last = login(server, "application/json", "{\"token\":\"" + TokenStore.PREFIX + "same-guess\"}");
      }
      assertThat(last.statusCode()).as("the same wrong token again and again is slowed down").isEqualTo(429);
      HttpResponse<String> right = login(server, "application/json", "{\"token\":\"" + server.token + "\"}");
      assertThat(right.statusCode()).as(right.body()).isEqualTo(200);
    }
  }

  private static HttpResponse<String> login(WritableArchiveServer server, String type, String body) throws Exception {
    return server.send(server.request("/api/login").header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  private static HttpResponse<String> createMeetup(WritableArchiveServer server, String cookie, String csrf,
      String title) throws Exception {
    return server.send(server.request("/api/meetups").header("Cookie", cookie).header("X-CSRF-Token", csrf)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"" + title + "\",\"date\":\"2025-03-04\"}")).build());
  }
}

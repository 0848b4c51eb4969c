package dev.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Organizers' input the probe got past: every refusal is a JSON error that names no server internals. */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class WriteInputIT {
  @TempDir Path root;

  @Test
  void refusalsAreJsonAndMeetupUrlsAreWebAddresses() throws Exception {
    try (WritableArchiveServer server = new WritableArchiveServer(root, root.resolve("cache"), 1)) {
      HttpResponse<String> huge = server.json("POST", "/api/meetups",
          "{\"title\":\"Big\",\"date\":\"2025-01-01\",\"description\":\"" + "x".repeat(1_200_000) + "\"}");
      assertThat(huge.statusCode()).as(huge.body()).isEqualTo(413);
      assertJsonError(huge);

      HttpResponse<String> broken = server.send(server.authorized("/api/talks")
          .header("Content-Type", "multipart/form-data; boundary=xyz")
          .POST(HttpRequest.BodyPublishers.ofString("--xyz\r\nContent-Disposition: form-data; name=\"title\"\r\n"
              + "no blank line and no closing boundary")).build());
      assertThat(broken.statusCode()).as(broken.body()).isEqualTo(400);
      assertJsonError(broken);

      for (String url : List.of("javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "ftp://x.org/",
          "JavaScript:alert(1)", "//evil.example/")) {
        HttpResponse<String> refused = server.json("POST", "/api/meetups",
            "{\"title\":\"Url\",\"date\":\"2025-01-01\",\"url\":\"" + url + "\"}");
        assertThat(refused.statusCode()).as(url + " " + refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("http");
      }
      HttpResponse<String> web = server.json("POST", "/api/meetups",
          "{\"title\":\"Web\",\"date\":\"2025-01-01\",\"url\":\"https://meetup.example/events/1\"}");
      assertThat(web.statusCode()).as(web.body()).isEqualTo(201);
      HttpResponse<String> audit = server.send(server.authorized("/api/audit").GET().build());
      assertThat(audit.body()).contains("create-meetup").contains("2025-01-01-web");
    }
  }

  private static void assertJsonError(HttpResponse<String> response) {
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/json"));
    assertThat(response.body()).startsWith("{\"error\":").doesNotContain("org.eclipse").doesNotContain("Exception")
        .doesNotContain("jakarta");
  }
}

package dev.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve --private}: everything under /api needs an organizer, except logging in. */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class PrivateServerIT {
  @TempDir Path root;

  @Test
  void readingNeedsALoginButTheShellHealthAndLoginDoNot() throws Exception {
    try (WritableArchiveServer server = new WritableArchiveServer(root, root.resolve("cache"), 1, true)) {
      String talk = "/api/talks/2024-08-15-pytorch-shanghai-05-privateuse1-evolution";
      assertThat(server.get("/api/search?q=pytorch").statusCode()).isEqualTo(401);
      assertThat(server.get(talk).statusCode()).isEqualTo(401);
      assertThat(server.get(talk + "/files/1").statusCode()).isEqualTo(401);
      assertThat(server.get("/api/meetups").statusCode()).isEqualTo(401);
      assertThat(server.get("/").statusCode()).isEqualTo(200);
      assertThat(server.get("/health").statusCode()).isEqualTo(200);
      HttpResponse<String> search = server.send(server.authorized("/api/search?q=pytorch").GET().build());
      assertThat(search.statusCode()).as(search.body()).isEqualTo(200);

      HttpResponse<String> login = server.send(server.request("/api/login").header("Content-Type", "application/json")
          .header("X-Forwarded-Proto", "https")
          .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + server.token + "\"}")).build());
      assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
      String setCookie = login.headers().firstValue("Set-Cookie").orElse("");
      assertThat(setCookie).contains("Secure");
      HttpResponse<String> withCookie = server.send(server.request("/api/meetups")
          .header("Cookie", setCookie.substring(0, setCookie.indexOf(';'))).GET().build());
      assertThat(withCookie.statusCode()).as(withCookie.body()).isEqualTo(200);
    }
  }
}

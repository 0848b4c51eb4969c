package dev.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients that send a login body one byte at a time hold no worker the server needs: with 300 of
 * them on 127.0.0.1 (more than Jetty's default pool of 250 workers), {@code /health} and a search
 * still answer.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class SlowClientsIT {
  private static final int SLOW_CLIENTS = 300;

  @TempDir Path root;

  @Test
  void slowLoginBodiesDoNotStarveHealthOrSearch() throws Exception {
    try (WritableArchiveServer server = new WritableArchiveServer(root, root.resolve("cache"), 1)) {
      int port = Integer.parseInt(server.base().substring(server.base().lastIndexOf(':') + 1));
      List<Socket> slow = new ArrayList<>();
      try {
        for (int i = 0; i < SLOW_CLIENTS; i++) {
          Socket socket = new Socket("127.0.0.1", port);
          OutputStream out = socket.getOutputStream();
          out.write(("POST /api/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
              + "Content-Length: 1000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
          out.flush();
          slow.add(socket);
        }
        for (int round = 0; round < 3; round++) {
          for (Socket socket : slow) {
            if (!socket.isClosed()) {
              try {
                socket.getOutputStream().write(' ');
              } catch (java.io.IOException closedByServer) {
                socket.close();
              }
            }
          }
          HttpResponse<String> health = server.send(server.request("/health").timeout(Duration.ofSeconds(5)).GET()
              .build());
          assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
          HttpResponse<String> search = server.send(server.request("/api/search?q=pytorch")
              .timeout(Duration.ofSeconds(10)).GET().build());
          assertThat(search.statusCode()).isEqualTo(200);
        }
      } finally {
        for (Socket socket : slow) {
          socket.close();
        }
      }
    }
  }
}

package dev.lectern.bench;

import dev.lectern.bench.load.Workload;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/** {@code GET /api/search?q=…} on loopback with java.net.http (HTTP/1.1, pooled connections). */
final class LecternHttp implements Workload {
  private final HttpClient client = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();
  private final List<HttpRequest> requests;

  LecternHttp(String base, List<String> texts) {
    this(paths(texts, "").stream().map(p -> base + p).toList());
  }

  /** The mix with more parameters ({@code &mode=lexical&cache=false}, …). */
  static LecternHttp withParams(String base, List<String> texts, String params) {
    return new LecternHttp(paths(texts, params).stream().map(p -> base + p).toList());
  }

  /** Requests to these URIs, in order. */
  static LecternHttp ofUris(List<String> uris) {
    return new LecternHttp(uris);
  }

  /** Each query's request path and query string, with {@code extra} parameters appended. */
  static List<String> paths(List<String> texts, String extra) {
    return texts.stream()
        .map(q -> "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8).replace("+", "%20") + extra)
        .toList();
  }

  private LecternHttp(List<String> uris) {
    this.requests = uris.stream()
        .map(uri -> HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30)).GET().build())
        .toList();
  }

  /** The transport floor: the same client and server answering {@code /health} {@code n} times over. */
  static LecternHttp health(String base, int n) {
    return new LecternHttp(java.util.Collections.nCopies(n, base + "/health"));
  }

  @Override
  public void run(int query) throws IOException, InterruptedException {
    HttpResponse<byte[]> response = client.send(requests.get(query), HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IOException("HTTP " + response.statusCode() + ": " + new String(response.body(), StandardCharsets.UTF_8));
    }
  }
}

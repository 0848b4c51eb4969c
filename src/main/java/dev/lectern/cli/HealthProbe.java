package dev.lectern.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/** Asks a server's {@code /health} once; a server that does not answer is an {@link Unanswered}, not an exception. */
final class HealthProbe implements AutoCloseable {
  /** Why a probe got no reading: no connection, a timeout, or an answer that is not Lectern's health. */
  static final class Unanswered extends Exception {
    Unanswered(String reason) {
      super(reason, null, false, false);
    }
  }

  private final URI health;
  private final HttpClient http;
  private final ObjectMapper json = new ObjectMapper();

  HealthProbe(URI base) {
    this.health = base.resolve("/health");
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  URI uri() {
    return health;
  }

  HealthReading read(Duration timeout) throws Unanswered, InterruptedException {
    HttpResponse<String> response;
    try {
      response = http.send(HttpRequest.newBuilder(health).timeout(timeout).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (ConnectException | HttpConnectTimeoutException e) {
      throw new Unanswered("no connection");
    } catch (HttpTimeoutException e) {
      throw new Unanswered("no answer within " + timeout.toSeconds() + " s");
    } catch (IOException e) {
      throw new Unanswered(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
    if (response.statusCode() != 200) {
      throw new Unanswered("HTTP " + response.statusCode() + "; is this a Lectern server?");
    }
    try {
      var body = json.readTree(response.body());
      if (body == null || !body.has("state")) {
        throw new Unanswered("the answer has no 'state'; is this a Lectern server?");
      }
      return HealthReading.of(body);
    } catch (IOException e) {
      throw new Unanswered("the answer is not JSON; is this a Lectern server?");
    }
  }

  @Override
  public void close() {
    http.close();
  }
}

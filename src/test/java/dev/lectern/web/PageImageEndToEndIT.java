package dev.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.render.SlideRenderer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/** Page images drawn while the sample archive is indexed, served with content-hash ETags. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class PageImageEndToEndIT {
  private static final String TALK = "2024-08-15-pytorch-shanghai-05-privateuse1-evolution";
  private static final String SLIDE_4 = "/api/talks/" + TALK + "/pages/4.png?file=1";

  private SampleArchiveServer server;

  @BeforeAll
  void start() throws Exception {
    server = new SampleArchiveServer(SampleArchiveServer.SAMPLE_ARCHIVE,
        Files.createTempDirectory("lectern-images"), true);
  }

  @AfterAll
  void stop() throws Exception {
    server.close();
  }

  @Test
  void slideImageIsAPngCachedForAYearUnderItsContentHash() throws Exception {
    HttpResponse<byte[]> response = server.getBytes(SLIDE_4);
    assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
    String sha = server.json(server.get("/api/talks/" + TALK)).at("/files/0/sha256").asText();
    assertThat(response.headers().firstValue("ETag")).hasValue("\"" + sha + "-4\"");
    assertThat(response.body()).startsWith(0x89, 'P', 'N', 'G');
  }

  @Test
  void theLargeSizeIsTheViewersImageUnderItsOwnETag() throws Exception {
    HttpResponse<byte[]> thumbnail = server.getBytes(SLIDE_4);
    HttpResponse<byte[]> large = server.getBytes(SLIDE_4 + "&size=large");
    assertThat(large.statusCode()).as(new String(large.body())).isEqualTo(200);
    assertThat(large.headers().firstValue("Content-Type")).hasValue("image/png");
    BufferedImage small = ImageIO.read(new ByteArrayInputStream(thumbnail.body()));
    BufferedImage big = ImageIO.read(new ByteArrayInputStream(large.body()));
    assertThat(small.getWidth()).isEqualTo(SlideRenderer.WIDTH);
    assertThat(big.getWidth()).isEqualTo(SlideRenderer.LARGE_WIDTH);
    assertThat(big.getHeight() * small.getWidth()).as("the same page shape")
        .isCloseTo(small.getHeight() * big.getWidth(), org.assertj.core.data.Percentage.withPercentage(1));
    assertThat(large.headers().firstValue("ETag")).isPresent()
        .isNotEqualTo(thumbnail.headers().firstValue("ETag"));
    assertThat(server.getBytes(SLIDE_4 + "&size=thumbnail").body()).isEqualTo(thumbnail.body());
  }

  @Test
  void anUnknownSizeIsABadRequest() throws Exception {
    HttpResponse<String> response = server.get(SLIDE_4 + "&size=huge");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(server.json(response).get("error").asText()).contains("large");
  }

  @Test
  void matchingETagAnswersNotModified() throws Exception {
    String etag = server.getBytes(SLIDE_4).headers().firstValue("ETag").orElseThrow();
    HttpResponse<byte[]> again = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.base() + SLIDE_4))
        .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
  }

  @Test
  void pagesWithoutImagesAnswer404WithAJsonError() throws Exception {
    for (String path : new String[] {
        "/api/talks/" + TALK + "/pages/1.png?file=2", // notes.md: text only
        "/api/talks/" + TALK + "/pages/99.png",
        "/api/talks/" + TALK + "/pages/1.png?file=3",
        "/api/talks/" + TALK + "/pages/1.jpg",
        "/api/talks/no-such-talk/pages/1.png"}) {
      HttpResponse<String> response = server.get(path);
      assertThat(response.statusCode()).as(path + " → " + response.body()).isEqualTo(404);
      assertThat(server.json(response).get("error").asText()).as(path).isNotBlank();
    }
  }

  @Test
  void nonNumericFileIsABadRequest() throws Exception {
    HttpResponse<String> response = server.get("/api/talks/" + TALK + "/pages/1.png?file=x");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
  }
}

package dev.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * Abusive queries against a real server answer 400 with a message or a bounded 200, never a 500;
 * and every response, static files and errors included, carries the security headers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class AbuseIT {
  private SampleArchiveServer server;

  @BeforeAll
  void start() throws Exception {
    server = new SampleArchiveServer(SampleArchiveServer.SAMPLE_ARCHIVE, Files.createTempDirectory("lectern-abuse"));
  }

  @AfterAll
  void stop() throws Exception {
    server.close();
  }

  private HttpResponse<String> search(String query) throws Exception {
    return server.get("/api/search?" + query);
  }

  /** 414 is Jetty refusing a URI over 64 KB before Lectern sees it: a refusal too, never a 500. */
  private static void assertRejectedOrBounded(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isIn(200, 400, 414);
    assertThat(response.body()).as("no stack trace reaches a client").doesNotContain("\tat ").doesNotContain("Exception");
    if (response.statusCode() == 400) {
      assertThat(response.body()).as(response.body()).contains("\"error\"");
    }
  }

  @Test
  void aTenThousandCharacterQueryIsRejectedWithAMessage() throws Exception {
    for (int length : List.of(5_000, 10_000, 40_000)) {
      HttpResponse<String> tooLong = search("q=" + "a".repeat(length));
      assertThat(tooLong.statusCode()).as(tooLong.body()).isEqualTo(400);
      assertThat(tooLong.body()).contains("limit is 1000");
    }
  }

  @Test
  void overlongWordsAndWordFloodsAreRejectedBeforeAnySpellingWork() throws Exception {
    HttpResponse<String> longWord = search("q=" + "q".repeat(1_000).substring(0, 999));
    assertThat(longWord.statusCode()).as(longWord.body()).isEqualTo(400);
    assertThat(longWord.body()).contains("query word").contains("limit is 64")
        .contains("\"code\":\"query_word_too_long\"").contains("\"max\":64").contains("\"actual\":999");
    String flood = IntStream.range(0, 50).mapToObj(i -> "zxqv" + Integer.toString(i * 7919, 26) + "wpkj")
        .collect(Collectors.joining("+"));
    HttpResponse<String> many = search("q=" + flood);
    assertThat(many.statusCode()).as(many.body()).isEqualTo(400);
    assertThat(many.body()).contains("limit is 32").contains("\"code\":\"query_too_many_words\"")
        .contains("\"actual\":50");
  }

  @Test
  void aUriTooLongForJettyIsAJsonErrorWithTheSecurityHeaders() throws Exception {
    HttpResponse<String> tooLongForJetty = search("q=" + "a".repeat(70_000));
    assertThat(tooLongForJetty.statusCode()).as(tooLongForJetty.body()).isIn(414, 431);
    assertThat(tooLongForJetty.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/json"));
    assertThat(tooLongForJetty.body()).as(tooLongForJetty.body()).startsWith("{\"error\":").doesNotContain("<html");
    assertThat(tooLongForJetty.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
        csp -> assertThat(csp).contains("frame-ancestors 'none'"));
    assertThat(tooLongForJetty.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
  }

  @Test
  void twoThousandOrTermsAreRejectedOrAnswered() throws Exception {
    String terms = IntStream.range(0, 2_000).mapToObj(i -> "t" + i).collect(Collectors.joining(" OR "));
    assertRejectedOrBounded(search("q=" + SampleArchiveServer.encode(terms)));
    String shortTerms = IntStream.range(0, 2_000).mapToObj(i -> "x").collect(Collectors.joining(" "));
    assertRejectedOrBounded(search("q=" + SampleArchiveServer.encode(shortTerms)));
  }

  @Test
  void wildcardsAndRegularExpressionsDoNotBreakTheServer() throws Exception {
    for (String query : List.of("*foo", "*", "?oo*", "/.*/", "/[a-z]{1,100000}/", "((((((((((", "\"unclosed", "a~2", "title:")) {
      HttpResponse<String> response = search("q=" + SampleArchiveServer.encode(query));
      assertRejectedOrBounded(response);
    }
  }

  @Test
  void hugePagesAndSizesAreRejectedOrClamped() throws Exception {
    assertRejectedOrBounded(search("q=pytorch&page=1000000000"));
    assertRejectedOrBounded(search("q=pytorch&size=100000"));
    assertRejectedOrBounded(search("q=pytorch&page=99999999999999999999"));
    assertRejectedOrBounded(search("q=pytorch&page=-1"));
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() throws Exception {
    for (String path : List.of("/", "/favicon.svg", "/js/app.js", "/css/app.css", "/talks/x", "/api/search?q=pytorch", "/api/search?size=0",
        "/api/nope", "/no/such/file.js", "/health")) {
      HttpResponse<String> response = server.get(path);
      assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(
          csp -> assertThat(csp).contains("frame-ancestors 'none'"));
      assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
      assertThat(response.headers().firstValue("Referrer-Policy")).as(path).contains("no-referrer");
    }
  }
}

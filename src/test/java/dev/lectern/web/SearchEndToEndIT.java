package dev.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sample archive's real decks (PDF, PPTX, ODP, Markdown) → real Tika → a Lucene index in a
 * temporary folder → the HTTP API, answering the searches the README promises.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class SearchEndToEndIT {
  private static final String PRIVATEUSE1_TALK = "2024-08-15-pytorch-shanghai-05-privateuse1-evolution";
  private static final String ASCEND_TALK = "2024-08-15-pytorch-shanghai-03-ascend-multi-backend";
  private static final String INDUCTOR_TALK = "2024-08-15-pytorch-shanghai-04-intel-xpu-inductor";

  private SampleArchiveServer server;

  @BeforeAll
  void start() throws Exception {
    Path indexDir = Files.createTempDirectory("lectern-e2e");
    server = new SampleArchiveServer(SampleArchiveServer.SAMPLE_ARCHIVE, indexDir);
  }

  @AfterAll
  void stop() throws Exception {
    server.close();
  }

  private JsonNode search(String query) throws Exception {
    HttpResponse<String> response = server.get("/api/search?q=" + SampleArchiveServer.encode(query));
    assertThat(response.statusCode()).as("status of %s: %s", query, response.body()).isEqualTo(200);
    return server.json(response);
  }

  private static List<Integer> pageNumbers(JsonNode hit) {
    List<Integer> numbers = new ArrayList<>();
    hit.get("pages").forEach(p -> numbers.add(p.get("number").asInt()));
    return numbers;
  }

  @Test
  void identifierQueryLandsOnTheSlideThatNamesIt() throws Exception {
    JsonNode result = search("PrivateUse1");
    JsonNode first = result.get("hits").get(0);
    assertThat(first.at("/talk/id").asText()).as(result.toPrettyString()).isEqualTo(PRIVATEUSE1_TALK);
    assertThat(pageNumbers(first)).as(first.toPrettyString()).contains(4);
    JsonNode slide4 = null;
    for (JsonNode page : first.get("pages")) {
      if (page.get("number").asInt() == 4 && page.get("file").asInt() == 1) {
        slide4 = page;
      }
    }
    assertThat(slide4).as(first.toPrettyString()).isNotNull();
    assertThat(slide4.get("snippet").asText()).contains("<mark>PrivateUse1</mark>");
    assertThat(first.at("/talk/meetup/date").asText()).isEqualTo("2024-08-15");
    assertThat(first.at("/talk/speakers/0/name").asText()).isEqualTo("Jiawei Li");
  }

  @Test
  void chineseQueryFindsTheAscendSlides() throws Exception {
    JsonNode result = search("昇腾");
    JsonNode first = result.get("hits").get(0);
    assertThat(first.at("/talk/id").asText()).as(result.toPrettyString()).isEqualTo(ASCEND_TALK);
    assertThat(pageNumbers(first)).containsAnyOf(1, 3);
    assertThat(first.at("/pages/0/snippet").asText()).contains("<mark>昇腾</mark>");
  }

  @Test
  void inductorAndAscendRankTheirTalksFirst() throws Exception {
    assertThat(search("Inductor").at("/hits/0/talk/id").asText()).isEqualTo(INDUCTOR_TALK);
    assertThat(search("Ascend").at("/hits/0/talk/id").asText()).isEqualTo(ASCEND_TALK);
  }

  @Test
  void snippetsAreEscapedAndOnlyMatchesAreMarked() throws Exception {
    JsonNode result = search("aten::add");
    JsonNode first = result.get("hits").get(0);
    assertThat(first.at("/talk/id").asText()).as(result.toPrettyString()).isEqualTo(PRIVATEUSE1_TALK);
    String snippet = first.at("/pages/0/snippet").asText();
    assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
  }

  @Test
  void speakerNotesAreServedApartFromSlideText() throws Exception {
    JsonNode talk = server.json(server.get("/api/talks/" + PRIVATEUSE1_TALK));
    JsonNode slide6 = null;
    for (JsonNode page : talk.get("pages")) {
      if (page.get("file").asInt() == 1 && page.get("number").asInt() == 6) {
        slide6 = page;
      }
    }
    assertThat(slide6).as(talk.toPrettyString()).isNotNull();
    assertThat(slide6.get("notes").asText().toLowerCase()).contains("autoload");
    assertThat(slide6.get("text").asText().toLowerCase()).doesNotContain("autoload");
    JsonNode notesHit = search("notes:autoload").at("/hits/0");
    assertThat(notesHit.at("/talk/id").asText()).isEqualTo(PRIVATEUSE1_TALK);
    assertThat(pageNumbers(notesHit)).contains(6);
  }

  @Test
  void facetsCountTalksAndFilterWithOrWithinAndAcrossFacets() throws Exception {
    JsonNode all = search("PyTorch");
    assertThat(all.get("total").asInt()).isEqualTo(5);
    HttpResponse<String> filtered = server.get("/api/search?q=PyTorch&speaker=jiawei-li&speaker=eikan-wang");
    JsonNode two = server.json(filtered);
    assertThat(two.get("total").asInt()).as(two.toPrettyString()).isEqualTo(2);
    JsonNode speakers = two.at("/facets/speaker");
    assertThat(speakers.size()).as("other speakers stay visible to add").isGreaterThan(2);
    JsonNode none = server.json(server.get("/api/search?q=PyTorch&speaker=jiawei-li&format=pdf"));
    assertThat(none.get("total").asInt()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"unclosed", "AND", "((", "title:", "year:abc", "-", "OR OR", "speaker:\"\""})
  void malformedQueriesNeverFail(String query) throws Exception {
    JsonNode result = search(query);
    assertThat(result.has("hits")).isTrue();
  }

  @Test
  void misspelledQueryGetsARealWordAndResults() throws Exception {
    JsonNode result = search("Inducter");
    assertThat(result.get("didYouMean").asText()).isEqualTo("inductor");
    assertThat(result.at("/hits/0/talk/id").asText()).isEqualTo(INDUCTOR_TALK);
  }

  @Test
  void noticesCarryACodeAndParamsBesideTheEnglishMessage() throws Exception {
    JsonNode result = search("PrivateUse1 year:abc \"unclosed");
    assertThat(result.at("/notices").findValuesAsText("code")).containsExactly("unclosed_quote", "not_a_year");
    assertThat(result.at("/notices/1/params/value").asText()).isEqualTo("abc");
    assertThat(result.at("/notices/1/message").asText()).contains("year:abc is not a year");
    assertThat(result.get("notice").asText()).as("the one English line is kept")
        .isEqualTo("unclosed quote ignored; year:abc is not a year or a range like 2019..2022 and was ignored");
    JsonNode respelled = search("Inducter");
    assertThat(respelled.at("/notices/0/code").asText()).isEqualTo("respelled");
    assertThat(respelled.at("/notices/0/params/query").asText()).isEqualTo("inductor");
    assertThat(search("PrivateUse1").get("notices").size()).as("a query read as written has none").isZero();
  }

  @Test
  void badParametersAre400AndUnknownIds404() throws Exception {
    assertThat(server.get("/api/search?q=x&page=0").statusCode()).isEqualTo(400);
    assertThat(server.get("/api/search?q=x&size=100000").statusCode()).isEqualTo(400);
    assertThat(server.get("/api/search?q=x&sort=sideways").statusCode()).isEqualTo(400);
    assertThat(server.get("/api/search?q=x&page=1000000000").statusCode()).isEqualTo(200);
    HttpResponse<String> missing = server.get("/api/talks/no-such-talk");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(server.json(missing).get("error").asText()).contains("no-such-talk");
    assertThat(server.get("/api/meetups/nope").statusCode()).isEqualTo(404);
    assertThat(server.get("/api/speakers/nope").statusCode()).isEqualTo(404);
  }

  @Test
  void originalsDownloadAsAttachments() throws Exception {
    HttpResponse<byte[]> file = server.getBytes("/api/talks/" + PRIVATEUSE1_TALK + "/files/1");
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
    assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(file.body()).hasSize((int) Files.size(SampleArchiveServer.SAMPLE_ARCHIVE.resolve(
        "2024-08-15-pytorch-shanghai/05-privateuse1-evolution/privateuse1-evolution.pptx")));
    assertThat(server.get("/api/talks/" + PRIVATEUSE1_TALK + "/files/9").statusCode()).isEqualTo(404);
  }

  @Test
  void meetupsSpeakersAndHealthDescribeTheArchive() throws Exception {
    JsonNode meetups = server.json(server.get("/api/meetups"));
    assertThat(meetups.get(0).get("title").asText()).isEqualTo("PyTorch Shanghai Meetup");
    assertThat(meetups.get(0).get("talkCount").asInt()).isEqualTo(5);
    JsonNode meetup = server.json(server.get("/api/meetups/" + meetups.get(0).get("id").asText()));
    assertThat(meetup.get("talks").size()).isEqualTo(5);
    assertThat(meetup.get("city").asText()).isEqualTo("Shanghai");
    JsonNode speaker = server.json(server.get("/api/speakers/jiawei-li"));
    assertThat(speaker.get("talks").get(0).get("id").asText()).isEqualTo(PRIVATEUSE1_TALK);
    JsonNode health = server.json(server.get("/health"));
    assertThat(health.get("status").asText()).isEqualTo("ok");
    assertThat(health.get("talks").asInt()).isEqualTo(5);
    assertThat(health.get("pages").asInt()).isGreaterThanOrEqualTo(36);
    assertThat(health.get("pending").asInt()).isZero();
  }

  @Test
  void searchPageIsServedForUiRoutesWithAStrictPolicy() throws Exception {
    HttpResponse<String> page = server.get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<script type=\"module\"");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
    assertThat(server.get("/talks/" + PRIVATEUSE1_TALK).body()).isEqualTo(page.body());
  }

  @Test
  void suggestionsCompleteTitlesSpeakersAndIdentifiers() throws Exception {
    JsonNode speakers = server.json(server.get("/api/suggest?q=jia"));
    assertThat(speakers.get("suggestions").toString()).as(speakers.toPrettyString()).contains("Jiawei Li");
    JsonNode identifiers = server.json(server.get("/api/suggest?q=privateu"));
    List<String> texts = new ArrayList<>();
    identifiers.get("suggestions").forEach(s -> texts.add(s.get("text").asText().toLowerCase()));
    assertThat(texts).as(identifiers.toPrettyString()).anyMatch(t -> t.contains("privateuse1"));
    assertThat(server.json(server.get("/api/suggest?q=")).get("suggestions").size()).isZero();
    assertThat(server.get("/api/suggest?q=" + "x".repeat(500)).statusCode()).isEqualTo(400);
  }

  @Test
  void relatedTalksLeaveOutTheTalkItself() throws Exception {
    JsonNode related = server.json(server.get("/api/talks/" + PRIVATEUSE1_TALK + "/related"));
    assertThat(related.get("talks").size()).as(related.toPrettyString()).isPositive();
    related.get("talks").forEach(t -> assertThat(t.get("id").asText()).isNotEqualTo(PRIVATEUSE1_TALK));
    assertThat(related.at("/talks/0/id").asText()).isEqualTo(ASCEND_TALK);
    assertThat(server.get("/api/talks/nope/related").statusCode()).isEqualTo(404);
  }

  @Test
  void trendCountsMatchingTalksAndPagesPerMeetup() throws Exception {
    JsonNode trend = server.json(server.get("/api/trend?q=PrivateUse1"));
    JsonNode point = trend.at("/points/0");
    assertThat(point.at("/meetup/date").asText()).as(trend.toPrettyString()).isEqualTo("2024-08-15");
    assertThat(point.get("talks").asInt()).isEqualTo(2);
    assertThat(point.get("pages").asInt()).isGreaterThanOrEqualTo(6);
  }

  @Test
  void traditionalChineseFindsSimplifiedSlides() throws Exception {
    assertThat(search("編譯器").get("total").asInt()).isEqualTo(search("编译器").get("total").asInt()).isPositive();
  }

  @Test
  void titleMatchesOutrankBodyMentions() throws Exception {
    JsonNode result = search("Foundation");
    assertThat(result.at("/hits/0/talk/title").asText()).as(result.toPrettyString()).contains("Foundation");
  }

  @Test
  void wholeIdentifierOutranksItsParts() throws Exception {
    JsonNode whole = search("torch.compile");
    assertThat(whole.at("/hits/0/talk/id").asText()).as(whole.toPrettyString()).isEqualTo(INDUCTOR_TALK);
    JsonNode part = search("compile");
    assertThat(part.get("total").asInt()).isGreaterThanOrEqualTo(whole.get("total").asInt());
  }

  @Test
  void sortNewestAndOldestAreAccepted() throws Exception {
    for (String sort : List.of("newest", "oldest", "relevance")) {
      HttpResponse<String> response = server.get("/api/search?q=PyTorch&sort=" + sort);
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(server.json(response).get("total").asInt()).isEqualTo(5);
    }
  }

  @Test
  void snippetsNeverCutAWordOrACharacterInHalf() throws Exception {
    for (String query : List.of("PrivateUse1", "Ascend", "昇腾", "Triton", "dispatcher")) {
      for (JsonNode hit : search(query).get("hits")) {
        for (JsonNode page : hit.get("pages")) {
          String plain = page.get("snippet").asText().replaceAll("</?mark>", "")
              .replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
              .replace("&#x27;", "'").replace(" …", "").strip();
          String pageText = pageText(hit.at("/talk/id").asText(), page.get("file").asInt(), page.get("number").asInt());
          String flat = pageText.replaceAll("\\s+", " ");
          for (String piece : plain.split(" … ")) {
            String words = piece.strip();
            assertThat(flat).as("snippet of %s", query).contains(words);
            int at = flat.indexOf(words);
            assertThat(at == 0 || !Character.isLetterOrDigit(flat.charAt(at - 1))
                || !Character.isLetterOrDigit(words.charAt(0)))
                .as("snippet '%s' starts inside a word of '%s'", words, flat).isTrue();
            int end = at + words.length();
            assertThat(end == flat.length() || !Character.isLetterOrDigit(flat.charAt(end))
                || !Character.isLetterOrDigit(words.charAt(words.length() - 1)))
                .as("snippet '%s' ends inside a word of '%s'", words, flat).isTrue();
          }
        }
      }
    }
  }

  private String pageText(String talkId, int file, int number) throws Exception {
    JsonNode talk = server.json(server.get("/api/talks/" + talkId));
    for (JsonNode page : talk.get("pages")) {
      if (page.get("file").asInt() == file && page.get("number").asInt() == number) {
        return page.get("text").asText() + " " + page.get("notes").asText();
      }
    }
    throw new AssertionError("no page " + file + "/" + number + " in " + talkId);
  }
}

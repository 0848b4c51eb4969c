package dev.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lectern.sample.Fixtures;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Organizers' writes against a real server: real multipart bodies over HTTP, a real copy of the
 * sample archive, real Tika and Lucene; after each write the archive and the index are inspected.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class OrganizerWritesIT {
  private static final String MEETUP = "2024-08-15-pytorch-shanghai";
  private static final String PRIVATEUSE1_TALK = "2024-08-15-pytorch-shanghai-05-privateuse1-evolution";
  private static final Duration INDEXED = Duration.ofSeconds(30);

  @TempDir static Path extractionCache;
  @TempDir Path root;
  private WritableArchiveServer server;

  @BeforeEach
  void start() throws Exception {
    server = new WritableArchiveServer(root, extractionCache, 1);
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private MultipartBody talkForm(String title) {
    return new MultipartBody().field("title", title).field("meetup", MEETUP)
        .field("speaker", "Ada Quokka (Lectern Labs)").field("tags", "testing, uploads").field("language", "en");
  }

  private List<Path> leftovers() throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.getFileName().toString().startsWith(".upload-")
          || p.startsWith(server.indexDir.resolve("upload-tmp")) && Files.isRegularFile(p)).toList();
    }
  }

  private List<String> archiveFiles() throws IOException {
    try (Stream<Path> files = Files.walk(server.archive)) {
      return files.filter(Files::isRegularFile).map(p -> server.archive.relativize(p).toString()).sorted().toList();
    }
  }

  @Test
  void anonymousAndBadTokenWritesAreRefusedAndChangeNothing() throws Exception {
    List<String> before = archiveFiles();
    MultipartBody body = talkForm("Anonymous").file("file", "a.pdf", "application/pdf", Fixtures.pdfBytes("anonymous"));
    HttpResponse<String> anonymous = server.send(server.request("/api/talks")
        .header("Content-Type", body.contentType()).POST(body.publisher()).build());
    HttpResponse<String> badToken = server.send(server.request("/api/talks").header("Authorization", "Bearer lct_nope")
        .header("Content-Type", body.contentType()).POST(body.publisher()).build());
    HttpResponse<String> audit = server.get("/api/audit");

    assertThat(anonymous.statusCode()).as(anonymous.body()).isEqualTo(401);
    assertThat(server.parse(anonymous).path("error").asText()).isNotEmpty();
    assertThat(badToken.statusCode()).as(badToken.body()).isEqualTo(401);
    assertThat(audit.statusCode()).as(audit.body()).isEqualTo(401);
    assertThat(archiveFiles()).isEqualTo(before);
  }

  @Test
  void cookieSessionNeedsTheCsrfHeaderToWrite() throws Exception {
    HttpResponse<String> login = server.send(server.request("/api/login").header("Content-Type", "application/json")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"token\":\"" + server.token + "\"}")).build());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    String setCookie = login.headers().firstValue("Set-Cookie").orElse("");
    assertThat(setCookie).contains("HttpOnly").contains("SameSite=Strict").contains("Path=/");
    String cookie = setCookie.substring(0, setCookie.indexOf(';'));
    String csrf = server.parse(login).path("csrf").asText();
    assertThat(server.parse(login).path("user").asText()).isEqualTo("alice");
    String meetup = "{\"title\":\"Cookie Meetup\",\"date\":\"2025-01-02\"}";

    HttpResponse<String> noCsrf = server.send(server.request("/api/meetups").header("Cookie", cookie)
        .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(meetup)).build());
    HttpResponse<String> wrongCsrf = server.send(server.request("/api/meetups").header("Cookie", cookie)
        .header("X-CSRF-Token", csrf + "x").header("Content-Type", "application/json")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(meetup)).build());
    HttpResponse<String> withCsrf = server.send(server.request("/api/meetups").header("Cookie", cookie)
        .header("X-CSRF-Token", csrf).header("Content-Type", "application/json")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(meetup)).build());
    HttpResponse<String> session = server.send(server.request("/api/session").header("Cookie", cookie).GET().build());

    assertThat(noCsrf.statusCode()).as(noCsrf.body()).isEqualTo(403);
    assertThat(wrongCsrf.statusCode()).as(wrongCsrf.body()).isEqualTo(403);
    assertThat(withCsrf.statusCode()).as(withCsrf.body()).isEqualTo(201);
    assertThat(session.statusCode()).isEqualTo(200);
    assertThat(server.parse(session).path("csrf").asText()).isEqualTo(csrf);
    assertThat(server.get("/api/session").statusCode()).isEqualTo(401);
  }

  @Test
  void failedLoginsAreRateLimitedWithoutLockingOutTheRightToken() throws Exception {
    int last = 0;
    for (int i = 0; i < 11; i++) {
      last = server.send(server.request("/api/login").header("Content-Type", "application/json")
          .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"token\":\"lct_wrong\"}")).build()).statusCode();
    }
    HttpResponse<String> right = server.send(server.request("/api/login").header("Content-Type", "application/json")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"token\":\"" + server.token + "\"}")).build());
    assertThat(last).isEqualTo(429);
    assertThat(right.statusCode()).as(right.body()).isEqualTo(200);
  }

  @Test
  void uploadIsAcknowledgedThenLandsInTheArchiveAndBecomesSearchable() throws Exception {
    long start = System.nanoTime();
    HttpResponse<String> created = server.upload("/api/talks",
        talkForm("Quokka Tensors").file("file", "quokka tensors.pdf", "application/pdf", Fixtures.pdfBytes("Zanzibarian quokka tensors")));
    long acknowledged = System.nanoTime();
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode talk = server.parse(created);
    String id = talk.path("id").asText();
    assertThat(created.headers().firstValue("Location")).contains("/api/talks/" + id);
    assertThat(talk.path("status").asText()).isEqualTo("indexing");
    assertThat(server.get("/api/talks/" + id).statusCode()).isEqualTo(200);

    JsonNode result = server.awaitSearch("zanzibarian", r -> WritableArchiveServer.hasTalk(r, id), INDEXED);
    long searchable = System.nanoTime();
    System.out.printf("upload acknowledged in %d ms, searchable after %d ms%n",
        (acknowledged - start) / 1_000_000, (searchable - start) / 1_000_000);
    assertThat(WritableArchiveServer.hasTalk(result, id)).as(result.toPrettyString()).isTrue();
    Path folder = server.archive.resolve(MEETUP).resolve("quokka-tensors");
    assertThat(folder.resolve("quokka tensors.pdf")).exists();
    JsonNode talkJson = new com.fasterxml.jackson.databind.ObjectMapper().readTree(folder.resolve("talk.json").toFile());
    assertThat(talkJson.path("title").asText()).isEqualTo("Quokka Tensors");
    assertThat(talkJson.at("/speakers/0/name").asText()).isEqualTo("Ada Quokka");
    assertThat(talkJson.at("/speakers/0/affiliation").asText()).isEqualTo("Lectern Labs");
    JsonNode indexed = server.parse(server.get("/api/talks/" + id));
    assertThat(indexed.path("status").asText()).as(indexed.toPrettyString()).isEqualTo("ok");
    assertThat(leftovers()).isEmpty();
    JsonNode audit = server.parse(server.send(server.authorized("/api/audit").GET().build()));
    assertThat(audit.toString()).contains("\"action\":\"upload\"").contains(id)
        .contains(indexed.at("/files/0/sha256").asText());
  }

  @Test
  void aFileTheArchiveHoldsIsNotStoredTwice() throws Exception {
    byte[] existing = Files.readAllBytes(server.archive.resolve(MEETUP)
        .resolve("05-privateuse1-evolution/privateuse1-evolution.pptx"));
    List<String> before = archiveFiles();
    HttpResponse<String> response = server.upload("/api/talks",
        talkForm("Again").file("file", "renamed.pptx", "application/octet-stream", existing));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(server.parse(response).at("/duplicateOf/id").asText()).isEqualTo(PRIVATEUSE1_TALK);
    assertThat(archiveFiles()).isEqualTo(before);
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aFileWithTheSameNameIsANewVersion() throws Exception {
    String id = server.parse(server.upload("/api/talks", talkForm("Versioned")
        .file("file", "deck.pdf", "application/pdf", Fixtures.pdfBytes("first draft wombatology")))).path("id").asText();
    server.awaitSearch("wombatology", r -> WritableArchiveServer.hasTalk(r, id), INDEXED);

    HttpResponse<String> replaced = server.upload("/api/talks/" + id + "/files",
        new MultipartBody().file("file", "deck.pdf", "application/pdf", Fixtures.pdfBytes("final version numbatology")));
    assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(201);
    JsonNode found = server.awaitSearch("numbatology", r -> WritableArchiveServer.hasTalk(r, id), INDEXED);

    assertThat(WritableArchiveServer.hasTalk(found, id)).as(found.toPrettyString()).isTrue();
    JsonNode old = server.search("wombatology");
    assertThat(WritableArchiveServer.hasTalk(old, id)).as(old.toPrettyString()).isFalse();
    try (Stream<Path> files = Files.list(server.archive.resolve(MEETUP).resolve("versioned"))) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly("deck.pdf", "talk.json");
    }
  }

  @Test
  void patchWritesTalkJsonAndSearchFindsTheNewTitle() throws Exception {
    HttpResponse<String> patched = server.json("PATCH", "/api/talks/" + PRIVATEUSE1_TALK,
        "{\"title\":\"Platypus dispatch keys\",\"tags\":[\"platypus\"],\"speakers\":[\"Jiawei Li (Huawei)\"]}");
    assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
    assertThat(server.parse(patched).path("status").asText()).isEqualTo("indexing");
    JsonNode result = server.awaitSearch("title:platypus", r -> WritableArchiveServer.hasTalk(r, PRIVATEUSE1_TALK), INDEXED);

    assertThat(WritableArchiveServer.hasTalk(result, PRIVATEUSE1_TALK)).as(result.toPrettyString()).isTrue();
    JsonNode talkJson = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
        server.archive.resolve(MEETUP).resolve("05-privateuse1-evolution/talk.json").toFile());
    assertThat(talkJson.path("title").asText()).isEqualTo("Platypus dispatch keys");
    assertThat(talkJson.path("abstract").asText()).as("fields not patched are kept").contains("PrivateUse1");
    HttpResponse<String> bad = server.json("PATCH", "/api/talks/" + PRIVATEUSE1_TALK, "{\"title\": 3}");
    assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
  }

  @Test
  void aLooseFileTalkIsEditedThroughATalkJsonBesideItAndKeepsItsIdAndUnknownKeys() throws Exception {
    Path meetup = server.archive.resolve(MEETUP);
    Files.writeString(meetup.resolve("Wombat-Deck.talk.json"), "{\"video\":\"https://v.example/w\",\"recordedBy\":\"kept\"}");
    Files.write(meetup.resolve("Wombat-Deck.pdf"), Fixtures.pdfBytes("wombatology in practice"));
    JsonNode found = server.awaitSearch("wombatology", r -> r.path("hits").size() > 0, INDEXED);
    String id = found.at("/hits/0/talk/id").asText();
    assertThat(found.at("/hits/0/talk/videoUrl").asText()).as("the sidecar is read").isEqualTo("https://v.example/w");

    HttpResponse<String> patched = server.json("PATCH", "/api/talks/" + id,
        "{\"title\":\"Numbat burrows\",\"date\":\"2024-08-16\",\"speakers\":[{\"name\":\"Ada Quokka\",\"affiliation\":\"Zoo\"}]}");
    assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
    JsonNode result = server.awaitSearch("numbat", r -> WritableArchiveServer.hasTalk(r, id), INDEXED);
    assertThat(result.at("/hits/0/talk/title").asText()).isEqualTo("Numbat burrows");
    assertThat(result.at("/hits/0/talk/date").asText()).isEqualTo("2024-08-16");
    assertThat(result.at("/hits/0/talk/speakers/0/affiliation").asText()).isEqualTo("Zoo");
    JsonNode sidecar = new com.fasterxml.jackson.databind.ObjectMapper().readTree(meetup.resolve("Wombat-Deck.talk.json").toFile());
    assertThat(sidecar.path("recordedBy").asText()).as("keys Lectern does not know survive an edit").isEqualTo("kept");
    assertThat(sidecar.path("video").asText()).isEqualTo("https://v.example/w");
    assertThat(Files.isRegularFile(meetup.resolve("Wombat-Deck.pdf"))).as("the deck is not moved").isTrue();
    String audit = server.send(server.authorized("/api/audit").GET().build()).body();
    assertThat(audit).contains("\"action\":\"edit-talk\"").contains("Wombat-Deck.talk.json");
  }

  @Test
  void aSeriesIsRenamedThroughItsSeriesJson() throws Exception {
    Path series = server.archive.resolve("lectern-nights");
    for (String date : List.of("2025-01-07", "2025-02-04")) {
      Files.createDirectories(series.resolve(date + "/intro"));
      Files.write(series.resolve(date + "/intro/intro.pdf"), Fixtures.pdfBytes("bandicoot evening " + date));
    }
    // Material beside the evenings (no date, no meetup.json) belongs to the series and is no meetup of it.
    Files.createDirectories(series.resolve("design-notes"));
    Files.write(series.resolve("design-notes/call-for-talks.pdf"), Fixtures.pdfBytes("call for talks"));
    JsonNode found = server.awaitGet("/api/series", r -> r.toString().contains("Lectern Nights")
        && r.toString().contains("\"talkCount\":3"), INDEXED);
    JsonNode entry = SampleArchiveServer.elements(found).stream()
        .filter(s -> s.path("title").asText().equals("Lectern Nights")).findFirst().orElseThrow();
    String id = entry.path("id").asText();
    assertThat(entry.path("meetupCount").asInt()).as("the material is not counted as a meetup: " + entry).isEqualTo(2);
    assertThat(entry.path("talkCount").asInt()).as("its talk is counted with the series").isEqualTo(3);
    JsonNode detail = server.awaitGet("/api/series/" + id, r -> r.path("meetups").size() == 3, INDEXED);
    assertThat(detail.path("meetups").findValues("material")).extracting(JsonNode::asBoolean)
        .containsExactlyInAnyOrder(true, false, false);
    assertThat(detail.path("first").asText()).isEqualTo("2025-01-07");
    JsonNode meetups = server.awaitGet("/api/meetups", r -> r.size() > 0, INDEXED);
    assertThat(SampleArchiveServer.elements(meetups).stream()
        .filter(m -> m.path("series").asText().equals(id) && m.path("material").asBoolean()).count()).isEqualTo(1);

    HttpResponse<String> patched = server.json("PATCH", "/api/series/" + id, "{\"title\":\"Bandicoot Evenings\"}");
    assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
    assertThat(series.resolve("series.json")).content().contains("Bandicoot Evenings");
    JsonNode renamed = server.awaitGet("/api/series/" + id,
        r -> r.path("title").asText().equals("Bandicoot Evenings"), INDEXED);
    assertThat(renamed.path("title").asText()).as(renamed.toPrettyString()).isEqualTo("Bandicoot Evenings");
    // Search offers the series as a facet under its new name, and filters by it.
    JsonNode search = server.awaitGet("/api/search?mode=lexical&q=bandicoot&series=" + id,
        r -> r.path("facets").path("series").toString().contains("Bandicoot Evenings"), INDEXED);
    assertThat(search.path("total").asInt()).as(search.toPrettyString()).isEqualTo(2);
    assertThat(search.path("facets").path("series").get(0).path("value").asText()).isEqualTo(id);
    assertThat(search.path("facets").path("series").get(0).path("count").asInt()).isEqualTo(2);
    assertThat(server.json("PATCH", "/api/series/no-such-series", "{\"title\":\"X\"}").statusCode()).isEqualTo(404);
    assertThat(server.json("PATCH", "/api/series/" + id, "{\"title\":\"\"}").statusCode()).isEqualTo(400);
  }

  @Test
  void aTalkMovesToAnotherMeetupWithItsFilesAndTalkJson() throws Exception {
    HttpResponse<String> created = server.json("POST", "/api/meetups", "{\"title\":\"Lectern Night\",\"date\":\"2025-03-04\"}");
    String meetupId = server.parse(created).path("id").asText();
    Path meetup = server.archive.resolve(MEETUP);
    Files.writeString(meetup.resolve("Potoroo.talk.json"), "{\"tags\":[\"marsupials\"]}");
    Files.write(meetup.resolve("Potoroo.pdf"), Fixtures.pdfBytes("potoroo gaits"));
    String loose = server.awaitSearch("potoroo", r -> r.path("hits").size() > 0, INDEXED).at("/hits/0/talk/id").asText();

    HttpResponse<String> folderMoved = server.json("PATCH", "/api/talks/" + PRIVATEUSE1_TALK,
        "{\"meetup\":\"" + meetupId + "\",\"title\":\"Platypus keys, moved\"}");
    assertThat(folderMoved.statusCode()).as(folderMoved.body()).isEqualTo(200);
    String movedId = server.parse(folderMoved).path("id").asText();
    assertThat(movedId).isNotEqualTo(PRIVATEUSE1_TALK);
    Path newFolder = server.archive.resolve("2025-03-04-lectern-night/05-privateuse1-evolution");
    assertThat(newFolder.resolve("privateuse1-evolution.pptx")).exists();
    assertThat(newFolder.resolve("talk.json")).content().contains("Platypus keys, moved");
    assertThat(meetup.resolve("05-privateuse1-evolution")).doesNotExist();

    HttpResponse<String> looseMoved = server.json("PATCH", "/api/talks/" + loose, "{\"meetup\":\"" + meetupId + "\"}");
    assertThat(looseMoved.statusCode()).as(looseMoved.body()).isEqualTo(200);
    Path looseFolder = server.archive.resolve("2025-03-04-lectern-night/Potoroo");
    assertThat(looseFolder.resolve("Potoroo.pdf")).exists();
    assertThat(looseFolder.resolve("talk.json")).as("the sidecar becomes the folder's talk.json").content()
        .contains("marsupials");
    assertThat(meetup.resolve("Potoroo.pdf")).doesNotExist();

    JsonNode found = server.awaitSearch("platypus", r -> WritableArchiveServer.hasTalk(r, movedId)
        && !WritableArchiveServer.hasTalk(r, PRIVATEUSE1_TALK), INDEXED);
    assertThat(found.at("/hits/0/talk/meetup/id").asText()).as(found.toPrettyString()).isEqualTo(meetupId);
    assertThat(WritableArchiveServer.hasTalk(found, PRIVATEUSE1_TALK)).isFalse();
    assertThat(server.json("PATCH", "/api/talks/" + movedId, "{\"meetup\":\"no-such-meetup\"}").statusCode())
        .isEqualTo(400);
    assertThat(server.send(server.authorized("/api/audit").GET().build()).body()).contains("\"action\":\"move-talk\"");
  }

  @Test
  void aPersonDeclaredInSpeakersJsonRenamesTheirTalksSpeakers() throws Exception {
    HttpResponse<String> declared = server.json("POST", "/api/speakers",
        "{\"name\":\"Frederick Li\",\"aliases\":[\"Fred Li\"],\"affiliation\":\"PyTorch Foundation\"}");
    assertThat(declared.statusCode()).as(declared.body()).isEqualTo(200);
    assertThat(server.archive.resolve("speakers.json")).content().contains("Frederick Li").contains("Fred Li");
    JsonNode speakers = server.awaitGet("/api/speakers", r -> r.toString().contains("Frederick Li"), INDEXED);
    assertThat(speakers.toString()).as(speakers.toPrettyString()).contains("Frederick Li").doesNotContain("\"Fred Li\"");
    assertThat(server.json("POST", "/api/speakers", "{\"aliases\":[\"x\"]}").statusCode()).isEqualTo(400);
  }

  @Test
  void deleteMovesTheTalkToTheTrashAndRestoreBringsItBack() throws Exception {
    HttpResponse<String> deleted = server.send(server.authorized("/api/talks/" + PRIVATEUSE1_TALK).DELETE().build());
    assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
    assertThat(server.get("/api/talks/" + PRIVATEUSE1_TALK).statusCode()).isEqualTo(404);
    JsonNode gone = server.awaitSearch("PrivateUse1", r -> !WritableArchiveServer.hasTalk(r, PRIVATEUSE1_TALK), INDEXED);
    assertThat(WritableArchiveServer.hasTalk(gone, PRIVATEUSE1_TALK)).as(gone.toPrettyString()).isFalse();
    assertThat(server.archive.resolve(MEETUP).resolve("05-privateuse1-evolution")).doesNotExist();
    try (Stream<Path> trash = Files.list(server.archive.resolve(".trash"))) {
      assertThat(trash.map(p -> p.getFileName().toString()).toList()).singleElement().asString()
          .startsWith(PRIVATEUSE1_TALK + "-");
    }
    JsonNode listed = server.parse(server.send(server.authorized("/api/trash").GET().build()));
    assertThat(listed.at("/0/id").asText()).isEqualTo(PRIVATEUSE1_TALK);

    HttpResponse<String> restored = server.send(server.authorized("/api/trash/" + PRIVATEUSE1_TALK + "/restore")
        .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build());
    assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
    JsonNode back = server.awaitSearch("PrivateUse1", r -> WritableArchiveServer.hasTalk(r, PRIVATEUSE1_TALK), INDEXED);
    assertThat(WritableArchiveServer.hasTalk(back, PRIVATEUSE1_TALK)).as(back.toPrettyString()).isTrue();
    assertThat(server.archive.resolve(MEETUP).resolve("05-privateuse1-evolution/privateuse1-evolution.pptx")).exists();
    String audit = server.send(server.authorized("/api/audit").GET().build()).body();
    assertThat(audit).contains("\"action\":\"delete\"").contains("\"action\":\"restore\"");
  }

  @Test
  void meetupsAreCreatedAndEditedAsMeetupJson() throws Exception {
    HttpResponse<String> created = server.json("POST", "/api/meetups",
        "{\"title\":\"Lectern Night\",\"date\":\"2025-03-04\",\"city\":\"Berlin\",\"venue\":\"Hall 1\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = server.parse(created).path("id").asText();
    Path folder = server.archive.resolve("2025-03-04-lectern-night");
    assertThat(folder.resolve("meetup.json")).exists();
    assertThat(created.headers().firstValue("Location")).contains("/api/meetups/" + id);

    HttpResponse<String> patched = server.json("PATCH", "/api/meetups/" + id, "{\"venue\":\"Hall 2\"}");
    assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
    JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(folder.resolve("meetup.json").toFile());
    assertThat(json.path("venue").asText()).isEqualTo("Hall 2");
    assertThat(json.path("city").asText()).isEqualTo("Berlin");

    HttpResponse<String> upload = server.upload("/api/talks", new MultipartBody().field("title", "First talk")
        .field("meetup", id).file("file", "first.md", "text/markdown", "# Echidna notes".getBytes(StandardCharsets.UTF_8)));
    assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
    assertThat(folder.resolve("first-talk/first.md")).exists();
    HttpResponse<String> badDate = server.json("POST", "/api/meetups", "{\"title\":\"X\",\"date\":\"2025-13-01\"}");
    assertThat(badDate.statusCode()).as(badDate.body()).isEqualTo(400);
  }

  @Test
  void anEditOfAMeetupNamedByItsFolderAnswersWithTheNameTheArchiveServes() throws Exception {
    Path talk = Files.createDirectories(server.archive.resolve("2025-05-06-numbatml-evening/kernels"));
    Files.write(talk.resolve("kernels.pdf"), Fixtures.pdfBytes("NumbatML kernels", "NumbatML runs them fast"));
    JsonNode served = server.awaitGet("/api/meetups", r -> r.toString().contains("NumbatML Evening"), INDEXED);
    String id = SampleArchiveServer.elements(served).stream()
        .filter(m -> m.path("title").asText().equals("NumbatML Evening")).findFirst().orElseThrow()
        .path("id").asText();

    HttpResponse<String> patched = server.json("PATCH", "/api/meetups/" + id, "{\"city\":\"Perth\"}");
    assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
    assertThat(server.parse(patched).path("title").asText()).as("the folder's spelling is Numbatml; the slides' NumbatML")
        .isEqualTo("NumbatML Evening");
    assertThat(server.parse(patched).path("city").asText()).isEqualTo("Perth");
  }

  @Test
  void uploadIntoANewMeetupCreatesBothFolders() throws Exception {
    HttpResponse<String> created = server.upload("/api/talks", new MultipartBody().field("title", "Opening")
        .field("meetupTitle", "Spring Summit").field("meetupDate", "2025-04-05").field("meetupCity", "Paris")
        .file("file", "opening.pdf", "application/pdf", Fixtures.pdfBytes("opening bilbyology")));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = server.parse(created).path("id").asText();
    assertThat(server.archive.resolve("2025-04-05-spring-summit/meetup.json")).exists();
    assertThat(server.archive.resolve("2025-04-05-spring-summit/opening/opening.pdf")).exists();
    JsonNode result = server.awaitSearch("bilbyology", r -> WritableArchiveServer.hasTalk(r, id), INDEXED);
    assertThat(WritableArchiveServer.hasTalk(result, id)).as("the id the upload returned is the indexed one: %s",
        result.toPrettyString()).isTrue();
    assertThat(result.at("/hits/0/talk/meetup/city").asText()).isEqualTo("Paris");
  }

  @Test
  void simultaneousIdenticalUploadsStoreTheFileOnce() throws Exception {
    byte[] deck = Fixtures.pdfBytes("twice at once dugongology");
    List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> sent = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      MultipartBody body = talkForm("Raced " + i).file("file", "raced.pdf", "application/pdf", deck);
      sent.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
        try {
          return server.upload("/api/talks", body);
        } catch (Exception e) {
          throw new java.util.concurrent.CompletionException(e);
        }
      }));
    }
    List<Integer> statuses = sent.stream().map(java.util.concurrent.CompletableFuture::join)
        .map(HttpResponse::statusCode).sorted().toList();

    assertThat(statuses).containsExactly(200, 200, 200, 201);
    try (Stream<Path> files = Files.walk(server.archive)) {
      assertThat(files.filter(p -> p.getFileName().toString().equals("raced.pdf")).count()).isEqualTo(1);
    }
    assertThat(leftovers()).isEmpty();
  }
}

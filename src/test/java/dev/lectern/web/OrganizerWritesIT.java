package dev.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Organizers' writes against a real server: real multipart bodies over HTTP, a real copy of the
 * sample archive, real Tika and Lucene; after each write the archive and the index are inspected.
 */
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

  static byte[] pdf(String... lines) throws IOException {
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream text = new PDPageContentStream(document, page)) {
        text.beginText();
        text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 18);
        text.newLineAtOffset(50, 700);
        for (String line : lines) {
          text.showText(line);
          text.newLineAtOffset(0, -24);
        }
        text.endText();
      }
      document.save(out);
      return out.toByteArray();
    }
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
    MultipartBody body = talkForm("Anonymous").file("file", "a.pdf", "application/pdf", pdf("anonymous"));
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
  void failedLoginsAreRateLimited() throws Exception {
    int last = 0;
    for (int i = 0; i < 11; i++) {
      last = server.send(server.request("/api/login").header("Content-Type", "application/json")
          .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"token\":\"lct_wrong\"}")).build()).statusCode();
    }
    HttpResponse<String> right = server.send(server.request("/api/login").header("Content-Type", "application/json")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"token\":\"" + server.token + "\"}")).build());
    assertThat(last).isEqualTo(429);
    assertThat(right.statusCode()).as(right.body()).isEqualTo(429);
  }

  @Test
  void uploadIsAcknowledgedThenLandsInTheArchiveAndBecomesSearchable() throws Exception {
    long start = System.nanoTime();
    HttpResponse<String> created = server.upload("/api/talks",
        talkForm("Quokka Tensors").file("file", "quokka tensors.pdf", "application/pdf", pdf("Zanzibarian quokka tensors")));
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
}

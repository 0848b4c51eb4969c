package dev.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lectern.SampleArchive;
import dev.lectern.archive.ArchiveScanner;
import dev.lectern.archive.ArchiveTalk;
import dev.lectern.extract.ChildProcessExtractor;
import dev.lectern.extract.ExtractionLimits;
import dev.lectern.sample.HostileFiles;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample archive plus a meetup of hostile files, indexed through the real child-process
 * extractor and served over HTTP: every hostile file gets its status, the server stays healthy, and
 * the sample talks are all still found.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class HostileArchiveIT {
  @TempDir Path temp;

  @Test
  void hostileFilesGetAStatusAndTheServerKeepsServingTheGoodTalks() throws Exception {
    Path archive = temp.resolve("archive");
    SampleArchive.copyTree(SampleArchiveServer.SAMPLE_ARCHIVE, archive);
    Path night = Files.createDirectories(archive.resolve("2024-09-01-hostile-night"));
    HostileFiles hostile = new HostileFiles(night);
    hostile.zipBombPptx(1L << 30);
    hostile.billionLaughsPptx();
    hostile.billionLaughsOdp();
    // The secret lives outside the archive: only an expanded entity could bring it in.
    Path secret = Files.writeString(temp.resolve("secret.txt"), "do-not-leak-this-secret");
    hostile.xxePdf("xxe.pdf", secret.toUri().toString());
    hostile.zeroBytes();
    hostile.truncatedPdf();
    hostile.passwordPdf();
    hostile.imageOnlyPdf();
    hostile.executableAsPdf();
    ExtractionLimits limits = ExtractionLimits.DEFAULTS.withTimeout(Duration.ofSeconds(60)).withHeapMb(256);
    try (SampleArchiveServer server = new SampleArchiveServer(archive, temp.resolve("index"),
        new ChildProcessExtractor(limits, 2))) {
      JsonNode health = server.json(server.get("/health"));
      assertThat(health.get("status").asText()).isEqualTo("ok");
      assertThat(health.get("talks").asInt()).as(health.toString())
          .isEqualTo(new ArchiveScanner(archive).scan().talks().size());

      JsonNode found = server.json(server.get("/api/search?q=PrivateUse1"));
      assertThat(found.at("/hits/0/talk/id").asText()).as(found.toString())
          .isEqualTo("2024-08-15-pytorch-shanghai-05-privateuse1-evolution");
      for (String query : new String[] {"昇腾", "Inductor", "PyTorch Foundation"}) {
        assertThat(server.json(server.get("/api/search?q=" + SampleArchiveServer.encode(query))).get("total").asInt())
            .as(query).isPositive();
      }
      JsonNode leak = server.json(server.get("/api/search?q=" + SampleArchiveServer.encode("do-not-leak-this-secret")));
      assertThat(leak.get("total").asInt()).as(leak.toString()).isZero();

      Map<String, String> statuses = fileStatuses(server, archive);
      System.out.println("hostile statuses: " + statuses);
      assertThat(statuses.get("zip-bomb.pptx")).startsWith("failed: zip bomb");
      assertThat(statuses.get("zero.pdf")).startsWith("empty");
      assertThat(statuses.get("password.pdf")).startsWith("encrypted");
      assertThat(statuses.get("image-only.pdf")).startsWith("empty");
      assertThat(statuses.get("program.pdf")).startsWith("unsupported");
      assertThat(statuses.get("truncated.pdf")).startsWith("failed");
      assertThat(statuses.get("billion-laughs.pptx")).doesNotContain("lollol");
      assertThat(statuses.get("billion-laughs.odp")).startsWith("failed");
    }
  }

  /** File name → "status: reason", read back through the talk API. */
  private static Map<String, String> fileStatuses(SampleArchiveServer server, Path archive) throws Exception {
    Map<String, String> statuses = new HashMap<>();
    for (ArchiveTalk talk : new ArchiveScanner(archive).scan().talks()) {
      HttpResponse<String> response = server.get("/api/talks/" + SampleArchiveServer.encode(talk.id()));
      assertThat(response.statusCode()).as("%s: %s", talk.id(), response.body()).isEqualTo(200);
      for (JsonNode file : server.json(response).get("files")) {
        String name = Path.of(file.get("path").asText()).getFileName().toString();
        statuses.put(name, file.get("status").asText() + ": " + file.get("reason").asText());
      }
    }
    return statuses;
  }

}

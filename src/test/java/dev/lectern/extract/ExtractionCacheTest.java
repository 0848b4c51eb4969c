package dev.lectern.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lectern.archive.ContentHash;
import dev.lectern.model.DocumentMetadata;
import dev.lectern.model.Extraction;
import dev.lectern.model.ExtractionStatus;
import dev.lectern.model.Page;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionCacheTest {
  private static final String HASH = "ab" + "c".repeat(62);

  @TempDir Path dir;

  private final Extraction extraction = new Extraction(ExtractionStatus.TRUNCATED, "character cap reached",
      List.of(new Page(1, "Title slide\nsecond line", ""), new Page(2, "Body 服务网格", "a note")),
      new DocumentMetadata("Deck", "Ada", "2024-01-02T03:04:05Z", "", 2, "application/pdf", "en"));

  @Test
  void storedExtractionReadsBackEqual() throws IOException {
    ExtractionCache cache = new ExtractionCache(dir);

    cache.put(HASH, extraction);

    assertThat(cache.get(HASH)).contains(extraction);
    assertThat(dir.resolve("ab").resolve(HASH + ".json.gz")).isRegularFile();
  }

  @Test
  void unknownHashIsAMiss() {
    assertThat(new ExtractionCache(dir).get(HASH)).isEmpty();
  }

  @Test
  void putReplacesAndLeavesNoTempFiles() throws IOException {
    ExtractionCache cache = new ExtractionCache(dir);
    cache.put(HASH, Extraction.failed(ExtractionStatus.FAILED, "first"));

    cache.put(HASH, extraction);

    assertThat(cache.get(HASH)).contains(extraction);
    try (Stream<Path> files = Files.list(dir.resolve("ab"))) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly(HASH + ".json.gz");
    }
  }

  @Test
  void entryOfAnotherFormatVersionIsAMiss() throws IOException {
    Path file = new ExtractionCache(dir).pathOf(HASH);
    Files.createDirectories(file.getParent());
    writeGzip(file, "{\"format\":0,\"sha256\":\"" + HASH + "\",\"extraction\":{\"status\":\"OK\"}}");

    assertThat(new ExtractionCache(dir).get(HASH)).isEmpty();
  }

  @Test
  void damagedEntryIsAMissNotAnError() throws IOException {
    Path file = new ExtractionCache(dir).pathOf(HASH);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "not gzip at all");

    assertThat(new ExtractionCache(dir).get(HASH)).isEmpty();
  }

  @Test
  void hashThatIsNotHexIsRejectedBeforeTouchingTheDisk() {
    ExtractionCache cache = new ExtractionCache(dir);

    assertThatThrownBy(() -> cache.get("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sha256");
  }

  @Test
  void contentHashIsTheSha256OfTheBytes() throws IOException {
    Path file = Files.writeString(dir.resolve("abc.txt"), "abc");

    assertThat(new ContentHash().sha256(file))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        .isEqualTo(new ContentHash().sha256("abc".getBytes(StandardCharsets.US_ASCII)));
  }

  private static void writeGzip(Path file, String json) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(json.getBytes(StandardCharsets.UTF_8));
    }
  }
}

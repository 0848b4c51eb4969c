package dev.lectern.cli;

import dev.lectern.sample.InProcessLectern;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.SampleArchive;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The organizers' commands as a person runs them: real arguments, real files, real index. */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class OrganizerCommandsIT {
  @TempDir Path root;

  private record Run(int code, String out, String err) {
    List<String> lines() {
      return out.lines().toList();
    }
  }

  private Run lectern(String... args) {
    InProcessLectern lectern = new InProcessLectern();
    int code = lectern.run(args);
    return new Run(code, lectern.out(), lectern.err());
  }

  @Test
  void tokenCreatePrintsTheTokenLastAndStoresOnlyItsHash() throws IOException {
    String index = root.resolve("index").toString();
    Run created = lectern("token", "create", "alice", "--index", index);
    String token = created.lines().get(created.lines().size() - 1);
    Run duplicate = lectern("token", "create", "alice", "--index", index);
    lectern("token", "create", "bob", "--index", index);
    Run listed = lectern("token", "list", "--index", index);
    String file = Files.readString(root.resolve("index/tokens.json"));

    assertThat(created.code()).as(created.err()).isZero();
    assertThat(token).matches("lct_[A-Za-z0-9_-]{43}");
    assertThat(duplicate.code()).isEqualTo(2);
    assertThat(file).doesNotContain(token).doesNotContain(token.substring(4)).contains("alice");
    assertThat(listed.out()).contains("alice").contains("bob").doesNotContain("sha256");
    for (String line : listed.lines()) {
      assertThat(line).doesNotMatch(".*[0-9a-f]{64}.*");
    }

    Run revoked = lectern("token", "revoke", "alice", "--index", index);
    Run again = lectern("token", "revoke", "alice", "--index", index);
    assertThat(revoked.code()).isZero();
    assertThat(again.code()).isEqualTo(1);
    assertThat(lectern("token", "list", "--index", index).out()).doesNotContain("alice").contains("bob");
    assertThat(new dev.lectern.auth.TokenStore(root.resolve("index")).verify(token)).isEmpty();
  }

  @Test
  void checkIsCleanOnAGoodIndexAndRepairFixesAFileDeletedBehindItsBack() throws IOException {
    Path archive = root.resolve("archive");
    SampleArchive.copyTree(Path.of("ingest").toAbsolutePath(), archive);
    String[] paths = {"--archive", archive.toString(), "--index", root.resolve("index").toString()};
    assertThat(lectern(concat(new String[] {"index", "--no-embeddings"}, paths)).code()).isZero();

    Run clean = lectern(concat(new String[] {"check"}, paths));
    assertThat(clean.code()).as(clean.out() + clean.err()).isZero();

    Files.delete(archive.resolve("2024-08-15-pytorch-shanghai/05-privateuse1-evolution/notes.md"));
    Files.writeString(archive.resolve("2024-08-15-pytorch-shanghai/04-intel-xpu-inductor/talk.json"),
        "{\"title\": \"Changed behind the index's back\"}");
    Run broken = lectern(concat(new String[] {"check"}, paths));
    assertThat(broken.code()).as(broken.out()).isEqualTo(1);
    assertThat(broken.out()).contains("missing file").contains("notes.md");

    Run repaired = lectern(concat(new String[] {"check", "--repair"}, paths));
    assertThat(repaired.code()).as(repaired.out() + repaired.err()).isZero();
    Run after = lectern(concat(new String[] {"check"}, paths));
    assertThat(after.code()).as(after.out()).isZero();
  }

  @Test
  void trashPurgeEmptiesTheTrash() throws IOException {
    Path archive = root.resolve("archive");
    Files.createDirectories(archive.resolve(".trash/some-talk-20250101T000000000Z/0"));
    Files.writeString(archive.resolve(".trash/some-talk-20250101T000000000Z/0/deck.md"), "# gone");
    Run purged = lectern("trash", "purge", "--archive", archive.toString());
    assertThat(purged.code()).as(purged.err()).isZero();
    assertThat(purged.out()).contains("purged 1");
    try (var left = Files.list(archive.resolve(".trash"))) {
      assertThat(left.toList()).isEmpty();
    }
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

}

package dev.lectern.cli;

import dev.lectern.sample.InProcessLectern;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.SampleArchive;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The commands as a user runs them, on a copy of the sample archive and an index in a temp folder. */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class CommandLineIT {
  private final InProcessLectern lectern = new InProcessLectern();

  private int run(String... args) {
    return lectern.run(args);
  }

  private String out() {
    return lectern.out();
  }

  private String err() {
    return lectern.err();
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : new String[] {"serve", "wait", "index", "reindex", "search", "eval"}) {
      assertThat(run(command, "--help")).isZero();
      assertThat(out()).as(command).contains("lectern " + command);
    }
    assertThat(run("--help")).isZero();
    assertThat(out()).contains("usage: lectern COMMAND");
    assertThat(run("frobnicate")).isEqualTo(2);
    assertThat(err()).contains("unknown command 'frobnicate'");
  }

  @Test
  void indexThenSearchFromTheTerminal(@TempDir Path temp) throws IOException {
    Path archive = SampleArchive.copyTo(temp.resolve("archive"));
    String index = temp.resolve("index").toString();
    assertThat(run("index", "--archive", archive.toString(), "--index", index)).as(out() + err()).isZero();
    assertThat(out()).contains("indexed 5 talk(s)").contains("pptx").contains("ok").containsPattern("embedded 5 talk");
    assertThat(run("search", "PrivateUse1", "--index", index, "--limit", "1")).isZero();
    assertThat(out()).contains("PyTorch PrivateUse1 evolution").contains("PyTorch Shanghai Meetup, 2024-08-15")
        .contains("slide 4").contains("[PrivateUse1]");
    assertThat(run("search", "昇腾", "--index", index, "--json")).isZero();
    assertThat(out()).startsWith("{\"query\":\"昇腾\"").contains("<mark>昇腾</mark>");
    assertThat(run("index", "--archive", archive.toString(), "--index", index)).isZero();
    assertThat(out()).contains("indexed 0 talk(s), removed 0, unchanged 5");
  }

  @Test
  void textIsSearchableBeforePageImagesAreDrawnAndImagesCanBeLeftOut(@TempDir Path temp) throws IOException {
    Path archive = SampleArchive.copyTo(temp.resolve("archive"));
    Path index = temp.resolve("index");
    assertThat(run("index", "--no-embeddings", "--archive", archive.toString(), "--index", index.toString()))
        .as(out() + err()).isZero();
    assertThat(out()).containsPattern("searchable after [0-9.]+ s; drawing the page images of \\d+ file\\(s\\)")
        .containsPattern("searchable after [0-9.]+ s, page images [0-9.]+ s\\)")
        .containsPattern("passes: text \\d+ page\\(s\\) in [0-9.]+ s, [0-9.]+ pages/s; "
            + "page images \\d+ page\\(s\\) in [0-9.]+ s, [0-9.]+ pages/s");
    assertThat(out()).contains("notes.md");
    assertThat(out().indexOf("searchable after")).isGreaterThan(out().indexOf("notes.md"));
    try (Stream<Path> images = Files.walk(index.resolve("thumbnails"))) {
      assertThat(images.filter(Files::isRegularFile).count()).isPositive();
    }

    Path bare = temp.resolve("bare");
    assertThat(run("index", "--no-page-images", "--no-embeddings", "--archive", archive.toString(), "--index",
        bare.toString()))
        .as(out() + err()).isZero();
    assertThat(out()).contains("indexed 5 talk(s)").doesNotContain("drawing the page images");
    try (Stream<Path> images = Files.exists(bare.resolve("thumbnails")) ? Files.walk(bare.resolve("thumbnails")) : Stream.empty()) {
      assertThat(images.filter(Files::isRegularFile).count()).isZero();
    }
    assertThat(run("search", "PrivateUse1", "--index", bare.toString(), "--limit", "1")).isZero();
    assertThat(out()).contains("PyTorch PrivateUse1 evolution");
  }

  @Test
  void aBrokenFileFailsTheRunButNotTheOtherTalks(@TempDir Path temp) throws IOException {
    Path archive = SampleArchive.copyTo(temp.resolve("archive"));
    Path broken = archive.resolve("2024-08-15-pytorch-shanghai/06-broken/deck.pptx");
    Files.createDirectories(broken.getParent());
    Files.write(broken, "this is not a zip file at all".getBytes(StandardCharsets.UTF_8));
    String index = temp.resolve("index").toString();
    assertThat(run("index", "--no-embeddings", "--archive", archive.toString(), "--index", index)).isEqualTo(1);
    assertThat(out()).contains("06-broken/deck.pptx").contains("failed").contains("indexed 6 talk(s)");
    assertThat(run("search", "Inductor", "--index", index)).isZero();
    assertThat(out()).contains("Intel XPU backend for Inductor");
  }

  @Test
  void invalidMetadataNamesFileLineAndColumnAndTheTalkStaysIndexed(@TempDir Path temp) throws IOException {
    Path archive = SampleArchive.copyTo(temp.resolve("archive"));
    Path talkJson = archive.resolve("2024-08-15-pytorch-shanghai/04-intel-xpu-inductor/talk.json");
    Files.writeString(talkJson, "{\n  \"title\": \"Intel XPU\",\n  \"speakers\": [oops]\n}\n");
    String index = temp.resolve("index").toString();
    run("index", "--no-embeddings", "--archive", archive.toString(), "--index", index);
    assertThat(out()).contains("04-intel-xpu-inductor/talk.json:3:");
    assertThat(run("search", "XPU", "--index", index)).isZero();
    assertThat(out()).contains("XPU");
  }

  @Test
  void searchWithoutAnIndexSaysHowToBuildOne(@TempDir Path temp) {
    assertThat(run("search", "x", "--index", temp.resolve("none").toString())).isEqualTo(2);
    assertThat(err()).contains("lectern index");
    assertThat(run("index", "--archive", temp.resolve("missing").toString())).isEqualTo(2);
    assertThat(err()).contains("does not exist");
  }

}

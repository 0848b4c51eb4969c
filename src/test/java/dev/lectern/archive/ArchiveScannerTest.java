package dev.lectern.archive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Meetup;
import dev.lectern.model.Speaker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveScannerTest {
  @TempDir Path root;

  private void write(String relative, String content) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  private ArchiveSnapshot scan() {
    return new ArchiveScanner(root).scan();
  }

  private static ArchiveTalk talkAt(ArchiveSnapshot snapshot, String location) {
    return snapshot.talks().stream().filter(t -> t.location().equals(location)).findFirst()
        .orElseThrow(() -> new AssertionError("no talk at " + location + " in " + snapshot.talks()));
  }

  @Test
  void anUndatedFolderBesideDatedMeetupsIsMaterialOfTheirSeriesNotAMeetup() throws IOException {
    write("quokka-club/2024-03-05/burrows.md", "# Burrows");
    write("quokka-club/design-notes/Tail Anatomy v2.md", "# Tail anatomy");
    write("quokka-club/design-notes/pouch-study/pouch.md", "# Pouches");
    write("wombat-guild/notes/ideas.md", "# Ideas"); // nothing dated beside it: still a meetup
    ArchiveSnapshot snapshot = scan();

    Meetup dated = talkAt(snapshot, "quokka-club/2024-03-05/burrows.md").meetup();
    Meetup material = talkAt(snapshot, "quokka-club/design-notes/Tail Anatomy v2.md").meetup();
    assertThat(talkAt(snapshot, "quokka-club/design-notes/pouch-study/pouch.md").meetup()).isEqualTo(material);
    assertThat(material.folder()).isEqualTo("quokka-club");
    assertThat(material.date()).isEmpty();
    assertThat(material.title()).doesNotContainIgnoringCase("notes");
    assertThat(material.series()).isNotEmpty().isEqualTo(dated.series());
    assertThat(material.seriesTitle()).isEqualTo("Quokka Club");
    assertThat(dated.date()).isEqualTo("2024-03-05");
    Meetup alone = talkAt(snapshot, "wombat-guild/notes/ideas.md").meetup();
    assertThat(alone.folder()).isEqualTo("wombat-guild/notes");
    assertThat(alone.series()).isEmpty();
  }

  @Test
  void numberedFoldersWithoutDatesAreTheEventsOfOneSeries() throws IOException {
    write("numbat-school/lecture_003/burrows.md", "# Burrows");
    write("numbat-school/lecture_014/termites.md", "# Termites");
    ArchiveSnapshot snapshot = scan();
    Meetup third = talkAt(snapshot, "numbat-school/lecture_003/burrows.md").meetup();
    Meetup fourteenth = talkAt(snapshot, "numbat-school/lecture_014/termites.md").meetup();
    assertThat(third.series()).isNotEmpty().isEqualTo(fourteenth.series());
    assertThat(third.title()).endsWith("3");
    write("kelp-lectures/lecture_002/fronds.md", "# Fronds");
    write("kelp-lectures/lecture_005/holdfasts.md", "# Holdfasts");
    ArchiveSnapshot lectures = scan();
    assertThat(talkAt(lectures, "kelp-lectures/lecture_002/fronds.md").meetup().title())
        .as("one numbered event of a run named in the plural is named in the singular").isEqualTo("Kelp Lecture 2");
    assertThat(talkAt(lectures, "kelp-lectures/lecture_002/fronds.md").meetup().seriesTitle()).isEqualTo("Kelp Lectures");
    assertThat(third.folder()).isEqualTo("numbat-school/lecture_003");
  }

  @Test
  void aCityFolderWrittenInMixedCaseIsSpelledAsTheGazetteerSpellsIt() throws IOException {
    // The folder's own capitals (DubLin) are a name the scanner reads too; the city keeps its spelling.
    write("kelp-meetup/DubLin/20240102/tides.md", "# Tides");
    write("kelp-meetup/SeAttle/20240203/currents.md", "# Currents");
    ArchiveSnapshot snapshot = scan();
    assertThat(talkAt(snapshot, "kelp-meetup/DubLin/20240102/tides.md").meetup().title())
        .isEqualTo("Kelp Meetup Dublin");
    assertThat(talkAt(snapshot, "kelp-meetup/SeAttle/20240203/currents.md").meetup().city()).isEqualTo("Seattle");
  }

  @Test
  void filesNamedAfterTheirUndatedFolderWithANumberAreNumberedEventsOfASeries() throws IOException {
    write("otter-talks/Kelp-Night/Kelp-Night-12-tides and currents.md", "# Tides");
    write("otter-talks/Kelp-Night/kelp_night_13_urchins.md", "# Urchins");
    write("otter-talks/Kelp-Night/kelp night recap.md", "# Recap");
    ArchiveSnapshot snapshot = scan();
    Meetup twelfth = talkAt(snapshot, "otter-talks/Kelp-Night/Kelp-Night-12-tides and currents.md").meetup();
    Meetup thirteenth = talkAt(snapshot, "otter-talks/Kelp-Night/kelp_night_13_urchins.md").meetup();
    assertThat(twelfth.title()).isEqualTo("Otter Talks Kelp Night #12");
    assertThat(thirteenth.title()).isEqualTo("Otter Talks Kelp Night #13");
    assertThat(twelfth.id()).isNotEqualTo(thirteenth.id());
    assertThat(twelfth.series()).isNotEmpty().isEqualTo(thirteenth.series());
    assertThat(talkAt(snapshot, "otter-talks/Kelp-Night/kelp night recap.md").meetup().title())
        .as("no number after the folder's name: the folder's own meetup").isEqualTo("Otter Talks Kelp Night");
  }

  @Test
  void aNumberIsAnEventsOnlyAfterTheFoldersWholeNameAndBeforeMoreWords() {
    assertThat(ArchiveLayout.numberAfter("Kelp-Night-12-tides", "Kelp-Night")).isEqualTo(12);
    assertThat(ArchiveLayout.numberAfter("Kelp-Night-12", "Kelp-Night")).as("no title after it").isZero();
    assertThat(ArchiveLayout.numberAfter("Tides-12-kelp", "Kelp-Night")).as("not the folder's name").isZero();
    assertThat(ArchiveLayout.numberAfter("Kelp-12-tides", "Kelp-Night")).as("part of the name").isZero();
    assertThat(ArchiveLayout.numberAfter("Kelp-Night-2019-tides", "Kelp-Night")).as("a year").isZero();
    assertThat(ArchiveLayout.numberAfter("Kelp-Night-v2-tides", "Kelp-Night")).as("a version").isZero();
  }

  @Test
  void datedFolderWithNameAndCityIsAMeetupAndItsFilesAreTalks() throws IOException {
    // The slug loses case; a file name below writes the word as the archive spells it.
    write("2024-08-15-pytorch-shanghai/PyTorch compile.md", "# torch.compile");
    write("2024-08-15-pytorch-shanghai/dynamo/dynamo.md", "# dynamo");
    write("2024-08-15-pytorch-shanghai/dynamo/dynamo.txt", "dynamo");
    ArchiveSnapshot snapshot = scan();
    assertThat(snapshot.meetups()).singleElement().satisfies(m -> {
      assertThat(m.title()).isEqualTo("PyTorch Shanghai");
      assertThat(m.date()).isEqualTo("2024-08-15");
      assertThat(m.city()).isEqualTo("Shanghai");
      assertThat(m.id()).isEqualTo("2024-08-15-pytorch-shanghai");
    });
    assertThat(snapshot.talks()).extracting(ArchiveTalk::location).containsExactly(
        "2024-08-15-pytorch-shanghai/PyTorch compile.md", "2024-08-15-pytorch-shanghai/dynamo");
    assertThat(talkAt(snapshot, "2024-08-15-pytorch-shanghai/dynamo").files()).hasSize(2);
  }

  @Test
  void hiddenReservedAndUnknownFilesAreIgnored() throws IOException {
    write("glossary.txt", "k8s = kubernetes");
    write("trash/2020-01-01/old.md", "gone");
    write(".trash/2020-01-01/old.md", "gone");
    write("meetup-a/.draft.md", "hidden");
    write("meetup-a/.git/x.md", "hidden");
    write("meetup-a/photo.jpg", "not a deck");
    write("meetup-a/talk.md", "kept");
    ArchiveSnapshot snapshot = scan();
    assertThat(snapshot.talks()).flatExtracting(ArchiveTalk::files).containsExactly("meetup-a/talk.md");
  }

  @Test
  void yearMonthCityFoldersGiveAPartialDateAndNoInventedDay() throws IOException {
    write("mesh/2018/07/beijing/丁振凯-实践.md", "x");
    write("toronto/2016/07/root.md", "x");
    write("conf/2015/keynote.md", "x");
    ArchiveSnapshot snapshot = scan();
    assertThat(snapshot.meetups()).extracting(Meetup::folder, Meetup::date, Meetup::city).containsExactly(
        org.assertj.core.groups.Tuple.tuple("conf/2015", "2015", ""),
        org.assertj.core.groups.Tuple.tuple("mesh/2018/07/beijing", "2018-07", "Beijing"),
        org.assertj.core.groups.Tuple.tuple("toronto/2016/07", "2016-07", "Toronto"));
  }

  @Test
  void metadataFilesOverrideInference() throws IOException {
    write("go/Beijing/20150912/meetup.json", """
        {"title": "GopherChina Meetup", "date": "2015-09-12", "city": "北京", "venue": "PingCAP",
         "organizers": ["Asta"], "tags": ["go"]}""");
    write("go/Beijing/20150912/tidb/talk.json", """
        {"title": "TiDB", "speakers": [{"name": "刘奇", "affiliation": "PingCAP"}, "Ed Huang"],
         "abstract": "a database", "videoUrl": "https://v", "slides": "https://s", "language": "zh"}""");
    write("go/Beijing/20150912/tidb/deep/deck.md", "# TiDB");
    ArchiveSnapshot snapshot = scan();
    assertThat(snapshot.problems()).isEmpty();
    ArchiveTalk talk = talkAt(snapshot, "go/Beijing/20150912/tidb");
    assertThat(talk.files()).containsExactly("go/Beijing/20150912/tidb/deep/deck.md");
    assertThat(talk.meetup().title()).isEqualTo("GopherChina Meetup");
    assertThat(talk.meetup().city()).isEqualTo("北京");
    assertThat(talk.meetup().venue()).isEqualTo("PingCAP");
    assertThat(talk.declared().title()).isEqualTo("TiDB");
    assertThat(talk.declared().people())
        .containsExactly(new Speaker("刘奇", "PingCAP"), new Speaker("Ed Huang", ""));
    assertThat(talk.declared().videoUrl()).isEqualTo("https://v");
    assertThat(talk.declared().slidesUrl()).isEqualTo("https://s");
    assertThat(talk.declared().abstractText()).isEqualTo("a database");
    assertThat(talk.declared().tags()).isNull();
  }

  @Test
  void talkJsonMakesAnyFolderATalkEvenWithoutDocuments() throws IOException {
    write("meetup-x/2021-03-03/video-only/talk.json", "{\"title\": \"Only a video\"}");
    ArchiveSnapshot snapshot = scan();
    ArchiveTalk talk = talkAt(snapshot, "meetup-x/2021-03-03/video-only");
    assertThat(talk.files()).isEmpty();
    assertThat(talk.meetup().date()).isEqualTo("2021-03-03");
  }

  @Test
  void meetupJsonMarksTheMeetupAndItsSubfoldersAreTalks() throws IOException {
    write("rust-night/meetup.json", "{\"date\": \"2023\"}");
    write("rust-night/async/async.md", "x");
    write("rust-night/async/async.pdf", "x");
    write("rust-night/closing.md", "x");
    ArchiveSnapshot snapshot = scan();
    assertThat(snapshot.meetups()).singleElement().extracting(Meetup::title, Meetup::date)
        .containsExactly("Rust Night", "2023");
    assertThat(snapshot.talks()).extracting(ArchiveTalk::location)
        .containsExactly("rust-night/async", "rust-night/closing.md");
  }

  @Test
  void badJsonSyntaxIsAProblemWithLineAndColumnAndTheTalkIsStillProduced() throws IOException {
    write("m/2020-01-01/t/talk.json", "{\n  \"title\": \"x\",\n  \"speakers\": [}\n");
    write("m/2020-01-01/t/deck.md", "x");
    ArchiveSnapshot snapshot = scan();
    assertThat(snapshot.problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("m/2020-01-01/t/talk.json");
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.column()).isEqualTo(16);
      assertThat(p.message()).startsWith("invalid JSON");
    });
    assertThat(talkAt(snapshot, "m/2020-01-01/t").declared()).isEqualTo(TalkJson.NONE);
  }

  @Test
  void wrongTypeIsAProblemAndValidFieldsOfThatFileAreNotUsed() throws IOException {
    write("m/2020-01-01/t/talk.json", "{\n  \"title\": \"Kept?\",\n  \"speakers\": 3\n}");
    write("m/2020-01-01/t/deck.md", "x");
    ArchiveSnapshot snapshot = scan();
    assertThat(snapshot.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.column()).isEqualTo(15);
      assertThat(p.message()).isEqualTo("\"speakers\": expected a list, found a number");
    });
    assertThat(talkAt(snapshot, "m/2020-01-01/t").declared().title()).isNull();
  }

  @Test
  void numberWhereTextBelongsIsAProblem() throws IOException {
    write("m/2020-01-01/t/talk.json", "{\"title\": 3}");
    write("m/2020-01-01/t/deck.md", "x");
    assertThat(scan().problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("\"title\"").contains("a number"));
  }

  @Test
  void nonIsoMeetupDateIsAProblemPointingAtTheValueAndInferenceIsKept() throws IOException {
    write("m/2019-05-04/meetup.json", "{\"title\": \"Ignored\",\n \"date\": \"04/05/2019\"}");
    write("m/2019-05-04/deck.md", "x");
    ArchiveSnapshot snapshot = scan();
    assertThat(snapshot.problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("m/2019-05-04/meetup.json");
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.message()).contains("ISO").contains("04/05/2019");
    });
    assertThat(snapshot.meetups()).singleElement().extracting(Meetup::title, Meetup::date)
        .containsExactly("M", "2019-05-04");
  }

  @Test
  void metadataDigestCoversTalkAndMeetupJson() throws IOException {
    write("m/meetup.json", "{}");
    write("m/t/talk.json", "{\"title\": \"A\"}");
    write("m/t/deck.md", "x");
    write("m/plain.md", "x");
    ArchiveSnapshot first = scan();
    write("m/meetup.json", "{\"city\": \"Paris\"}");
    ArchiveSnapshot second = scan();
    assertThat(talkAt(second, "m/t").metadataDigest()).isNotEqualTo(talkAt(first, "m/t").metadataDigest());
    assertThat(talkAt(first, "m/plain.md").metadataDigest())
        .isEqualTo(ArchiveScanner.digest(new byte[0], "{}".getBytes(StandardCharsets.UTF_8)));
    assertThat(ArchiveScanner.digest(null, null))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void slugCollisionsAreDisambiguatedDeterministically() throws IOException {
    write("a-b/2020/x.md", "x");
    write("a b/2020/x.md", "x");
    ArchiveSnapshot snapshot = scan();
    assertThat(snapshot.meetups()).extracting(Meetup::id).doesNotHaveDuplicates().contains("a-b-2020");
    assertThat(snapshot.talks()).extracting(ArchiveTalk::id).doesNotHaveDuplicates();
    assertThat(scan()).isEqualTo(snapshot);
  }

  @Test
  void symlinksOutsideTheArchiveAreNotFollowed(@TempDir Path outside) throws IOException {
    Files.writeString(outside.resolve("secret.md"), "secret");
    write("m/2020/in.md", "x");
    Files.createSymbolicLink(root.resolve("m/2020/escape"), outside);
    Files.createSymbolicLink(root.resolve("m/2020/loop"), root.resolve("m"));
    ArchiveSnapshot snapshot = scan();
    assertThat(snapshot.talks()).flatExtracting(ArchiveTalk::files).containsExactly("m/2020/in.md");
  }

  @Test
  void aLinkToTheArchiveRootDoesNotReparentItsMeetups() throws IOException {
    write("README.md", "# the archive");
    write("2024-08-15-pytorch-shanghai/compile.md", "# torch.compile");
    write("2024-09-01-rust-berlin/ownership.md", "# ownership");
    List<String> before = scan().talks().stream().map(ArchiveTalk::id).toList();
    Files.createSymbolicLink(root.resolve("0-everything"), root);
    ArchiveSnapshot linked = scan();
    assertThat(linked.talks()).extracting(ArchiveTalk::id).containsExactlyElementsOf(before);
    assertThat(linked.talks()).extracting(ArchiveTalk::location).noneMatch(l -> l.startsWith("0-everything"));
  }

  @Test
  void aPipeAndAHugeFileNamedLikeMetadataAreProblemsNotHangs() throws Exception {
    write("2024-08-15-pytorch-shanghai/compile/compile.md", "# torch.compile");
    write("2024-09-01-rust-berlin/ownership.md", "# ownership");
    Path fifo = root.resolve("2024-08-15-pytorch-shanghai/compile/talk.json");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    try (var huge = new java.io.RandomAccessFile(root.resolve("2024-09-01-rust-berlin/meetup.json").toFile(), "rw")) {
      huge.setLength(3L << 30); // sparse: 3 GB to read, nothing on disk
    }
    ArchiveSnapshot snapshot = java.util.concurrent.CompletableFuture.supplyAsync(this::scan)
        .get(30, java.util.concurrent.TimeUnit.SECONDS);
    assertThat(snapshot.talks()).hasSize(2);
    assertThat(snapshot.problems()).extracting(MetadataProblem::file).contains(
        "2024-08-15-pytorch-shanghai/compile/talk.json", "2024-09-01-rust-berlin/meetup.json");
    assertThat(snapshot.problems()).extracting(MetadataProblem::message)
        .anyMatch(m -> m.contains("not a regular file")).anyMatch(m -> m.contains("too large"));
  }

  @Test
  void unreadableFolderIsAProblemNotAnException() throws IOException {
    write("m/2020/ok.md", "x");
    Path locked = Files.createDirectories(root.resolve("m/2021"));
    Files.writeString(locked.resolve("hidden.md"), "x");
    locked.toFile().setReadable(false);
    try {
      org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked), "running as root; cannot lock");
      ArchiveSnapshot snapshot = scan();
      assertThat(snapshot.problems()).extracting(MetadataProblem::file).containsExactly("m/2021");
      assertThat(snapshot.talks()).hasSize(1);
    } finally {
      locked.toFile().setReadable(true);
    }
  }

  @Test
  void meetupNamesSayWhetherAFolderOrAFileNamedThem() throws IOException {
    write("numbat-nights/2024-03-05/burrows.md", "# Burrows");
    write("numbat-nights/2024-09-03/stripes.md", "# Stripes");
    write("numbat-nights/2024-09-03/meetup.json", "{\"title\": \"Numbat Night: Stripes\"}");
    write("numbat-nights/series.json", "{\"title\": \"numbat NIGHTS\"}");
    write("2023-01-02-wombat-walk/w.md", "# Walk");
    Meetup folderNamed = meetupAt(scan(), "numbat-nights/2024-03-05");
    Meetup declared = meetupAt(scan(), "numbat-nights/2024-09-03");
    Meetup alone = meetupAt(scan(), "2023-01-02-wombat-walk");
    assertThat(folderNamed.fromFolderName("title")).isTrue();
    assertThat(folderNamed.fromFolderName("seriesTitle")).isFalse();
    assertThat(folderNamed.seriesTitle()).isEqualTo("numbat NIGHTS");
    assertThat(declared.fromFolderName("title")).isFalse();
    assertThat(alone.fromFolderName("title")).isTrue();
    assertThat(alone.provenance()).doesNotContainKey("seriesTitle");
    assertThat(MeetupJson.inferred(alone).title()).as("an edit must not freeze a folder's lost capitals").isNull();
    assertThat(MeetupJson.inferred(alone).date().value()).isEqualTo("2023-01-02");
    assertThat(MeetupJson.inferred(declared).title()).isEqualTo("Numbat Night: Stripes");
  }

  private static Meetup meetupAt(ArchiveSnapshot snapshot, String folder) {
    return snapshot.meetups().stream().filter(m -> m.folder().equals(folder)).findFirst()
        .orElseThrow(() -> new AssertionError("no meetup at " + folder + " in " + snapshot.meetups()));
  }

  @Test
  void outputIsSortedByPath() throws IOException {
    List.of("z/2020/b.md", "a/2020/z.md", "a/2020/a.md", "m/2020/t/x.md").forEach(p -> {
      try {
        write(p, "x");
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    assertThat(scan().talks()).extracting(ArchiveTalk::location)
        .containsExactly("a/2020/a.md", "a/2020/z.md", "m/2020/t", "z/2020/b.md");
  }
}

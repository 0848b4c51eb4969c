package dev.lectern.archive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Meetup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Scans the shared corpus as it is (no metadata files) and pins what a person would infer. */
class CorpusScanTest {
  private static ArchiveSnapshot snapshot;

  @BeforeAll
  static void scanCorpus() {
    Path corpus = Path.of(System.getProperty("lectern.corpus", "../shared/corpus"));
    Path meetups = corpus.resolve("meetups");
    Assumptions.assumeTrue(Files.isDirectory(meetups),
        "shared corpus not found at " + meetups.toAbsolutePath() + "; skipping");
    snapshot = new ArchiveScanner(meetups).scan();
    for (Meetup m : snapshot.meetups()) {
      System.out.printf("MEETUP %-55s | %-40s | %-10s | %s%n", m.id(), m.title(), m.date(), m.city());
    }
    for (ArchiveTalk t : snapshot.talks()) {
      System.out.printf("TALK   %-55s -> %s  %s%n", t.id(), t.meetup().id(), t.files());
    }
    snapshot.problems().forEach(p -> System.out.println("PROBLEM " + p));
  }

  @Test
  void everyDocumentBelongsToExactlyOneTalk() {
    List<String> files = snapshot.talks().stream().flatMap(t -> t.files().stream()).toList();
    assertThat(files).hasSize(60).doesNotHaveDuplicates();
    assertThat(snapshot.problems()).isEmpty();
    assertThat(snapshot.talks()).extracting(ArchiveTalk::id).doesNotHaveDuplicates();
    assertThat(snapshot.meetups()).extracting(Meetup::id).doesNotHaveDuplicates();
  }

  @Test
  void gopherChinaBeijingRepeatedDateFolderIsOneMeetup() {
    ArchiveTalk talk = talkWithFile("5.手把手实现数据库_刘奇.pdf");
    assertThat(talk.meetup().id()).isEqualTo("gopherchina-meetup-beijing-20150912");
    assertThat(talk.meetup().title()).isEqualTo("Gopherchina Meetup Beijing");
    assertThat(talk.meetup().date()).isEqualTo("2015-09-12");
    assertThat(talk.meetup().city()).isEqualTo("Beijing");
  }

  @Test
  void slidesSubfolderIsNotATalk() {
    ArchiveTalk talk = talkWithFile("2.Go语言实现中的几个研究课题_毛康力.pdf");
    assertThat(talk.location()).endsWith(".pdf");
    assertThat(talk.meetup().folder()).isEqualTo("gopherchina-meetup/Guangzhou/20150912");
    assertThat(talk.meetup().city()).isEqualTo("Guangzhou");
  }

  @Test
  void serviceMesherYearMonthCityMeetup() {
    ArchiveTalk talk = talkWithFile("丁振凯-新浪微博-service-mesh实践-weibo-mesh.pdf");
    assertThat(talk.meetup().date()).isEqualTo("2018-07");
    assertThat(talk.meetup().city()).isEqualTo("Beijing");
  }

  @Test
  void mixedCaseCityFoldersAreNormalized() {
    assertThat(talkWithFile("Don’t print, Go debug!.pdf").meetup().city()).isEqualTo("Shanghai");
    assertThat(talkWithFile("02. Service Mesh落地之后_为sidecar注入灵魂 - 周群力.pdf").meetup().city())
        .isEqualTo("Hangzhou");
  }

  @Test
  void tritonUsDateFolder() {
    ArchiveTalk talk = talkWithFile("amd-update.pdf");
    assertThat(talk.meetup().date()).isEqualTo("2023-08-22");
    assertThat(talkWithFile("intel-xpu-update.pptx").meetup()).isEqualTo(talk.meetup());
  }

  @Test
  void deckExportedTwiceIsOneTalk() {
    ArchiveTalk pkg = talkWithFile("package_management.odp");
    assertThat(pkg.files()).hasSize(2);
    assertThat(pkg.location()).isEqualTo("wlug-meetings/2019/2019-06-24/package_management");
    assertThat(pkg.meetup().date()).isEqualTo("2019-06-24");
    ArchiveTalk framework = talkWithFile("AI-Framework.odp");
    assertThat(framework.files()).containsExactly(
        "thomas-tsai-ai-framework-study/AI-Framework.odp", "thomas-tsai-ai-framework-study/AI-Framework.pdf");
    assertThat(talkWithFile("slides.odp")).isNotEqualTo(framework);
  }

  @Test
  void ordinalMeetupWithSpeakerFolders() {
    ArchiveTalk talk = talkWithFile("覆盖移动端的Node.js全栈开发方案.pptx");
    assertThat(talk.location()).endsWith("12th/Broad_Zou");
    assertThat(talk.meetup().title()).contains("#12");
    assertThat(talkWithFile("Are Your V8 GC Logs Speaking to You.pptx").meetup()).isEqualTo(talk.meetup());
  }

  @Test
  void datedFileNamesSplitAnUndatedFolderIntoMeetups() {
    ArchiveTalk torch = talkWithFile("2021-10-07-The-Torch-MLIR-project.pdf");
    ArchiveTalk flow = talkWithFile("2021-12-02-End2End-ML-Compiler-Flow.pdf");
    assertThat(torch.meetup().date()).isEqualTo("2021-10-07");
    assertThat(torch.meetup().folder()).isEqualTo("llvm-mlir-www/OpenMeetings");
    assertThat(flow.meetup().id()).isNotEqualTo(torch.meetup().id());
  }

  @Test
  void yearAndMonthFoldersGiveAPartialDate() {
    assertThat(talkWithFile("RootWhyNotAndHow.pdf").meetup().date()).isEqualTo("2016-07");
    assertThat(talkWithFile("1-2 Go 在分布式系统开发中的应用.pdf").meetup().date()).isEqualTo("2015");
  }

  @Test
  void foldersOfDatedMeetupsAreSeries() {
    Meetup triton = talkWithFile("amd-update.pdf").meetup();
    Meetup laterTriton = talkWithFile("Proton.pdf").meetup();
    assertThat(triton.series()).isNotEmpty().isEqualTo(laterTriton.series());
    assertThat(triton.id()).isNotEqualTo(laterTriton.id());
    // No name in the archive writes "OpenAI" (only the slides do, which a scan does not read), so its
    // case is the slug's title case: the words are the folder's, the repository's "meetups" once.
    assertThat(triton.seriesTitle()).isEqualToIgnoringCase("OpenAI Triton Meetups");
    Meetup beijing = talkWithFile("5.手把手实现数据库_刘奇.pdf").meetup();
    Meetup wuhan = talkWithFile("通过SSA的解释执行窥探Golang编译之一角.pdf").meetup();
    assertThat(beijing.series()).isEqualTo(wuhan.series()).isEqualTo("gopherchina-meetup");
    assertThat(talkWithFile("2021-10-07-The-Torch-MLIR-project.pdf").meetup().title()).doesNotContainIgnoringCase("www");
    assertThat(talkWithFile("AI-Framework.odp").meetup().series()).isEmpty();
    // A folder of material beside a dated meetup is not a meetup: its deck is undated material of the series.
    Meetup material = talkWithFile("Paddle Fluid框架执行逻辑 v1.2 - 陈威行.pptx").meetup();
    Meetup meeting = talkWithFile("PFCCNemo.pdf").meetup();
    assertThat(material.date()).isEmpty();
    assertThat(material.series()).isNotEmpty().isEqualTo(meeting.series());
  }

  static ArchiveTalk talkWithFile(String fileName) {
    return snapshot.talks().stream()
        .filter(t -> t.files().stream().anyMatch(f -> f.endsWith("/" + fileName)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no talk with " + fileName + " in " + snapshot.talks()));
  }
}

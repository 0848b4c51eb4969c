package dev.lectern.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Extraction;
import dev.lectern.model.ExtractionStatus;
import dev.lectern.sample.HostileFiles;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files through the real {@link ChildProcessExtractor}: real child JVMs running real Tika.
 * Each file gets a status, and the next ordinary file still extracts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChildProcessExtractorTest {
  /** Small enough that the test hooks and bombs hit the walls quickly. */
  private static final ExtractionLimits TIGHT = ExtractionLimits.DEFAULTS
      .withTimeout(Duration.ofSeconds(10)).withHeapMb(160);

  @TempDir static Path dir;
  private HostileFiles hostile;
  private ChildProcessExtractor extractor;

  @BeforeAll
  void start() {
    hostile = new HostileFiles(dir);
    extractor = new ChildProcessExtractor(TIGHT, 2,
        List.of("-D" + ExtractionWorker.TEST_HOOKS_PROPERTY + "=true"));
  }

  @AfterAll
  void stop() {
    extractor.close();
  }

  private Extraction extract(Path file) {
    Extraction extraction = extractor.extract(file);
    // Whatever the file did, the next ordinary deck still extracts.
    Extraction next = extractor.extract(HostileFiles.SAMPLE_PPTX);
    assertThat(next.status()).as("sample deck after %s: %s", file.getFileName(), next.reason())
        .isEqualTo(ExtractionStatus.OK);
    return extraction;
  }

  private static void assertStatus(Extraction extraction, ExtractionStatus status, String reasonStart) {
    assertThat(extraction.status()).as("%s", extraction).isEqualTo(status);
    assertThat(extraction.reason()).as("%s", extraction).startsWith(reasonStart);
  }

  @Test
  void ordinaryDecksExtractAsInProcess() {
    try (TikaExtractor inProcess = new TikaExtractor()) {
      for (Path deck : List.of(HostileFiles.SAMPLE_PPTX, HostileFiles.SAMPLE_ODP, HostileFiles.SAMPLE_PDF)) {
        assertThat(extractor.extract(deck)).as("%s", deck).isEqualTo(inProcess.extract(deck));
      }
    }
  }

  @Test
  void aParserThatNeverReturnsTimesOutAndIsRetriedOnceOnAFreshChild() throws IOException {
    long discarded = extractor.childrenDiscarded();
    Extraction extraction = extract(hostile.hookFile("hang"));
    assertStatus(extraction, ExtractionStatus.FAILED, "timeout after 10 s");
    assertThat(extractor.childrenDiscarded() - discarded).as("children killed").isEqualTo(2);
  }

  @Test
  void aParserThatAllocatesWithoutEndRunsOutOfMemoryInTheChildOnly() throws IOException {
    Extraction extraction = extract(hostile.hookFile("oom"));
    assertStatus(extraction, ExtractionStatus.FAILED, "out of memory");
  }

  @Test
  void aChildThatDiesIsReportedAsCrashed() throws IOException {
    Extraction extraction = extract(hostile.hookFile("crash"));
    assertStatus(extraction, ExtractionStatus.FAILED, "crashed");
  }

  @Test
  void aZipBombDeckFailsWithoutTakingDownTheExtractor() throws IOException {
    Path bomb = hostile.zipBombPptx(1L << 30);
    assertThat(Files.size(bomb)).as("compressed size").isLessThan((1L << 30) / 100);
    Extraction extraction = extract(bomb);
    System.out.printf("zip bomb of %d bytes: %s%n", Files.size(bomb), extraction);
    assertThat(extraction.status()).as("%s", extraction).isEqualTo(ExtractionStatus.FAILED);
    assertThat(extraction.reason()).as("POI's inflate-ratio check, not the heap cap, stops it")
        .containsIgnoringCase("zip bomb");
  }

  @Test
  void billionLaughsIsNotExpanded() throws IOException {
    for (Path file : List.of(hostile.billionLaughsPptx(), hostile.billionLaughsOdp())) {
      Extraction extraction = extract(file);
      assertThat(extraction.characters()).as("%s: %s", file.getFileName(), extraction).isLessThan(100_000);
      assertThat(extraction.pages().toString()).doesNotContain("lollollol");
    }
  }

  @Test
  void xxeInPdfMetadataReadsNoLocalFileAndOpensNoConnection() throws Exception {
    String secret = "canary-" + UUID.randomUUID();
    Path secretFile = Files.writeString(dir.resolve("secret.txt"), secret);
    AtomicInteger connections = new AtomicInteger();
    try (ServerSocket canary = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
      Thread listener = new Thread(() -> {
        while (!canary.isClosed()) {
          try (Socket ignored = canary.accept()) {
            connections.incrementAndGet();
          } catch (IOException closed) {
            return;
          }
        }
      });
      listener.setDaemon(true);
      listener.start();
      Extraction local = extract(hostile.xxePdf("xxe-file.pdf", secretFile.toUri().toString()));
      Extraction remote = extract(hostile.xxePdf("xxe-net.pdf", "http://127.0.0.1:" + canary.getLocalPort() + "/xxe"));
      System.out.printf("XXE: %s%n%s%n", local, remote);
      for (Extraction extraction : List.of(local, remote)) {
        assertThat(extraction.toString()).doesNotContain(secret);
        assertThat(extraction.status()).as("%s", extraction).isIn(ExtractionStatus.OK, ExtractionStatus.FAILED);
      }
      assertThat(local.toString()).doesNotContain(secret);
    }
    assertThat(connections.get()).as("connections to the canary port").isZero();
  }

  @Test
  void brokenAndUnreadableFilesGetTheirStatus() throws IOException {
    assertStatus(extract(hostile.zeroBytes()), ExtractionStatus.EMPTY, "zero-byte");
    assertStatus(extract(hostile.passwordPdf()), ExtractionStatus.ENCRYPTED, "password-protected");
    assertStatus(extract(hostile.imageOnlyPdf()), ExtractionStatus.EMPTY, "no text layer");
    assertStatus(extract(hostile.executableAsPdf()), ExtractionStatus.UNSUPPORTED, "unsupported media type");
    assertStatus(extract(hostile.nestedZip(50)), ExtractionStatus.UNSUPPORTED, "unsupported media type");
    Extraction truncated = extract(hostile.truncatedPdf());
    System.out.printf("truncated PDF: %s%n", truncated.status() + " " + truncated.reason());
    assertStatus(truncated, ExtractionStatus.FAILED, "TikaException");
  }

  @Test
  void concurrentCallersShareThePoolOfChildren() throws Exception {
    ExecutorService callers = Executors.newFixedThreadPool(4);
    try {
      List<Future<Extraction>> results = callers.invokeAll(List.of(
          () -> extractor.extract(HostileFiles.SAMPLE_PPTX), () -> extractor.extract(HostileFiles.SAMPLE_ODP),
          () -> extractor.extract(HostileFiles.SAMPLE_PDF), () -> extractor.extract(HostileFiles.SAMPLE_PPTX)));
      for (Future<Extraction> result : results) {
        assertThat(result.get().status()).as("%s", result.get()).isEqualTo(ExtractionStatus.OK);
      }
    } finally {
      callers.shutdownNow();
    }
  }

  @Test
  void aFiveThousandSlideDeckExtractsEverySlideAndTheCharacterCapTruncates() throws IOException {
    Path deck = hostile.bigDeck(5_000);
    // This checks completeness and the character cap, not speed: the default 120 s timeout turned it into a timed
    // assertion that failed on a loaded 2-core machine (old and new code alike). IngestBench measures the speed.
    ExtractionLimits patient = ExtractionLimits.DEFAULTS.withTimeout(java.time.Duration.ofMinutes(10));
    try (ChildProcessExtractor roomy = new ChildProcessExtractor(patient, 1)) {
      long start = System.nanoTime();
      Extraction all = roomy.extract(deck);
      System.out.printf("5,000-slide deck extracted in %d ms%n", (System.nanoTime() - start) / 1_000_000);
      assertThat(all.status()).as("%s", all.reason()).isEqualTo(ExtractionStatus.OK);
      assertThat(all.pages()).hasSize(5_000);
    }
    try (ChildProcessExtractor capped = new ChildProcessExtractor(patient.withMaxCharacters(10_000), 1)) {
      Extraction cut = capped.extract(deck);
      assertStatus(cut, ExtractionStatus.TRUNCATED, "character cap");
      assertThat(cut.characters()).isLessThanOrEqualTo(10_000);
    }
  }

  @Test
  void aFileArrivingWhileTheChildrenWarmUpWaitsForThemInsteadOfStartingMore() throws Exception {
    ExtractionLimits roomy = ExtractionLimits.DEFAULTS.withTimeout(Duration.ofMinutes(2));
    try (ChildProcessExtractor warmed = new ChildProcessExtractor(roomy, 2)) {
      warmed.warmUp();
      warmed.warmUp(); // a second call while they start adds none
      ExecutorService callers = Executors.newFixedThreadPool(2);
      try {
        List<Future<Extraction>> results = callers.invokeAll(List.of(
            () -> warmed.extract(HostileFiles.SAMPLE_PDF), () -> warmed.extract(HostileFiles.SAMPLE_PPTX)));
        for (Future<Extraction> result : results) {
          assertThat(result.get().status()).as("%s", result.get()).isEqualTo(ExtractionStatus.OK);
        }
      } finally {
        callers.shutdownNow();
      }
      assertThat(warmed.childrenStarted()).as("two children for two slots, started ahead").isEqualTo(2);
      warmed.warmUp();
      assertThat(warmed.extract(HostileFiles.SAMPLE_ODP).status()).isEqualTo(ExtractionStatus.OK);
      assertThat(warmed.childrenStarted()).as("both are running: warming up again starts none").isEqualTo(2);
    }
  }

  @Test
  void warmingUpForOneParserStartsOneChildOfTwo() throws Exception {
    ExtractionLimits roomy = ExtractionLimits.DEFAULTS.withTimeout(Duration.ofMinutes(2));
    try (ChildProcessExtractor warmed = new ChildProcessExtractor(roomy, 2)) {
      warmed.warmUp(1);
      assertThat(warmed.extract(HostileFiles.SAMPLE_PDF).status()).isEqualTo(ExtractionStatus.OK);
      assertThat(warmed.extract(HostileFiles.SAMPLE_PPTX).status()).isEqualTo(ExtractionStatus.OK);
      assertThat(warmed.childrenStarted()).as("one file at a time needs the warmed child only").isEqualTo(1);
    }
  }

  @Test
  void closingKillsTheChildren() {
    java.util.Set<ProcessHandle> before = java.util.Set.copyOf(ProcessHandle.current().children().toList());
    ChildProcessExtractor own = new ChildProcessExtractor(TIGHT, 1);
    assertThat(own.extract(HostileFiles.SAMPLE_PDF).status()).isEqualTo(ExtractionStatus.OK);
    List<ProcessHandle> children = ProcessHandle.current().children().filter(p -> !before.contains(p)).toList();
    assertThat(children).isNotEmpty();
    own.close();
    assertThat(own.childrenStarted()).isEqualTo(1);
    for (ProcessHandle child : children) {
      child.onExit().orTimeout(10, java.util.concurrent.TimeUnit.SECONDS).join();
    }
  }
}

package dev.lectern.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.extract.ExtractionCache;
import dev.lectern.extract.Extractor;
import dev.lectern.extract.TikaExtractor;
import dev.lectern.index.JsonCodec;
import dev.lectern.index.SlideIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Requests during a run coalesce into exactly one more run; tickets tell when a request was served. */
class ReconcileSchedulerTest {
  @TempDir Path dir;

  @Test
  void requestsDuringARunCauseExactlyOneMoreRun() throws Exception {
    Path archive = Files.createDirectories(dir.resolve("archive"));
    AtomicInteger runs = new AtomicInteger();
    CountDownLatch firstRunStarted = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ReconcileListener blockingFirst = new ReconcileListener() {
      @Override
      public void started(int talks, int files) {
        if (runs.incrementAndGet() == 1) {
          firstRunStarted.countDown();
          try {
            release.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
      }
    };
    try (SlideIndex index = SlideIndex.openForWriting(dir.resolve("lucene"), new JsonCodec());
        TikaExtractor extractor = new TikaExtractor()) {
      Reconciler reconciler = new Reconciler(archive, index, extractor, new ExtractionCache(dir.resolve("cache")), 1);
      ReconcileScheduler scheduler = new ReconcileScheduler(reconciler, () -> blockingFirst);
      long first = scheduler.request();
      assertThat(firstRunStarted.await(10, TimeUnit.SECONDS)).isTrue();
      long second = scheduler.request();
      long third = scheduler.request();
      long fourth = scheduler.request();
      assertThat(scheduler.done(first)).isFalse();
      release.countDown();

      assertThat(scheduler.awaitIdle(10_000)).isTrue();
      assertThat(runs.get()).as("one run, then one more for the three requests made during it").isEqualTo(2);
      assertThat(scheduler.done(first) && scheduler.done(second) && scheduler.done(third) && scheduler.done(fourth))
          .isTrue();
      scheduler.close();
    }
  }

  @Test
  void aPassThatDiesWithAnErrorIsReportedAndTheNextRequestRunsAgain() throws Exception {
    Path archive = Files.createDirectories(dir.resolve("archive"));
    Files.writeString(Files.createDirectories(archive.resolve("2024-01-02-meetup")).resolve("talk.md"), "# talk");
    AtomicInteger runs = new AtomicInteger();
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    ReconcileListener dyingFirst = new ReconcileListener() {
      @Override
      public void started(int talks, int files) {
        if (runs.incrementAndGet() == 1) {
          throw new OutOfMemoryError("simulated: a pass that runs out of memory");
        }
      }

      @Override
      public void passFailed(Throwable error) {
        failures.add(error);
      }
    };
    try (SlideIndex index = SlideIndex.openForWriting(dir.resolve("lucene"), new JsonCodec());
        TikaExtractor extractor = new TikaExtractor()) {
      Reconciler reconciler = new Reconciler(archive, index, extractor, new ExtractionCache(dir.resolve("cache")), 1);
      ReconcileScheduler scheduler = new ReconcileScheduler(reconciler, () -> dyingFirst);
      scheduler.request();
      assertThat(scheduler.awaitIdle(30_000)).as("the failed pass completes its ticket").isTrue();
      assertThat(failures).singleElement().isInstanceOf(OutOfMemoryError.class);
      long again = scheduler.request();
      assertThat(scheduler.awaitIdle(30_000)).isTrue();
      assertThat(scheduler.done(again)).isTrue();
      assertThat(runs.get()).isEqualTo(2);
      assertThat(index.catalog().talkCount()).as("the second pass indexed the archive").isEqualTo(1);
      scheduler.close();
    }
  }

  @Test
  void anErrorFromOneTalkIsThatTalksFailureAndTheOthersAreIndexed() throws Exception {
    Path archive = Files.createDirectories(dir.resolve("archive"));
    Path meetup = Files.createDirectories(archive.resolve("2024-01-02-meetup"));
    Files.writeString(meetup.resolve("good.md"), "# a good talk about numbats");
    Files.writeString(meetup.resolve("bad.md"), "# a talk whose extraction overflows the stack");
    Map<String, String> statuses = new ConcurrentHashMap<>();
    ReconcileListener recording = new ReconcileListener() {
      @Override
      public void fileDone(String path, String format, String status, String reason, int pages) {
        statuses.put(path, status + ": " + reason);
      }
    };
    try (SlideIndex index = SlideIndex.openForWriting(dir.resolve("lucene"), new JsonCodec());
        TikaExtractor tika = new TikaExtractor()) {
      Extractor breaking = file -> {
        if (file.getFileName().toString().equals("bad.md")) {
          throw new StackOverflowError("simulated: a parser recursing without end");
        }
        return tika.extract(file);
      };
      Reconciler reconciler = new Reconciler(archive, index, breaking, new ExtractionCache(dir.resolve("cache")), 2);
      ReconcileSummary summary = reconciler.reconcile(recording);
      assertThat(summary.failedFiles()).isEqualTo(1);
      assertThat(statuses.get("2024-01-02-meetup/bad.md")).startsWith("failed: indexing failed")
          .contains("StackOverflowError");
      assertThat(statuses.get("2024-01-02-meetup/good.md")).startsWith("ok");
      assertThat(index.catalog().talkCount()).isEqualTo(1);
      assertThat(reconciler.pending()).isZero();
    }
  }
}

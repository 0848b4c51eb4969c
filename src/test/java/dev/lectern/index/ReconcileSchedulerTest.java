package dev.lectern.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.ingest.ExtractionCache;
import dev.lectern.ingest.TikaExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
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
}

package dev.lectern.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** What /health reports about a pass that failed or went quiet. */
class IndexProgressTest {
  private final AtomicLong now = new AtomicLong();
  private final IndexProgress progress = new IndexProgress(Duration.ofMinutes(10), now::get);

  @Test
  void aFailedPassIsAProblemUntilAPassFinishes() {
    progress.passStarting();
    progress.passFailed(new OutOfMemoryError("Java heap space"));
    IndexProgress.Snapshot failed = progress.snapshot();
    assertThat(failed.problem()).contains("failed").contains("OutOfMemoryError");
    assertThat(failed.state()).as("the archive was never counted").isEqualTo(IndexProgress.State.STARTING);

    progress.passStarting();
    progress.started(3, 5);
    assertThat(progress.snapshot().state()).isEqualTo(IndexProgress.State.INDEXING);
    progress.finished(null);
    assertThat(progress.snapshot().problem()).isNull();
    assertThat(progress.snapshot().state()).isEqualTo(IndexProgress.State.READY);
  }

  @Test
  void eachPassKeepsTheTimeOfItsLastRealWork() {
    progress.passStarting();
    progress.started(2, 3);
    progress.finished(summary(40, 2_000, 30, 6_000));
    progress.passTook(ReconcilePass.EMBEDDINGS, new PassTime(40, 8_000));
    assertThat(progress.snapshot().passes()).containsOnly(
        java.util.Map.entry(ReconcilePass.TEXT, new PassTime(40, 2_000)),
        java.util.Map.entry(ReconcilePass.IMAGES, new PassTime(30, 6_000)),
        java.util.Map.entry(ReconcilePass.EMBEDDINGS, new PassTime(40, 8_000)));
    assertThat(progress.snapshot().passes().get(ReconcilePass.TEXT).pagesPerSecond()).isEqualTo(20.0);

    progress.passStarting();
    progress.finished(summary(0, 15, 0, 0));
    assertThat(progress.snapshot().passes().get(ReconcilePass.TEXT))
        .as("a pass with nothing to do leaves the last real figures").isEqualTo(new PassTime(40, 2_000));
  }

  private static ReconcileSummary summary(int pages, long textMs, int pagesDrawn, long imagesMs) {
    return new ReconcileSummary(1, 0, 0, 1, 0, pages, java.util.Map.of(), 0, textMs + imagesMs, textMs, imagesMs,
        0, 0, 0, pagesDrawn);
  }

  @Test
  void aPassWithoutProgressForTooLongIsReportedAsStalled() {
    progress.passStarting();
    progress.started(1, 2);
    progress.remaining(ReconcilePass.TEXT, 1);
    now.addAndGet(Duration.ofMinutes(9).toNanos());
    assertThat(progress.snapshot().problem()).isNull();
    now.addAndGet(Duration.ofMinutes(2).toNanos());
    assertThat(progress.snapshot().problem()).contains("no progress for 660 s");
    progress.remaining(ReconcilePass.TEXT, 0);
    assertThat(progress.snapshot().problem()).isNull();
  }
}

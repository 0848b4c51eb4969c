package dev.lectern.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 1, unit = TimeUnit.MINUTES)
class CoalescingRunnerTest {
  @Test
  void requestsDuringARunCauseExactlyOneMoreRunServingAllOfThem() throws Exception {
    CountDownLatch firstStarted = new CountDownLatch(1);
    CountDownLatch releaseFirst = new CountDownLatch(1);
    List<Long> served = new CopyOnWriteArrayList<>();
    try (CoalescingRunner runner = new CoalescingRunner("test-runner", ticket -> {
      served.add(ticket);
      if (ticket == 1) {
        firstStarted.countDown();
        await(releaseFirst);
      }
    })) {
      long first = runner.request();
      assertThat(firstStarted.await(30, TimeUnit.SECONDS)).isTrue();
      long second = runner.request();
      long third = runner.request();
      long fourth = runner.request();
      assertThat(runner.done(first)).as("the first run is still going").isFalse();

      releaseFirst.countDown();
      assertThat(runner.awaitIdle(30_000)).isTrue();

      assertThat(served).containsExactly(first, fourth);
      assertThat(runner.done(second) && runner.done(third) && runner.done(fourth)).isTrue();
      assertThat(runner.completed()).isEqualTo(fourth);
    }
  }

  @Test
  void anErrorFromARunNeitherEndsTheLoopNorLeavesItRunning() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    try (CoalescingRunner runner = new CoalescingRunner("test-runner", ticket -> {
      if (runs.incrementAndGet() == 1) {
        throw new OutOfMemoryError("a native allocation failed");
      }
    })) {
      long failed = runner.request();
      assertThat(runner.awaitIdle(30_000)).isTrue();
      assertThat(runner.done(failed)).as("a failed run still answers its tickets").isTrue();

      long next = runner.request();
      assertThat(runner.awaitIdle(30_000)).isTrue();
      assertThat(runner.done(next)).isTrue();
      assertThat(runs.get()).as("the request after the Error started a new run").isEqualTo(2);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

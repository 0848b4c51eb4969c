package dev.lectern.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.extract.ExtractionCache;
import dev.lectern.extract.TikaExtractor;
import dev.lectern.index.JsonCodec;
import dev.lectern.index.SlideIndex;
import dev.lectern.model.Talk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A metadata refresh says an edit is searchable only when search shows it. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class MetadataRefreshTest {
  @TempDir Path dir;

  /**
   * A reconciliation that read the edit first has written it but not committed it yet (it commits
   * once every talk's text is in): the refresh finds nothing left to write, and must still make the
   * write visible before it answers that the edit is searchable.
   */
  @Test
  void anEditWrittenButNotYetCommittedByAReconciliationIsVisibleOnceTheRefreshAnswers() throws Exception {
    Path meetup = Files.createDirectories(dir.resolve("archive/2024-01-02-meetup"));
    Files.writeString(meetup.resolve("numbats.md"), "# termites for breakfast\n\nnumbats eat termites");
    try (SlideIndex index = SlideIndex.openForWriting(dir.resolve("lucene"), new JsonCodec());
        TikaExtractor extractor = new TikaExtractor()) {
      Reconciler reconciler = new Reconciler(dir.resolve("archive"), index, extractor,
          new ExtractionCache(dir.resolve("cache")), 1);
      reconciler.reconcile(ReconcileListener.NONE);
      String id = index.catalog().talks().iterator().next().id();

      Files.writeString(meetup.resolve("numbats.talk.json"), "{\"title\": \"Numbats, measured\"}");
      CountDownLatch written = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      ReconcileListener holdingBeforeCommit = new ReconcileListener() {
        @Override
        public void fileDone(String path, String format, String status, String reason, int pages) {
          written.countDown();
          try {
            release.await(60, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
      };
      CompletableFuture<ReconcileSummary> pass = CompletableFuture.supplyAsync(() -> {
        try {
          return reconciler.reconcile(holdingBeforeCommit);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      try {
        assertThat(written.await(60, TimeUnit.SECONDS)).as("the reconciliation wrote the edited talk").isTrue();
        assertThat(index.catalog().talk(id).map(Talk::title)).as("not committed yet").isNotEqualTo(java.util.Optional.of("Numbats, measured"));

        assertThat(reconciler.refreshMetadata()).as("nothing is left for a reconciliation").isTrue();
        assertThat(index.catalog().talk(id).map(Talk::title)).as("what the refresh calls searchable is")
            .hasValue("Numbats, measured");
      } finally {
        release.countDown();
        pass.get(60, TimeUnit.SECONDS);
      }
    }
  }
}

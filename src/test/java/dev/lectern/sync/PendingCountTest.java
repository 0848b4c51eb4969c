package dev.lectern.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.extract.ExtractionCache;
import dev.lectern.extract.TikaExtractor;
import dev.lectern.index.JsonCodec;
import dev.lectern.index.SlideIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /health} reads the reconciler's count of files awaiting text and then the listener's state; a
 * count published before the listener heard the pass start would read "starting" with files pending.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class PendingCountTest {
  @TempDir Path dir;

  @Test
  void theListenerHearsThePassStartBeforeItsCountIsPublished() throws Exception {
    for (int i = 0; i < 3; i++) {
      Path meetup = Files.createDirectories(dir.resolve("archive/2024-01-0" + (i + 1) + "-meetup"));
      Files.writeString(meetup.resolve("talk" + i + ".md"), "# talk " + i + "\n\nnumbats eat termites " + i);
    }
    try (SlideIndex index = SlideIndex.openForWriting(dir.resolve("lucene"), new JsonCodec())) {
      Reconciler reconciler = new Reconciler(dir.resolve("archive"), index, new TikaExtractor(),
          new ExtractionCache(dir.resolve("cache")), 2);
      List<Integer> publishedWhenStarted = new CopyOnWriteArrayList<>();
      IndexProgress progress = new IndexProgress(java.time.Duration.ofMinutes(1));
      List<String> stateWhenPublished = new CopyOnWriteArrayList<>();
      reconciler.reconcile(new ReconcileListener() {
        @Override
        public void started(int talks, int files) {
          publishedWhenStarted.add(reconciler.pending());
          progress.started(talks, files);
        }

        @Override
        public void remaining(ReconcilePass pass, int count) {
          progress.remaining(pass, count);
        }

        @Override
        public void fileDone(String path, String format, String status, String reason, int pages) {
          stateWhenPublished.add(progress.snapshot().state().label());
        }
      });
      assertThat(publishedWhenStarted).as("the reconciler's pending count while its listener hears the start")
          .containsExactly(0);
      assertThat(stateWhenPublished).as("the state while files were pending").hasSize(3).containsOnly("indexing");
    }
  }
}

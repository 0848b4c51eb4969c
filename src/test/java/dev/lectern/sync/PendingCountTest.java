package dev.lectern.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.extract.ExtractionCache;
import dev.lectern.extract.TikaExtractor;
import dev.lectern.index.JsonCodec;
import dev.lectern.index.SlideIndex;
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
    MarkdownMeetups.write(dir.resolve("archive"), 3);
    try (SlideIndex index = SlideIndex.openForWriting(dir.resolve("lucene"), new JsonCodec())) {
      Reconciler reconciler = new Reconciler(dir.resolve("archive"), index, new TikaExtractor(),
          new ExtractionCache(dir.resolve("cache")), 2);
      List<Integer> publishedWhenStarted = new CopyOnWriteArrayList<>();
      reconciler.reconcile(new ReconcileListener() {
        @Override
        public void started(int talks, int files) {
          publishedWhenStarted.add(reconciler.pending());
        }
      });
      assertThat(publishedWhenStarted).as("the reconciler's pending count while its listener hears the start")
          .containsExactly(0);
    }
  }
}

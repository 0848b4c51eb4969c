package dev.lectern.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.archive.MetadataProblem;
import dev.lectern.extract.ExtractionCache;
import dev.lectern.extract.Extractor;
import dev.lectern.extract.TikaExtractor;
import dev.lectern.index.JsonCodec;
import dev.lectern.index.SlideIndex;
import dev.lectern.model.Extraction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The text pass parses on one core fewer than it has threads, so its own indexing keeps a core. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class TextPassParsersTest {
  @TempDir Path dir;

  @Test
  void twoThreadsParseOneFileAtATimeAndAskForOneParserAndEveryTalkIsIndexed() throws Exception {
    MarkdownMeetups.write(dir.resolve("archive"), 6);
    try (SlideIndex index = SlideIndex.openForWriting(dir.resolve("lucene"), new JsonCodec());
        CountingExtractor extractor = new CountingExtractor(new TikaExtractor())) {
      new Reconciler(dir.resolve("archive"), index, extractor, new ExtractionCache(dir.resolve("cache")), 2)
          .reconcile(ReconcileListener.NONE);
      assertThat(extractor.calls.get()).isEqualTo(6);
      assertThat(extractor.mostAtOnce.get()).as("files parsed at once with 2 threads").isEqualTo(1);
      assertThat(extractor.warmedFor.get()).as("parsers asked to warm up").isEqualTo(1);
      assertThat(index.catalog().talks()).hasSize(6);
    }
    assertThat(Reconciler.textParsers(1)).isEqualTo(1);
    assertThat(Reconciler.textParsers(8)).isEqualTo(7);
  }

  @Test
  void aNewIndexStartsItsParsersBeforeTheArchiveIsScannedAnIndexedOneOnlyOnceItKnowsATalkIsNew() throws Exception {
    Path archive = dir.resolve("archive");
    Path meetup = Files.createDirectories(archive.resolve("2024-01-01-meetup"));
    Files.writeString(meetup.resolve("meetup.json"), "{ not json"); // a problem the scan reports
    Files.writeString(meetup.resolve("talk1.md"), "# talk one\n\nnumbats eat termites");
    List<String> order = new CopyOnWriteArrayList<>();
    ReconcileListener scanned = new ReconcileListener() {
      @Override
      public void problem(MetadataProblem problem) {
        order.add("scanned");
      }
    };
    try (SlideIndex index = SlideIndex.openForWriting(dir.resolve("lucene"), new JsonCodec());
        Extractor extractor = new Extractor() {
          private final TikaExtractor tika = new TikaExtractor();

          @Override
          public Extraction extract(Path file) {
            return tika.extract(file);
          }

          @Override
          public void warmUp(int parsers) {
            order.add("warm-up");
          }
        }) {
      Reconciler reconciler = new Reconciler(archive, index, extractor, new ExtractionCache(dir.resolve("cache")), 2);
      reconciler.reconcile(scanned);
      assertThat(order).as("a new index").startsWith("warm-up", "scanned");

      order.clear();
      Files.writeString(meetup.resolve("talk2.md"), "# talk two\n\nnumbats dig");
      reconciler.reconcile(scanned);
      assertThat(order).as("an index with talks, one new in the archive").containsExactly("scanned", "warm-up");

      order.clear();
      reconciler.reconcile(scanned);
      assertThat(order).as("nothing new").containsExactly("scanned");
      assertThat(index.catalog().talks()).hasSize(2);
    }
  }

  /** Counts the calls at once; each one holds its slot a little, so that callers allowed to overlap would. */
  private static final class CountingExtractor implements Extractor {
    private final Extractor real;
    final AtomicInteger calls = new AtomicInteger();
    final AtomicInteger mostAtOnce = new AtomicInteger();
    final AtomicInteger warmedFor = new AtomicInteger(-1);
    private final AtomicInteger now = new AtomicInteger();
    private final CountDownLatch overlapped = new CountDownLatch(1);

    CountingExtractor(Extractor real) {
      this.real = real;
    }

    @Override
    public Extraction extract(Path file) {
      calls.incrementAndGet();
      int atOnce = now.incrementAndGet();
      mostAtOnce.accumulateAndGet(atOnce, Math::max);
      if (atOnce > 1) {
        overlapped.countDown();
      }
      try {
        Extraction extraction = real.extract(file);
        // Holds the slot as a slow parser would, and lets go as soon as a second caller shows the overlap.
        overlapped.await(50, TimeUnit.MILLISECONDS);
        return extraction;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      } finally {
        now.decrementAndGet();
      }
    }

    @Override
    public void warmUp(int parsers) {
      warmedFor.set(parsers);
    }

    @Override
    public void close() {
      real.close();
    }
  }
}

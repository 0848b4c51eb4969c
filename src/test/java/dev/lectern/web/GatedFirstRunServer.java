package dev.lectern.web;

import dev.lectern.extract.ExtractionCache;
import dev.lectern.extract.Extractor;
import dev.lectern.extract.TikaExtractor;
import dev.lectern.index.JsonCodec;
import dev.lectern.index.SlideIndex;
import dev.lectern.index.TalkSearcher;
import dev.lectern.log.EventLog;
import dev.lectern.render.GatedThumbnailer;
import dev.lectern.render.ThumbnailStore;
import dev.lectern.sync.IndexProgress;
import dev.lectern.sync.ReconcileScheduler;
import dev.lectern.sync.Reconciler;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A real server over the first run of {@code archive}, with real Tika and the real renderer each
 * held at a gate the test opens: until {@link #requestRun} nothing is counted, until
 * {@link #openText} no text is extracted, until {@link #openImages} no page image is drawn.
 */
public final class GatedFirstRunServer implements AutoCloseable {
  private final CountDownLatch textGate = new CountDownLatch(1);
  private final GatedThumbnailer images;
  private final SlideIndex index;
  private final TikaExtractor tika = new TikaExtractor();
  private final ReconcileScheduler scheduler;
  private final WebServer server;

  public GatedFirstRunServer(Path archive, Path work) throws IOException {
    JsonCodec json = new JsonCodec();
    IndexProgress progress = new IndexProgress(Duration.ofMinutes(10));
    images = new GatedThumbnailer(work.resolve("thumbs"));
    index = SlideIndex.openForWriting(work.resolve("lucene"), json);
    Extractor gatedText = file -> {
      try {
        textGate.await(5, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return tika.extract(file);
    };
    Reconciler reconciler = new Reconciler(archive, index, gatedText, new ExtractionCache(work.resolve("cache")),
        images, 2);
    scheduler = new ReconcileScheduler(reconciler, () -> progress);
    // The page images are served from the store the gated drawer fills, as in production.
    server = new WebServer(index, new TalkSearcher(index), json, archive, reconciler::pending, null,
        new ThumbnailStore(work.resolve("thumbs")),
        new Metrics(MetricSources.of(index, reconciler::pending)), EventLog.NONE, progress).start("127.0.0.1", 0);
  }

  public int port() {
    return server.port();
  }

  public String base() {
    return "http://127.0.0.1:" + port();
  }

  /** Starts the first reconciliation, as {@code serve} does after it starts listening. */
  public void requestRun() {
    scheduler.request();
  }

  public void openText() {
    textGate.countDown();
  }

  public void openImages() {
    images.open();
  }

  @Override
  public void close() throws Exception {
    openText();
    openImages();
    server.stop();
    scheduler.awaitIdle(60_000);
    scheduler.close();
    index.close();
    tika.close();
  }
}

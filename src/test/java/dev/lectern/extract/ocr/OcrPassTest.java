package dev.lectern.extract.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.extract.ExtractionCache;
import dev.lectern.extract.OcrExtractor;
import dev.lectern.extract.TikaExtractor;
import dev.lectern.index.JsonCodec;
import dev.lectern.index.PageText;
import dev.lectern.index.SlideIndex;
import dev.lectern.index.TalkPages;
import dev.lectern.sync.ReconcileListener;
import dev.lectern.sync.ReconcilePass;
import dev.lectern.sync.ReconcileSummary;
import dev.lectern.sync.Reconciler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OCR is a pass of its own after the text pass, with the real Tesseract: a talk is searchable before
 * its image-only pages are read, the OCR pass indexes it again, and a pass cut short is finished
 * by the next run from the cached text.
 */
class OcrPassTest {
  @TempDir Path dir;

  private Path archive() throws Exception {
    Path talk = Files.createDirectories(dir.resolve("archive/2025-03-01-profiling-night/01-screenshots"));
    Files.move(PageOcrTest.englishAndChineseDeck(dir), talk.resolve("screenshots.pdf"));
    return dir.resolve("archive");
  }

  private Reconciler reconciler(Path archive, SlideIndex index, OcrExtractor extractor) {
    return new Reconciler(archive, index, extractor, new ExtractionCache(dir.resolve("cache"), "ocr"), 1);
  }

  @Test
  void theTextPassIsSearchableBeforeTheOcrPassReadsThePages() throws Exception {
    OcrSettings settings = PageOcrTest.realTesseract();
    Path archive = archive();
    try (SlideIndex index = SlideIndex.openForWriting(dir.resolve("lucene"), new JsonCodec());
        OcrExtractor extractor = new OcrExtractor(new TikaExtractor(), settings, () -> { })) {
      AtomicReference<List<PageText>> atSearchable = new AtomicReference<>();
      java.util.concurrent.atomic.AtomicInteger talksAtSearchable = new java.util.concurrent.atomic.AtomicInteger();
      List<Integer> ocrLeft = new CopyOnWriteArrayList<>();
      ReconcileListener listener = new ReconcileListener() {
        @Override
        public void searchable(long ms, int imageFiles) {
          talksAtSearchable.set(index.catalog().talkCount());
          atSearchable.set(pages(index));
        }

        @Override
        public void remaining(ReconcilePass pass, int count) {
          if (pass == ReconcilePass.OCR) {
            ocrLeft.add(count);
          }
        }
      };
      ReconcileSummary summary = reconciler(archive, index, extractor).reconcile(listener);

      // The image-only deck has no text layer: its talk is listed (title, file name), its pages not yet.
      assertThat(talksAtSearchable.get()).isEqualTo(1);
      assertThat(atSearchable.get()).as("nothing read by OCR in the text pass").noneMatch(p -> p.source().equals("ocr"));
      assertThat(ocrLeft).as("pendingOcr counts pages down").containsSubsequence(2, 1, 0).endsWith(0);
      assertThat(pages(index)).extracting(PageText::source).containsExactly("ocr", "ocr");
      assertThat(pages(index).get(0).text()).containsIgnoringCase("kestrel");
      assertThat(summary.pagesRead()).isEqualTo(2);
      assertThat(summary.statusesByFormat()).containsEntry("pdf", java.util.Map.of("ok", 1));
      assertThat(summary.pagesNeedingOcr()).isZero();
      assertThat(index.catalog().pagesNeedingOcr()).isZero();

      // Done means done: the next run finds the talk unchanged and reads nothing again.
      ReconcileSummary again = reconciler(archive, index, extractor).reconcile(ReconcileListener.NONE);
      assertThat(again.talksUnchanged()).isEqualTo(1);
      assertThat(again.pagesRead()).isZero();
    }
  }

  @Test
  void anOcrPassCutShortIsFinishedByTheNextRunFromTheCachedText() throws Exception {
    OcrSettings settings = PageOcrTest.realTesseract();
    Path archive = archive();
    try (SlideIndex index = SlideIndex.openForWriting(dir.resolve("lucene"), new JsonCodec());
        OcrExtractor extractor = new OcrExtractor(new TikaExtractor(), settings, () -> { })) {
      Reconciler stopped = reconciler(archive, index, extractor);
      ReconcileSummary first = stopped.reconcile(new ReconcileListener() {
        @Override
        public void ocrStarting(int files, int pages) {
          stopped.stop(); // the server is shutting down as the OCR pass begins
        }
      });
      assertThat(first.pagesRead()).isZero();
      assertThat(index.catalog().talkCount()).isEqualTo(1);
      assertThat(pages(index)).noneMatch(p -> p.source().equals("ocr"));

      ReconcileSummary second = reconciler(archive, index, extractor).reconcile(ReconcileListener.NONE);
      assertThat(second.talksIndexed()).isEqualTo(1);
      assertThat(second.filesFromCache()).as("the text pass is not redone").isEqualTo(1);
      assertThat(second.pagesRead()).isEqualTo(2);
      assertThat(pages(index)).extracting(PageText::source).containsExactly("ocr", "ocr");
    }
  }

  private static List<PageText> pages(SlideIndex index) {
    try {
      return new TalkPages(index).of(index.catalog().talks().iterator().next().id());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

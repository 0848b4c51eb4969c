package dev.lectern.extract.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lectern.extract.ExtractionCache;
import dev.lectern.extract.OcrExtractor;
import dev.lectern.extract.TikaExtractor;
import dev.lectern.index.JsonCodec;
import dev.lectern.index.SearchRequest;
import dev.lectern.index.SearchResult;
import dev.lectern.index.SlideIndex;
import dev.lectern.index.TalkSearcher;
import dev.lectern.index.analysis.Glossary;
import dev.lectern.sync.ReconcileListener;
import dev.lectern.sync.Reconciler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two PaddlePaddle decks of the shared corpus, whose fonts map glyphs to wrong code points, through
 * the text pass, the OCR pass, a real index and search: found by their Chinese titles and by words on
 * their slides (queries chosen from the slide images), with snippets free of the garbled text.
 */
class PaddlePaddleCorpusTest {
  private static final Path PFCC = Path.of(System.getProperty("lectern.corpus", "../shared/corpus"))
      .toAbsolutePath().normalize().resolve("meetups/paddlepaddle-community/pfcc/2022-04-14");
  private static final String PROGRESS = "飞桨框架近期开源贡献进展.pdf";
  private static final String NEMO = "PFCCNemo.pdf";

  @TempDir Path dir;

  @Test
  void bothDecksAreFoundByTheirChineseTitlesAndSlideWordsWithCleanSnippets() throws Exception {
    assumeTrue(Files.isDirectory(PFCC), "shared corpus not found at " + PFCC + "; skipping");
    OcrSettings settings = PageOcrTest.realTesseract();
    // The two decks alone, under the corpus's own folders (copied to a temporary archive, not the repo).
    Path meetup = Files.createDirectories(dir.resolve("archive/paddlepaddle-community/pfcc/2022-04-14"));
    for (String deck : List.of(PROGRESS, NEMO)) {
      Files.copy(PFCC.resolve(deck), meetup.resolve(deck));
    }
    try (SlideIndex index = SlideIndex.openForWriting(dir.resolve("lucene"), new JsonCodec());
        OcrExtractor extractor = new OcrExtractor(new TikaExtractor(), settings, () -> { })) {
      new Reconciler(dir.resolve("archive"), index, extractor, new ExtractionCache(dir.resolve("cache"), "ocr"), 2)
          .reconcile(ReconcileListener.NONE);
      TalkSearcher searcher = new TalkSearcher(index, Glossary.none());

      assertFound(searcher, "飞桨框架近期开源贡献进展", PROGRESS);
      assertFound(searcher, "PFCC 分享主题", NEMO);
      assertFound(searcher, "社区贡献", PROGRESS);
      assertFound(searcher, "黑客松", PROGRESS);
      assertFound(searcher, "黑客松", NEMO);
      assertFound(searcher, "文档评测", NEMO);
      assertThat(index.catalog().talks()).extracting(t -> t.language()).containsOnly("zh");
      assertThat(index.catalog().talks()).extracting(t -> t.title()).noneMatch(PaddlePaddleCorpusTest::garbled);
    }
  }

  private static void assertFound(TalkSearcher searcher, String query, String deck) throws Exception {
    SearchResult result = searcher.search(new SearchRequest(query, Map.of(), SearchRequest.Order.RELEVANCE, 1, 10, true));
    SearchResult.Hit hit = result.hits().stream()
        .filter(h -> h.talk().files().stream().anyMatch(f -> f.path().endsWith(deck)))
        .findFirst().orElseThrow(() -> new AssertionError(query + " does not find " + deck + ": " + result.hits()));
    for (SearchResult.PageHit page : hit.pages()) {
      assertThat(garbled(page.snippet())).as("snippet %s", page.snippet()).isFalse();
      assertThat(page.snippet()).as("snippet").doesNotContain("!\"#$");
    }
  }

  /** Whether text scores as garbled, the way extraction scores a page. */
  private static boolean garbled(String text) {
    return new GarbleDetector().score(text.replaceAll("</?mark>", "")).garbled(false);
  }
}

package dev.lectern.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.embed.EmbeddingCache;
import dev.lectern.embed.EmbeddingModel;
import dev.lectern.embed.SlideEncoder;
import dev.lectern.index.IndexedTalk;
import dev.lectern.index.JsonCodec;
import dev.lectern.index.QueryVectors;
import dev.lectern.index.SearchMode;
import dev.lectern.index.SearchRequest;
import dev.lectern.index.SearchResult;
import dev.lectern.index.SemanticSearch;
import dev.lectern.index.SlideIndex;
import dev.lectern.index.TalkSearcher;
import dev.lectern.index.analysis.Glossary;
import dev.lectern.extract.ExtractionCache;
import dev.lectern.model.FileExtraction;
import dev.lectern.model.DocumentMetadata;
import dev.lectern.model.Extraction;
import dev.lectern.model.ExtractionStatus;
import dev.lectern.model.Meetup;
import dev.lectern.model.MeetupRef;
import dev.lectern.model.Page;
import dev.lectern.model.Speaker;
import dev.lectern.model.Talk;
import dev.lectern.model.TalkFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search by meaning over a small real index, embedded by the real model: talks are found across
 * languages once the embedding pass has run, searches before it answer by words, and a re-index
 * takes every unchanged slide's vector from the cache.
 */
class SemanticSearchTest {
  private static final Meetup MEETUP = new Meetup("m-2024", "Systems night", "2024-05-01", "Shanghai", "",
      List.of(), "", "", List.of(), "m-2024");

  private static final String VERSION = SlideEncoder.version(SlideEncoder.DEFAULT_MAX_TOKENS);

  @TempDir
  Path dir;

  private SlideIndex index;
  private ExtractionCache extractions;
  private EmbeddingPass pass;
  private TalkSearcher searcher;
  private final List<IndexedTalk> talks = new ArrayList<>();

  @BeforeEach
  void build() throws Exception {
    index = SlideIndex.openForWriting(dir.resolve("lucene"), new JsonCodec());
    extractions = new ExtractionCache(dir.resolve("extracted"));
    SlideEncoder encoder = EmbeddingModel.shared();
    pass = new EmbeddingPass(index, extractions, new EmbeddingCache(dir.resolve("embedded"), VERSION),
        () -> encoder, () -> 0, VERSION);
    searcher = new TalkSearcher(index, Glossary.none(), new SemanticSearch(new QueryVectors(encoder::embedAll)));
    talk("leaks", "Hunting goroutine leaks", "Every goroutine you start must have a way to exit",
        "pprof shows goroutines blocked forever on a channel nobody reads",
        "The process keeps growing: memory held by goroutines that never return");
    talk("kernels", "Writing fast CUDA kernels", "Tiling matrix multiplication through shared memory",
        "Warp shuffles, occupancy and register pressure");
    // A Chinese talk: the model leans towards its own language, which the English talks' order must survive.
    talk("txn", "分布式数据库的事务", "两阶段提交如何保证多个节点同时提交或同时回滚",
        "快照隔离：每个事务读取开始时刻的一致版本");
    talk("venue", "Welcome to the meetup", "Thanks to our sponsors", "Pizza and drinks after the talks");
    index.commit();
    index.refresh();
  }

  @AfterEach
  void close() throws Exception {
    index.close();
  }

  @Test
  void beforeTheEmbeddingPassSearchAnswersByWords() throws Exception {
    assertThat(index.talksNotEmbedded(VERSION)).hasSize(4);
    assertThat(ids(search("goroutine", SearchMode.HYBRID))).first().isEqualTo("m-2024/leaks");
    assertThat(search("协程泄漏怎么排查", SearchMode.HYBRID).hits()).isEmpty();
  }

  @Test
  void afterThePassAQueryFindsTalksInTheOtherLanguageByMeaning() throws Exception {
    EmbeddingSummary summary = pass.run(EmbeddingProgress.NONE);
    assertThat(summary.embedded()).isEqualTo(9);
    assertThat(index.talksNotEmbedded(VERSION)).isEmpty();

    // No word in common: among the English talks, the Chinese question finds the one on its topic.
    SearchResult chinese = search("协程泄漏怎么排查", SearchMode.HYBRID);
    assertEnglishOrder(ids(chinese));
    String snippet = chinese.hits().get(ids(chinese).indexOf("m-2024/leaks")).pages().get(0).snippet();
    assertThat(snippet).doesNotContain("<mark>").isNotBlank();

    // Lexical mode keeps answering by words only.
    assertThat(search("协程泄漏怎么排查", SearchMode.LEXICAL).hits()).isEmpty();
  }

  @Test
  void aReindexTakesUnchangedSlidesFromTheCache() throws Exception {
    pass.run(EmbeddingProgress.NONE);
    index.deleteAll();
    for (IndexedTalk talk : talks) {
      index.replace(talk);
    }
    index.commit();
    index.refresh();
    assertThat(index.talksNotEmbedded(VERSION)).hasSize(4);

    EmbeddingSummary again = pass.run(EmbeddingProgress.NONE);
    assertThat(again.embedded()).isZero();
    assertThat(again.cached()).isEqualTo(9);
    assertEnglishOrder(ids(search("协程泄漏怎么排查", SearchMode.HYBRID)));
    // The text pass, too, writes a talk with its vectors at once when they are all cached.
    assertThat(pass.withCachedVectors(talks.get(0)).vectors()).isNotNull();
  }

  @Test
  void aSlideWithoutWordsIsNotEmbeddedAndAReindexStillFindsEveryVectorCached() throws Exception {
    talk("gc", "GC pauses", "Garbage collection pauses and how to shorten them", "", "Questions?");
    index.commit();
    index.refresh();
    assertThat(pass.countPending()).isEqualTo(12); // every page counts until its talk is brought up to date
    EmbeddingSummary summary = pass.run(EmbeddingProgress.NONE);
    assertThat(summary.embedded()).isEqualTo(11);
    assertThat(pass.countPending()).isZero();

    index.deleteAll();
    for (IndexedTalk talk : talks) {
      index.replace(talk);
    }
    index.commit();
    index.refresh();
    EmbeddingSummary again = pass.run(EmbeddingProgress.NONE);
    assertThat(again.embedded()).as("the blank slide is no cache miss").isZero();
    assertThat(again.cached()).isEqualTo(11);
    assertThat(index.talksNotEmbedded(VERSION)).isEmpty();
  }

  @Test
  void anotherEmbeddingVersionEmbedsEverySlideAgain() throws Exception {
    pass.run(EmbeddingProgress.NONE);
    String other = SlideEncoder.version(SlideEncoder.DEFAULT_MAX_TOKENS / 2);
    assertThat(other).isNotEqualTo(VERSION);
    assertThat(index.talksNotEmbedded(other)).hasSize(4);
    SlideEncoder encoder = EmbeddingModel.shared();
    EmbeddingPass changed = new EmbeddingPass(index, extractions, new EmbeddingCache(dir.resolve("embedded"), other),
        () -> encoder, () -> 0, other);
    EmbeddingSummary summary = changed.run(EmbeddingProgress.NONE);
    assertThat(summary.cached()).isZero(); // vectors of another version are never reused
    assertThat(summary.embedded()).isEqualTo(9);
    assertThat(index.talksNotEmbedded(other)).isEmpty();
    assertThat(index.talksNotEmbedded(VERSION)).hasSize(4);
  }

  @Test
  void aTalkReindexedWhileItWasEmbeddedIsNotOverwritten() throws Exception {
    IndexedTalk changed = new IndexedTalk(talks.get(3).talk(), MEETUP, talks.get(3).files(), "fp-changed");
    index.replace(changed);
    // The catalog still shows the old fingerprint: the pass rebuilds the old version, which must not win.
    EmbeddingSummary summary = pass.run(EmbeddingProgress.NONE);
    assertThat(summary.skipped()).isEqualTo(1);
    assertThat(index.catalog().fingerprints()).containsEntry("m-2024/venue", "fp-changed");
  }

  /** The leaks talk is found, and ranks above the English talks on other topics that are found. */
  @Test
  void anErrorLoadingTheModelIsReportedAndTheNextRequestEmbedsEverySlide() throws Exception {
    java.util.concurrent.atomic.AtomicInteger loads = new java.util.concurrent.atomic.AtomicInteger();
    SlideEncoder real = EmbeddingModel.shared();
    EmbeddingPass failingOnce = new EmbeddingPass(index, extractions, new EmbeddingCache(dir.resolve("embedded"), VERSION),
        () -> {
          if (loads.incrementAndGet() == 1) {
            throw new UnsatisfiedLinkError("no onnxruntime for this platform"); // what a missing native library throws
          }
          return real;
        }, () -> 0, VERSION);
    List<Throwable> reported = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (EmbeddingScheduler scheduler = new EmbeddingScheduler(failingOnce, () -> new EmbeddingProgress() {
      @Override
      public void failed(Throwable error) {
        reported.add(error);
      }
    })) {
      scheduler.request();
      assertThat(scheduler.awaitIdle(60_000)).isTrue();
      assertThat(reported).singleElement().isInstanceOf(UnsatisfiedLinkError.class);
      assertThat(index.talksNotEmbedded(VERSION)).as("nothing was embedded by the failed pass").hasSize(4);

      scheduler.request();
      assertThat(scheduler.awaitIdle(120_000)).as("the scheduler still serves requests after an Error").isTrue();
      assertThat(index.talksNotEmbedded(VERSION)).isEmpty();
      assertThat(reported).hasSize(1);
    }
  }

  private static void assertEnglishOrder(List<String> ids) {
    assertThat(ids).contains("m-2024/leaks");
    for (String other : List.of("m-2024/kernels", "m-2024/venue")) {
      if (ids.contains(other)) {
        assertThat(ids.indexOf("m-2024/leaks")).as(other).isLessThan(ids.indexOf(other));
      }
    }
  }

  private SearchResult search(String query, SearchMode mode) throws Exception {
    return searcher.search(new SearchRequest(query, java.util.Map.of(), SearchRequest.Order.RELEVANCE, 1, 10, true,
        mode));
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(h -> h.talk().id()).toList();
  }

  private void talk(String name, String title, String... texts) throws Exception {
    List<Page> pages = new ArrayList<>();
    for (int p = 0; p < texts.length; p++) {
      pages.add(new Page(p + 1, texts[p], ""));
    }
    String path = "m-2024/" + name + ".pdf";
    String sha = HexFormat.of().formatHex(
        MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8)));
    TalkFile file = new TalkFile(path, "pdf", pages.size(), ExtractionStatus.OK.label(), "", sha, 100);
    Talk talk = new Talk("m-2024/" + name, title, MeetupRef.of(MEETUP), List.of(new Speaker("Ada", "")), "",
        List.of(), "en", "", "", List.of(file), "ok");
    Extraction extraction = new Extraction(ExtractionStatus.OK, "", pages, DocumentMetadata.NONE);
    extractions.put(sha, extraction);
    IndexedTalk indexed = new IndexedTalk(talk, MEETUP, List.of(new FileExtraction(path, sha, 100, extraction)),
        "fp-" + name);
    talks.add(indexed);
    index.replace(indexed);
  }
}

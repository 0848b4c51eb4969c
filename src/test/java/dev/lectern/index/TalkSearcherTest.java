package dev.lectern.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.index.analysis.Glossary;
import dev.lectern.model.DocumentMetadata;
import dev.lectern.model.Extraction;
import dev.lectern.model.ExtractionStatus;
import dev.lectern.model.FileExtraction;
import dev.lectern.model.Meetup;
import dev.lectern.model.MeetupRef;
import dev.lectern.model.Page;
import dev.lectern.model.Speaker;
import dev.lectern.model.Talk;
import dev.lectern.model.TalkFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ordering, paging and facet counting of {@link TalkSearcher} over a real index on disk, with talks
 * spread over dated and undated meetups and written in several commits, so that hits come from
 * several segments.
 */
class TalkSearcherTest {
  @TempDir
  Path dir;

  private SlideIndex index;
  private TalkSearcher searcher;

  @BeforeEach
  void build() throws Exception {
    index = SlideIndex.openForWriting(dir.resolve("lucene"), new JsonCodec());
    // id, meetup date, speaker, pages mentioning "kernel", format
    write("m-2019", "2019-05-01", "a-old", "Ada", 1, "pdf");
    write("m-2019", "2019-05-01", "b-old", "Bo", 3, "pptx");
    index.commit();
    write("m-2023", "2023-09-10", "c-new", "Ada", 2, "pdf");
    write("m-2023", "2023-09-10", "d-new", "Cy", 1, "pdf");
    index.commit();
    write("m-undated", "", "e-undated", "Bo", 1, "odp");
    write("m-2021", "2021", "f-mid", "Ada", 2, "pptx");
    index.commit();
    index.refresh();
    searcher = new TalkSearcher(index);
  }

  @AfterEach
  void close() throws Exception {
    index.close();
  }

  @Test
  void newestAndOldestOrderByMeetupDateWithUndatedTalksLast() throws Exception {
    assertThat(ids(search("kernel", SearchRequest.Order.NEWEST, 1, 10)))
        .containsExactly("m-2023/c-new", "m-2023/d-new", "m-2021/f-mid", "m-2019/b-old", "m-2019/a-old",
            "m-undated/e-undated");
    assertThat(ids(search("kernel", SearchRequest.Order.OLDEST, 1, 10)))
        .containsExactly("m-2019/b-old", "m-2019/a-old", "m-2021/f-mid", "m-2023/c-new", "m-2023/d-new",
            "m-undated/e-undated");
  }

  @Test
  void relevanceRanksTalksWithMoreMatchingPagesHigherAndPagesDoNotOverlap() throws Exception {
    List<String> all = ids(search("kernel", SearchRequest.Order.RELEVANCE, 1, 10));
    assertThat(all).hasSize(6);
    assertThat(all.get(0)).isEqualTo("m-2019/b-old"); // three matching pages
    assertThat(all.subList(1, 3)).containsExactlyInAnyOrder("m-2023/c-new", "m-2021/f-mid");

    List<String> paged = new ArrayList<>();
    for (int page = 1; page <= 3; page++) {
      SearchResult result = search("kernel", SearchRequest.Order.RELEVANCE, page, 2);
      assertThat(result.total()).isEqualTo(6);
      paged.addAll(ids(result));
    }
    assertThat(paged).containsExactlyElementsOf(all);
    assertThat(search("kernel", SearchRequest.Order.RELEVANCE, 4, 2).hits()).isEmpty();
  }

  @Test
  void emptyQueryListsEveryTalkNewestFirst() throws Exception {
    assertThat(ids(search("", SearchRequest.Order.RELEVANCE, 1, 10)))
        .containsExactly("m-2023/c-new", "m-2023/d-new", "m-2021/f-mid", "m-2019/a-old", "m-2019/b-old",
            "m-undated/e-undated");
  }

  @Test
  void facetsCountTalksDrillSidewaysAndFilterWithOrWithinAndAcross() throws Exception {
    SearchResult all = searcher.search(new SearchRequest("kernel", Map.of(), SearchRequest.Order.RELEVANCE, 1, 10, false));
    assertThat(counts(all, "speaker")).containsExactly(Map.entry("Ada", 3L), Map.entry("Bo", 2L), Map.entry("Cy", 1L));
    assertThat(counts(all, "year")).containsExactly(Map.entry("2023", 2L), Map.entry("2021", 1L), Map.entry("2019", 2L));
    assertThat(counts(all, "format")).containsExactly(Map.entry("pdf", 3L), Map.entry("pptx", 2L), Map.entry("odp", 1L));

    SearchResult ada = searcher.search(new SearchRequest("kernel", Map.of("speaker", List.of("ada")),
        SearchRequest.Order.NEWEST, 1, 10, false));
    assertThat(ids(ada)).containsExactly("m-2023/c-new", "m-2021/f-mid", "m-2019/a-old");
    // The speaker facet ignores its own selection, so the other speakers stay on offer.
    assertThat(counts(ada, "speaker")).contains(Map.entry("Bo", 2L), Map.entry("Cy", 1L));
    assertThat(counts(ada, "format")).containsExactly(Map.entry("pdf", 2L), Map.entry("pptx", 1L));

    SearchResult adaOrCyInPdf = searcher.search(new SearchRequest("kernel",
        Map.of("speaker", List.of("ada", "cy"), "format", List.of("pdf")), SearchRequest.Order.NEWEST, 1, 10, false));
    assertThat(ids(adaOrCyInPdf)).containsExactly("m-2023/c-new", "m-2023/d-new", "m-2019/a-old");
    assertThat(counts(adaOrCyInPdf, "format")).containsExactly(Map.entry("pdf", 3L), Map.entry("pptx", 1L));

    SearchResult unknown = searcher.search(new SearchRequest("kernel", Map.of("speaker", List.of("nobody")),
        SearchRequest.Order.RELEVANCE, 1, 10, false));
    assertThat(unknown.total()).isZero();
    assertThat(counts(unknown, "speaker")).contains(Map.entry("Ada", 3L));
  }

  @Test
  void wordsMayMatchOnDifferentPagesOfOneTalkButNotAcrossTalks() throws Exception {
    // "scheduler" is on the last page of b-old only; "kernel" on its first pages.
    SearchResult both = search("kernel scheduler", SearchRequest.Order.RELEVANCE, 1, 10);
    assertThat(both.matchedAll()).isEqualTo(1);
    assertThat(both.hits().get(0).talk().id()).isEqualTo("m-2019/b-old");
    assertThat(both.hits().get(0).matched()).isEqualTo(SearchResult.MATCHED_ALL);
    assertThat(both.hits().subList(1, both.hits().size())).isNotEmpty()
        .allSatisfy(hit -> assertThat(hit.matched()).isEqualTo(SearchResult.MATCHED_PARTIAL));
    // No talk of Ada's has "scheduler": nothing matches every word, the closest talks still show.
    SearchResult apart = search("scheduler Ada", SearchRequest.Order.RELEVANCE, 1, 10);
    assertThat(apart.matchedAll()).isZero();
    assertThat(apart.total()).isPositive();
  }

  @Test
  void partialMatchesRankByHowManyAndHowRareTheWordsTheyHaveAre() throws Exception {
    // "scheduler" is in one talk, "kernel" in all six: b-old has both, then the rare word alone
    // would outrank the common one; an unknown word never empties the page.
    SearchResult result = search("kernel scheduler zyzzyva", SearchRequest.Order.RELEVANCE, 1, 10);
    assertThat(result.matchedAll()).isZero();
    assertThat(ids(result).get(0)).isEqualTo("m-2019/b-old");
    assertThat(result.total()).isEqualTo(6);
  }

  @Test
  void aReplacedTalkIsFoundOnceWithItsNewText() throws Exception {
    write("m-2019", "2019-05-01", "b-old", "Bo", 0, "pptx");
    index.commit();
    index.refresh();
    assertThat(ids(search("kernel", SearchRequest.Order.RELEVANCE, 1, 10))).doesNotContain("m-2019/b-old").hasSize(5);
    assertThat(ids(search("scheduler", SearchRequest.Order.RELEVANCE, 1, 10))).containsExactly("m-2019/b-old");
  }

  @Test
  void aKeptAnswerIsTheComputedOneAndAnEditAfterItShowsAtOnce() throws Exception {
    SearchCache cache = new SearchCache(SearchCache.DEFAULT_WEIGHT);
    TalkSearcher cached = new TalkSearcher(index, new Glossary(null), SemanticSearch.off(), cache);
    SearchRequest kernel = new SearchRequest("kernel", Map.of(), SearchRequest.Order.RELEVANCE, 1, 10, true);
    SearchResult first = cached.search(kernel);
    SearchResult again = cached.search(kernel);
    assertThat(cache.misses()).isEqualTo(1);
    assertThat(cache.hits()).isEqualTo(1);
    assertThat(withoutTime(again)).isEqualTo(withoutTime(first))
        .isEqualTo(withoutTime(searcher.search(kernel)));

    write("m-2024", "2024-01-01", "g-edit", "Di", 1, "pdf");
    index.commit();
    index.refresh();
    assertThat(ids(cached.search(kernel))).as("a talk added after the kept answer").contains("m-2024/g-edit").hasSize(7);
    write("m-2019", "2019-05-01", "b-old", "Bo", 0, "pptx");
    index.commit();
    index.refresh();
    assertThat(ids(cached.search(kernel))).as("a talk edited after the kept answer").doesNotContain("m-2019/b-old");
    assertThat(cache.invalidations()).isEqualTo(2);
    assertThat(cache.hits()).isEqualTo(1);
  }

  @Test
  void requestsThatDifferInAnyParameterNeverShareAKeptAnswer() throws Exception {
    SearchCache cache = new SearchCache(SearchCache.DEFAULT_WEIGHT);
    TalkSearcher cached = new TalkSearcher(index, new Glossary(null), SemanticSearch.off(), cache);
    List<SearchRequest> requests = List.of(
        new SearchRequest("kernel", Map.of(), SearchRequest.Order.RELEVANCE, 1, 10, true),
        new SearchRequest("kernel", Map.of(), SearchRequest.Order.RELEVANCE, 2, 2, true),
        new SearchRequest("kernel", Map.of(), SearchRequest.Order.RELEVANCE, 1, 2, true),
        new SearchRequest("kernel", Map.of(), SearchRequest.Order.NEWEST, 1, 10, true),
        new SearchRequest("kernel", Map.of(), SearchRequest.Order.RELEVANCE, 1, 10, false),
        new SearchRequest("kernel", Map.of("speaker", List.of("ada")), SearchRequest.Order.RELEVANCE, 1, 10, true),
        new SearchRequest("kernel", Map.of("speaker", List.of("bo")), SearchRequest.Order.RELEVANCE, 1, 10, true),
        new SearchRequest("kernel", Map.of(), SearchRequest.Order.RELEVANCE, 1, 10, true, SearchMode.LEXICAL),
        new SearchRequest("Kernel", Map.of(), SearchRequest.Order.RELEVANCE, 1, 10, true),
        new SearchRequest("scheduler", Map.of(), SearchRequest.Order.RELEVANCE, 1, 10, true));
    for (SearchRequest request : requests) {
      cached.search(request);
    }
    assertThat(cache.misses()).as("each request computed once").isEqualTo(requests.size());
    assertThat(cache.entries()).isEqualTo(requests.size());
    for (SearchRequest request : requests) {
      assertThat(withoutTime(cached.search(request))).as(request.toString())
          .isEqualTo(withoutTime(searcher.search(request)));
    }
    assertThat(cache.hits()).isEqualTo(requests.size());
    cached.search(requests.get(0), false);
    assertThat(cache.hits() + cache.misses()).as("a search that bypasses the cache is neither").isEqualTo(
        2L * requests.size());
  }

  @Test
  void aGlossaryChangeDropsTheKeptAnswers() throws Exception {
    Path glossaryFile = dir.resolve("glossary.txt");
    Files.writeString(glossaryFile, "");
    SearchCache cache = new SearchCache(SearchCache.DEFAULT_WEIGHT);
    TalkSearcher cached = new TalkSearcher(index, new Glossary(glossaryFile), SemanticSearch.off(), cache);
    SearchRequest question = new SearchRequest("dispatcher", Map.of(), SearchRequest.Order.RELEVANCE, 1, 10, true);
    assertThat(cached.search(question).total()).isZero();
    Files.writeString(glossaryFile, "dispatcher, scheduler\n");
    Files.setLastModifiedTime(glossaryFile, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
    // The glossary file is looked at about once a second; the next look must drop the kept answer.
    long deadline = System.nanoTime() + 10_000_000_000L;
    SearchResult result = cached.search(question);
    while (result.total() == 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
      result = cached.search(question);
    }
    assertThat(ids(result)).containsExactly("m-2019/b-old");
    assertThat(cache.invalidations()).isEqualTo(1);
  }

  /** An answer with its time left out: the one field a kept answer may differ in. */
  private static SearchResult withoutTime(SearchResult r) {
    return new SearchResult(r.query(), r.total(), r.matchedAll(), 0, r.page(), r.size(), r.didYouMean(), r.notice(),
        r.notices(), r.hits(), r.facets());
  }

  private SearchResult search(String q, SearchRequest.Order order, int page, int size) throws Exception {
    return searcher.search(new SearchRequest(q, Map.of(), order, page, size, true));
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(h -> h.talk().id()).toList();
  }

  private static List<Map.Entry<String, Long>> counts(SearchResult result, String facet) {
    return result.facets().get(facet).stream().map(c -> Map.entry(c.label(), c.count())).toList();
  }

  /** A talk whose first {@code kernelPages} pages mention "kernel", plus a closing page (on the scheduler in b-old). */
  private void write(String meetupId, String date, String name, String speaker, int kernelPages, String format)
      throws Exception {
    Meetup meetup = new Meetup(meetupId, "Systems " + meetupId, date, "Shanghai", "", List.of(), "", "", List.of(),
        meetupId);
    List<Page> pages = new ArrayList<>();
    for (int p = 1; p <= kernelPages; p++) {
      pages.add(new Page(p, "The kernel boots page " + p, ""));
    }
    pages.add(new Page(kernelPages + 1, name.equals("b-old") ? "The scheduler picks a task" : "Questions", ""));
    String path = meetupId + "/" + name + "." + format;
    TalkFile file = new TalkFile(path, format, pages.size(), ExtractionStatus.OK.label(), "", "sha-" + name, 100);
    Talk talk = new Talk(meetupId + "/" + name, "Talk " + name, MeetupRef.of(meetup),
        List.of(new Speaker(speaker, "")), "", List.of(), "en", "", "", List.of(file), "ok");
    Extraction extraction = new Extraction(ExtractionStatus.OK, "", pages, DocumentMetadata.NONE);
    index.replace(new IndexedTalk(talk, meetup, List.of(new FileExtraction(path, "sha-" + name, 100, extraction)),
        "fp-" + name + kernelPages));
  }
}

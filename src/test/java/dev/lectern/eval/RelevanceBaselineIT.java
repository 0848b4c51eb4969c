package dev.lectern.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.extract.ExtractionCache;
import dev.lectern.extract.TikaExtractor;
import dev.lectern.index.JsonCodec;
import dev.lectern.index.PageText;
import dev.lectern.index.SearchRequest;
import dev.lectern.index.SearchResult;
import dev.lectern.index.SlideIndex;
import dev.lectern.index.TalkPages;
import dev.lectern.index.TalkSearcher;
import dev.lectern.index.analysis.Glossary;
import dev.lectern.model.Talk;
import dev.lectern.sync.ReconcileListener;
import dev.lectern.sync.Reconciler;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Relevance over the shared corpus must not fall below the recorded baselines, category by category,
 * and no talk's own title, nor words taken from a talk, may ever return nothing. The corpus is
 * indexed once for all of these; every test skips visibly without it.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class RelevanceBaselineIT {
  private static final Path EVAL = Path.of("src/test/resources/eval");
  private static final double TOLERANCE = 0.005;
  private static final int WORDS_PER_QUERY = 4;

  @TempDir
  static Path indexDir;

  private static Path corpus;
  private static SlideIndex index;

  @BeforeAll
  static void indexTheCorpus() throws Exception {
    corpus = Path.of(System.getProperty("lectern.corpus", "../shared/corpus"));
    Path archive = corpus.resolve("meetups");
    Assumptions.assumeTrue(Files.isDirectory(archive), "shared corpus not found at " + archive + "; skipping");
    index = SlideIndex.openForWriting(indexDir.resolve("lucene"), new JsonCodec());
    try (TikaExtractor extractor = new TikaExtractor()) {
      new Reconciler(archive, index, extractor, new ExtractionCache(indexDir.resolve("extracted")), 2)
          .reconcile(ReconcileListener.NONE);
    }
  }

  @AfterAll
  static void close() throws Exception {
    if (index != null) {
      index.close();
    }
  }

  @Test
  void noCategoryFallsBelowItsBaseline() throws Exception {
    assertAtOrAbove("queries.tsv", "baseline.tsv", new Glossary(corpus.resolve("meetups/glossary.txt")));
  }

  @Test
  void noBlindCategoryFallsBelowItsBaselineWithoutTheGlossary() throws Exception {
    assertAtOrAbove("queries-blind.tsv", "baseline-blind.tsv", Glossary.none());
  }

  @Test
  void everyTalkTitleFindsSomething() throws Exception {
    TalkSearcher searcher = new TalkSearcher(index);
    List<String> empty = new ArrayList<>();
    int titles = 0;
    for (String line : Files.readAllLines(corpus.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8)) {
      String[] c = line.split("\t", -1);
      if (c.length > 9 && c[0].startsWith("meetups/") && !c[9].isBlank()) {
        titles++;
        if (search(searcher, c[9]).total() == 0) {
          empty.add(c[9]);
        }
      }
    }
    assertThat(titles).isPositive();
    assertThat(empty).as("titles that returned no talk").isEmpty();
  }

  @Test
  void wordsTakenFromATalkFindThatTalkWithEveryWord() throws Exception {
    TalkSearcher searcher = new TalkSearcher(index);
    TalkPages pages = new TalkPages(index);
    List<String> missed = new ArrayList<>();
    int queries = 0;
    for (Talk talk : index.catalog().talks()) {
      List<String> words = spreadWords(pages.of(talk.id()));
      if (words.isEmpty()) {
        continue; // a talk whose files have no text
      }
      queries++;
      String query = String.join(" ", words);
      SearchResult result = search(searcher, query);
      boolean found = result.hits().stream()
          .anyMatch(h -> h.talk().id().equals(talk.id()) && h.matched().equals(SearchResult.MATCHED_ALL));
      if (!found) {
        missed.add(talk.id() + ": " + query);
      }
    }
    assertThat(queries).isGreaterThan(40);
    assertThat(missed).as("queries of a talk's own words that did not find it with every word").isEmpty();
  }

  /** Up to four words spread over a talk's pages: from its first, middle and last pages with text. */
  private static List<String> spreadWords(List<PageText> pages) {
    List<List<String>> perPage = new ArrayList<>();
    for (PageText page : pages) {
      List<String> words = new ArrayList<>();
      for (String token : (page.text() == null ? "" : page.text()).split("\\s+")) {
        if (token.length() >= 3 && token.length() <= 20 && token.matches("[\\p{L}\\p{N}]+")
            && !Set.of("OR", "AND", "NOT").contains(token)) {
          words.add(token);
        }
      }
      if (!words.isEmpty()) {
        perPage.add(words);
      }
    }
    Set<String> chosen = new LinkedHashSet<>();
    for (int i = 0; i < WORDS_PER_QUERY && !perPage.isEmpty(); i++) {
      List<String> words = perPage.get(i * (perPage.size() - 1) / Math.max(1, WORDS_PER_QUERY - 1));
      chosen.add(words.get((i * 7) % words.size()));
    }
    return new ArrayList<>(chosen);
  }

  private static SearchResult search(TalkSearcher searcher, String query) throws Exception {
    return searcher.search(new SearchRequest(query, Map.of(), SearchRequest.Order.RELEVANCE, 1, 10, false));
  }

  private static void assertAtOrAbove(String queryFile, String baselineFile, Glossary glossary) throws Exception {
    List<JudgedQuery> queries = QuerySet.read(EVAL.resolve(queryFile));
    RelevanceEvaluator evaluator = new RelevanceEvaluator(new TalkSearcher(index, glossary), index.catalog());
    List<RelevanceEvaluator.Outcome> outcomes = evaluator.run(queries);
    Map<String, Scores> summary = RelevanceEvaluator.summarize(outcomes);
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    new EvalReport(new PrintStream(buffer, true, StandardCharsets.UTF_8)).print(outcomes, true);
    String report = buffer.toString(StandardCharsets.UTF_8);
    System.out.println(queryFile + "\n" + report);
    Map<String, double[]> baseline = readBaseline(EVAL.resolve(baselineFile));
    assertThat(summary.keySet()).containsAll(baseline.keySet());
    baseline.forEach((category, floor) -> {
      Scores scores = summary.get(category);
      assertThat(scores.mrr()).as("MRR of %s%n%s", category, report).isGreaterThanOrEqualTo(floor[0] - TOLERANCE);
      assertThat(scores.recallAt10()).as("recall@10 of %s%n%s", category, report)
          .isGreaterThanOrEqualTo(floor[1] - TOLERANCE);
      assertThat(scores.ndcgAt10()).as("nDCG@10 of %s%n%s", category, report)
          .isGreaterThanOrEqualTo(floor[2] - TOLERANCE);
    });
  }

  private static Map<String, double[]> readBaseline(Path file) throws Exception {
    Map<String, double[]> baseline = new TreeMap<>();
    boolean header = true;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String[] c = line.split("\t");
      baseline.put(c[0], new double[] {Double.parseDouble(c[1]), Double.parseDouble(c[2]), Double.parseDouble(c[3])});
    }
    return baseline;
  }
}

package dev.lectern.eval;

import dev.lectern.index.SearchMode;
import dev.lectern.index.SearchRequest;
import dev.lectern.index.SearchResult;
import dev.lectern.index.TalkCatalog;
import dev.lectern.index.TalkSearcher;
import dev.lectern.model.Talk;
import dev.lectern.model.TalkFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs judged queries through the real searcher and scores the talks it returns. Judgments name
 * files; a talk is relevant when it holds a relevant file, with graded gain from the judgment order
 * (the first-listed talk is the most relevant). Slide hit rate: for judgments that name a page, how
 * often that page is among the talk's returned pages.
 */
public final class RelevanceEvaluator {
  private static final int K = 10;

  private final TalkSearcher searcher;
  private final TalkCatalog catalog;
  private final SearchMode mode;

  public RelevanceEvaluator(TalkSearcher searcher, TalkCatalog catalog) {
    this(searcher, catalog, SearchMode.HYBRID);
  }

  public RelevanceEvaluator(TalkSearcher searcher, TalkCatalog catalog, SearchMode mode) {
    this.searcher = searcher;
    this.catalog = catalog;
    this.mode = mode;
  }

  /** Per-query outcome, for listing what failed. */
  public record Outcome(JudgedQuery query, List<String> returned, List<String> relevant, double reciprocalRank,
      double recall, double ndcg, int slidesJudged, int slidesHit) {}

  public List<Outcome> run(List<JudgedQuery> queries) throws IOException {
    Map<String, String> talkOfFile = new HashMap<>();
    for (Talk talk : catalog.talks()) {
      for (TalkFile file : talk.files()) {
        talkOfFile.put(file.path(), talk.id());
      }
    }
    List<Outcome> outcomes = new ArrayList<>();
    for (JudgedQuery query : queries) {
      outcomes.add(score(query, talkOfFile));
    }
    return outcomes;
  }

  private Outcome score(JudgedQuery query, Map<String, String> talkOfFile) throws IOException {
    Set<String> relevant = new LinkedHashSet<>();
    for (JudgedQuery.Judgment judgment : query.relevant()) {
      String talk = talkOfFile.get(judgment.path());
      relevant.add(talk == null ? "missing:" + judgment.path() : talk);
    }
    SearchResult result = searcher.search(new SearchRequest(query.query(), Map.of(),
        SearchRequest.Order.RELEVANCE, 1, K, false, mode));
    List<String> returned = result.hits().stream().map(h -> h.talk().id()).toList();
    double rr = 0;
    double dcg = 0;
    int found = 0;
    List<String> relevantList = new ArrayList<>(relevant);
    for (int rank = 0; rank < returned.size(); rank++) {
      int position = relevantList.indexOf(returned.get(rank));
      if (position >= 0) {
        found++;
        rr = rr == 0 ? 1.0 / (rank + 1) : rr;
        dcg += gain(position, relevantList.size()) / log2(rank + 2);
      }
    }
    double idcg = 0;
    for (int i = 0; i < Math.min(K, relevantList.size()); i++) {
      idcg += gain(i, relevantList.size()) / log2(i + 2);
    }
    int[] slides = slideHits(query, talkOfFile, result);
    return new Outcome(query, returned, relevantList, rr, (double) found / Math.min(K, relevantList.size()),
        idcg == 0 ? 0 : dcg / idcg, slides[0], slides[1]);
  }

  /** Judged pages, and how many of them the returned talk listed among its best pages. */
  private static int[] slideHits(JudgedQuery query, Map<String, String> talkOfFile, SearchResult result) {
    Map<String, SearchResult.Hit> byTalk = new HashMap<>();
    result.hits().forEach(h -> byTalk.put(h.talk().id(), h));
    Map<String, Boolean> judged = new LinkedHashMap<>();
    for (JudgedQuery.Judgment judgment : query.relevant()) {
      String talk = talkOfFile.get(judgment.path());
      if (judgment.page() == 0 || talk == null) {
        continue;
      }
      judged.putIfAbsent(talk, false);
      SearchResult.Hit hit = byTalk.get(talk);
      if (hit != null && hit.pages().stream().anyMatch(p -> p.number() == judgment.page())) {
        judged.put(talk, true);
      }
    }
    int hits = (int) judged.values().stream().filter(b -> b).count();
    return new int[] {judged.size(), hits};
  }

  /** Graded gain: the first-listed relevant talk counts 2, the others 1. */
  private static double gain(int position, int count) {
    return position == 0 && count > 1 ? 2 : 1;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  /** Mean scores per category, plus "overall", in category order. */
  public static Map<String, Scores> summarize(List<Outcome> outcomes) {
    Map<String, List<Outcome>> groups = new TreeMap<>();
    for (Outcome outcome : outcomes) {
      groups.computeIfAbsent(outcome.query().category(), k -> new ArrayList<>()).add(outcome);
    }
    Map<String, Scores> summary = new LinkedHashMap<>();
    groups.forEach((category, list) -> summary.put(category, mean(list)));
    summary.put("overall", mean(outcomes));
    return summary;
  }

  private static Scores mean(List<Outcome> list) {
    double n = Math.max(1, list.size());
    int judged = list.stream().mapToInt(Outcome::slidesJudged).sum();
    int hit = list.stream().mapToInt(Outcome::slidesHit).sum();
    return new Scores(list.size(),
        list.stream().mapToDouble(Outcome::reciprocalRank).sum() / n,
        list.stream().mapToDouble(Outcome::recall).sum() / n,
        list.stream().mapToDouble(Outcome::ndcg).sum() / n,
        judged == 0 ? 1 : (double) hit / judged,
        (int) list.stream().filter(o -> o.returned().isEmpty()).count());
  }
}

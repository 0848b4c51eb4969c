package dev.lectern.bench;

import dev.lectern.bench.load.Workload;
import dev.lectern.index.SearchRequest;
import dev.lectern.index.SearchResult;
import dev.lectern.index.TalkSearcher;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Lectern's own {@link TalkSearcher}, called in-process: top 10 talks, with or without snippets. */
final class LecternInProcess implements Workload {
  private final TalkSearcher searcher;
  private final List<SearchRequest> requests;

  LecternInProcess(TalkSearcher searcher, List<String> texts, boolean highlight) {
    this.searcher = searcher;
    this.requests = texts.stream()
        .map(q -> new SearchRequest(q, Map.of(), SearchRequest.Order.RELEVANCE, 1, 10, highlight))
        .toList();
  }

  @Override
  public void run(int query) throws IOException {
    searcher.search(requests.get(query));
  }

  SearchResult result(int query) throws IOException {
    return searcher.search(requests.get(query));
  }
}

package dev.lectern.web;

import dev.lectern.index.RelatedTalks;
import dev.lectern.index.SearchRequest;
import dev.lectern.index.Suggester;
import dev.lectern.index.TalkSearcher;
import dev.lectern.index.Trend;
import dev.lectern.model.Talk;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Ways to explore beyond a result list: completions, related talks, and a topic's timeline. */
final class ExploreController {
  private static final int SUGGESTIONS = 8;
  private static final int RELATED = 5;
  private static final int MAX_PREFIX = 100;

  private final Suggester suggester;
  private final RelatedTalks related;
  private final TalkSearcher searcher;
  private final TalkController talks;

  ExploreController(Suggester suggester, RelatedTalks related, TalkSearcher searcher, TalkController talks) {
    this.suggester = suggester;
    this.related = related;
    this.searcher = searcher;
    this.talks = talks;
  }

  void suggest(Context ctx) throws IOException {
    String q = ctx.queryParam("q");
    q = q == null ? "" : q;
    if (q.length() > MAX_PREFIX) {
      throw ApiException.invalid("query_too_long", Map.of("actual", q.length(), "max", MAX_PREFIX),
          "q must be at most " + MAX_PREFIX + " characters");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", q);
    body.put("suggestions", suggester.suggest(q, SUGGESTIONS));
    ctx.header("Cache-Control", "no-store");
    ctx.json(body);
  }

  void related(Context ctx) throws IOException {
    Talk talk = talks.find(ctx.pathParam("id"));
    ctx.json(Map.of("talks", related.of(talk, RELATED)));
  }

  void trend(Context ctx) throws IOException {
    String q = ctx.queryParam("q");
    q = q == null ? "" : q;
    if (q.length() > SearchRequest.MAX_QUERY_LENGTH) {
      throw ApiException.invalid("query_too_long", Map.of("actual", q.length(), "max", SearchRequest.MAX_QUERY_LENGTH),
          "q must be at most " + SearchRequest.MAX_QUERY_LENGTH + " characters");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", q);
    Trend trend = searcher.trend(q);
    body.put("points", trend.points());
    body.put("undated", Map.of("talks", trend.undatedTalks(), "pages", trend.undatedPages()));
    ctx.json(body);
  }
}

package dev.lectern.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The embedding of a query's free text, with the filters and operators of the query language left
 * out. A query costs the model tens of milliseconds, so recent ones are kept (least recently used
 * dropped first): a user paging through results, or many asking the same thing, pays once.
 */
public final class QueryVectors {
  private static final int CACHED = 512;
  /**
   * bge-zh-v1.5's instruction for a short query to be matched against passages: queries are
   * embedded with it, slides without. On the blind set it lifts every question category.
   */
  static final String INSTRUCTION = "为这个句子生成表示以用于检索相关文章：";
  private static final Pattern FILTER = Pattern.compile("(?<!\\S)-?[\\p{L}_]+:(\"[^\"]*\"|\\S+)");
  private static final Pattern EXCLUDED = Pattern.compile("(?<!\\S)-(\"[^\"]*\"|\\S+)");
  private static final Pattern OPERATORS = Pattern.compile("[\"()]|(?<!\\S)(AND|OR|NOT)(?!\\S)");

  private final TextEmbedder embedder;
  private final Map<String, float[]> recent = new LinkedHashMap<>(CACHED * 2, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
      return size() > CACHED;
    }
  };

  public QueryVectors(TextEmbedder embedder) {
    this.embedder = embedder;
  }

  boolean ready() {
    return embedder.ready();
  }

  /** The vector of the query's free text; null when nothing is left to embed (only filters). */
  public float[] of(String query) {
    String text = freeText(query);
    if (text.isEmpty()) {
      return null;
    }
    synchronized (recent) {
      float[] cached = recent.get(text);
      if (cached != null) {
        return cached;
      }
    }
    float[] vector = embedder.embedAll(List.of(INSTRUCTION + text)).get(0);
    synchronized (recent) {
      recent.put(text, vector);
    }
    return vector;
  }

  /** Vectors of several texts (a snippet's candidate lines), not cached. */
  List<float[]> embedAll(List<String> texts) {
    return embedder.embedAll(texts);
  }

  static String freeText(String query) {
    String text = FILTER.matcher(query).replaceAll(" ");
    text = EXCLUDED.matcher(text).replaceAll(" ");
    text = OPERATORS.matcher(text).replaceAll(" ");
    return text.replaceAll("\\s+", " ").strip();
  }
}

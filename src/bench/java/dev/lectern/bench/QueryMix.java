package dev.lectern.bench;

import java.util.List;

/**
 * The one query mix every engine answers, in Lectern's query language; the raw-Lucene floor and the
 * Solr peer translate the same strings. Kinds: single words, identifiers, Chinese, two-word AND,
 * phrases, and field filters.
 */
final class QueryMix {
  /** A query and what kind of query it is, for the per-query table. */
  record BenchQuery(String kind, String text) {}

  static final List<BenchQuery> QUERIES = List.of(
      new BenchQuery("term", "goroutine"),
      new BenchQuery("term", "kubernetes"),
      new BenchQuery("term", "performance"),
      new BenchQuery("identifier", "torch.compile"),
      new BenchQuery("identifier", "PrivateUse1"),
      new BenchQuery("chinese", "编译器"),
      new BenchQuery("chinese", "分布式"),
      new BenchQuery("and", "memory allocation"),
      new BenchQuery("and", "channel scheduler"),
      new BenchQuery("phrase", "\"garbage collection\""),
      new BenchQuery("filter", "year:2019 goroutine"),
      new BenchQuery("filter", "format:pdf kubernetes"));

  /**
   * The mix for the real corpus (the shared decks), written before any of it was measured: what
   * people ask of these talks, not what makes the engine look good. Identifiers, Chinese, two-word
   * topics, a speaker's name, natural questions in both languages, one word.
   */
  static final List<BenchQuery> REAL = List.of(
      new BenchQuery("identifier", "torch.compile"),
      new BenchQuery("identifier", "sync.Pool"),
      new BenchQuery("chinese", "分布式数据库"),
      new BenchQuery("chinese", "性能优化"),
      new BenchQuery("topic", "service mesh"),
      new BenchQuery("topic", "garbage collection"),
      new BenchQuery("topic", "quantized training"),
      new BenchQuery("topic", "docker container"),
      new BenchQuery("speaker", "刘奇"),
      new BenchQuery("question", "how do I write a fast GPU kernel"),
      new BenchQuery("question", "如何排查 Go 程序的内存泄漏"),
      new BenchQuery("term", "triton"));

  private QueryMix() {}

  static List<String> texts() {
    return texts(QUERIES);
  }

  static List<String> texts(List<BenchQuery> mix) {
    return mix.stream().map(BenchQuery::text).toList();
  }

  /** The mix as TSV (kind, query) for the Solr peer, which reads the same file. */
  static String tsv() {
    StringBuilder out = new StringBuilder();
    for (BenchQuery q : QUERIES) {
      out.append(q.kind()).append('\t').append(q.text()).append('\n');
    }
    return out.toString();
  }
}

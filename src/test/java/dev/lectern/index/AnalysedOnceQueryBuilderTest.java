package dev.lectern.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;

class AnalysedOnceQueryBuilderTest {
  private static final List<String> FIELDS = List.of(Schema.TEXT, Schema.NOTES, Schema.TITLE, Schema.TAGS,
      Schema.FILENAME, Schema.MEETUP, Schema.SPEAKER, Schema.SPELL);
  /** Plain words, stop words only, identifiers, Han text (bigrams), mixed scripts, compatibility forms, nothing. */
  private static final List<String> TEXTS = List.of("garbage collection", "the", "torch.compile", "private-use1",
      "PrivateUse1", "CUDA_VISIBLE_DEVICES", "分布式数据库", "如何排查 Go 程序的内存泄漏", "Andreas Köpf", "刘奇",
      "⽑康力", "ＧＰＵ kernel", "how do I write a fast GPU kernel", "", "  ", "!!");

  private final Analyzer analyzer = FieldAnalyzers.forQuerying();

  @Test
  void buildsTheQueriesLucenesBuilderBuildsForEveryFieldFromOneAnalysisPerChain() {
    QueryBuilder plain = new QueryBuilder(analyzer);
    // One builder for everything, as a request uses it: every field after the first of its chain replays.
    QueryBuilder once = new AnalysedOnceQueryBuilder(analyzer);
    for (int slop : new int[] {0, 1}) {
      for (String text : TEXTS) {
        for (String field : FIELDS) {
          assertThat(once.createPhraseQuery(field, text, slop)).as(field + ": " + text + " ~" + slop)
              .isEqualTo(plain.createPhraseQuery(field, text, slop));
          assertThat(once.createBooleanQuery(field, text, BooleanClause.Occur.MUST)).as(field + ": " + text)
              .isEqualTo(plain.createBooleanQuery(field, text, BooleanClause.Occur.MUST));
        }
      }
    }
  }

  @Test
  void fieldsOfOneChainAnalyseAlikeAndTheOthersDoNot() {
    QueryBuilder plain = new QueryBuilder(analyzer);
    assertThat(FieldAnalyzers.chain(Schema.TITLE)).isEqualTo(FieldAnalyzers.chain(Schema.TEXT));
    assertThat(FieldAnalyzers.chain(Schema.SPEAKER)).isNotEqualTo(FieldAnalyzers.chain(Schema.TEXT));
    assertThat(FieldAnalyzers.chain(Schema.SPELL)).isNotEqualTo(FieldAnalyzers.chain(Schema.TEXT));
    // The speaker chain neither stems nor drops stop words; the text chain does both.
    assertThat(plain.createPhraseQuery(Schema.SPEAKER, "collections", 0).toString(Schema.SPEAKER))
        .isEqualTo("collections");
    assertThat(plain.createPhraseQuery(Schema.TEXT, "collections", 0).toString(Schema.TEXT)).isEqualTo("collect");
  }
}

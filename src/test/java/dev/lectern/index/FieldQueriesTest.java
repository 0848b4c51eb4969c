package dev.lectern.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

class FieldQueriesTest {
  private static final Set<String> SLIDES = Set.of(Schema.TEXT, Schema.NOTES);

  @Test
  void keepsOnlyThePositiveClausesOnTheGivenFields() {
    Query word = new DisjunctionMaxQuery(List.of(
        new BoostQuery(new TermQuery(new Term(Schema.TITLE, "inductor")), 4f),
        new TermQuery(new Term(Schema.TEXT, "inductor")),
        new BoostQuery(new TermQuery(new Term(Schema.NOTES, "inductor")), 0.5f)), 0.2f);
    Query phrase = new PhraseQuery(Schema.TEXT, "昇", "腾");
    Query query = new BooleanQuery.Builder()
        .add(word, BooleanClause.Occur.SHOULD)
        .add(phrase, BooleanClause.Occur.SHOULD)
        .add(new TermQuery(new Term(Schema.TEXT, "cuda")), BooleanClause.Occur.MUST_NOT)
        .add(IntPoint.newExactQuery(Schema.YEAR, 2024), BooleanClause.Occur.FILTER)
        .build();

    Query expected = new BooleanQuery.Builder()
        .add(new DisjunctionMaxQuery(List.of(
            new TermQuery(new Term(Schema.TEXT, "inductor")),
            new BoostQuery(new TermQuery(new Term(Schema.NOTES, "inductor")), 0.5f)), 0.2f), BooleanClause.Occur.SHOULD)
        .add(phrase, BooleanClause.Occur.SHOULD)
        .build();
    assertThat(FieldQueries.only(query, SLIDES)).isEqualTo(expected);
  }

  @Test
  void nothingLeftIsNull() {
    assertThat(FieldQueries.only(new TermQuery(new Term(Schema.SPEAKER, "alban")), SLIDES)).isNull();
    assertThat(FieldQueries.only(new MatchAllDocsQuery(), SLIDES)).isNull();
    assertThat(FieldQueries.only(new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Schema.TITLE, "xpu")), BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(Schema.TEXT, "cuda")), BooleanClause.Occur.MUST_NOT)
        .build(), SLIDES)).isNull();
  }
}

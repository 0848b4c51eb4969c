package dev.lectern.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.index.QueryClause.Occur;
import org.junit.jupiter.api.Test;

class QuerySyntaxTest {
  @Test
  void readsWordsPhrasesExclusionsAlternativesAndFields() {
    QuerySyntax.Parsed parsed =
        QuerySyntax.parse("inductor \"new backend\" -cuda triton OR sycl speaker:\"Eikan Wang\" year:2019..2022");
    assertThat(parsed.notice()).isNull();
    assertThat(parsed.clauses()).containsExactly(
        new QueryClause("", "inductor", false, Occur.MUST),
        new QueryClause("", "new backend", true, Occur.MUST),
        new QueryClause("", "cuda", false, Occur.MUST_NOT),
        new QueryClause("", "triton", false, Occur.MUST),
        new QueryClause("", "sycl", false, Occur.OR_WITH_PREVIOUS),
        new QueryClause("speaker", "Eikan Wang", true, Occur.MUST),
        new QueryClause("year", "2019..2022", false, Occur.MUST));
  }

  @Test
  void codeWithColonsIsAWordNotAField() {
    assertThat(QuerySyntax.parse("aten::add").clauses())
        .containsExactly(new QueryClause("", "aten::add", false, Occur.MUST));
  }

  @Test
  void malformedQueriesAreReadAsWordsWithANotice() {
    QuerySyntax.Parsed unclosed = QuerySyntax.parse("\"unclosed phrase");
    assertThat(unclosed.notice()).contains("unclosed quote");
    assertThat(unclosed.clauses()).extracting(QueryClause::text).containsExactly("unclosed", "phrase");

    QuerySyntax.Parsed parens = QuerySyntax.parse("((");
    assertThat(parens.notice()).contains("parentheses");
    assertThat(parens.clauses()).isEmpty();

    QuerySyntax.Parsed emptyField = QuerySyntax.parse("title:");
    assertThat(emptyField.notice()).contains("title: needs a value");
    assertThat(emptyField.clauses()).isEmpty();

    assertThat(QuerySyntax.parse("AND").clauses()).isEmpty();
  }
}

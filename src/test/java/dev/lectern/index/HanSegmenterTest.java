package dev.lectern.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HanSegmenterTest {
  @Test
  void aChineseQuestionSplitsIntoWords() {
    List<String> words = HanSegmenter.words("微服务之间怎么做负载均衡，和超时控制？");
    assertThat(words).contains("负载", "均衡", "控制").doesNotContain("，", "？");
    assertThat(String.join("", words)).isEqualTo("微服务之间怎么做负载均衡和超时控制");
  }

  @Test
  void chineseWrittenAgainstLatinSplitsAtTheChangeOfScript() {
    List<QueryClause> split = HanSegmenter.expand(List.of(new QueryClause("", "窥探Golang编译", false,
        QueryClause.Occur.MUST)));
    assertThat(split).extracting(QueryClause::text).containsExactly("窥探", "Golang", "编译");
  }

  @Test
  void shortTermsAndPhrasesStayWhole() {
    List<QueryClause> clauses = List.of(new QueryClause("", "服务网格", false, QueryClause.Occur.MUST),
        new QueryClause("", "分布式事务处理方法", true, QueryClause.Occur.MUST));
    assertThat(HanSegmenter.expand(clauses)).isEqualTo(clauses);
  }
}

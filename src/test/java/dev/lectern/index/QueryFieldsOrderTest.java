package dev.lectern.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A query's clauses come in one order in every JVM, so the same query gets the same answer in every run. */
class QueryFieldsOrderTest {
  @Test
  void queryFieldsIterateInTheOrderTheyAreWritten() {
    assertThat(Schema.QUERY_FIELDS.keySet()).containsExactly(Schema.TITLE, Schema.SPEAKER, Schema.TAGS,
        Schema.FILENAME, Schema.MEETUP, Schema.TEXT, Schema.NOTES);
  }
}

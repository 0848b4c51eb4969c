package dev.lectern.index;

/**
 * One clause of a user's query: an optional field ({@code ""} for plain words), the text, whether
 * it was quoted, and how it combines: required, excluded, or an alternative of the clause before it.
 */
record QueryClause(String field, String text, boolean phrase, Occur occur) {
  enum Occur { MUST, MUST_NOT, OR_WITH_PREVIOUS }
}

package dev.lectern.index;

/**
 * A query over one of {@link SearchRequest}'s limits: the stable {@code code} and the two numbers
 * (what the query has, what is allowed) let a client say it in the reader's language.
 */
public final class QueryLimitException extends IllegalArgumentException {
  private final String code;
  private final int actual;
  private final int limit;

  QueryLimitException(String code, int actual, int limit, String message) {
    super(message);
    this.code = code;
    this.actual = actual;
    this.limit = limit;
  }

  public String code() {
    return code;
  }

  public int actual() {
    return actual;
  }

  public int limit() {
    return limit;
  }
}

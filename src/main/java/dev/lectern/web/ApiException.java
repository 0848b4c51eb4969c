package dev.lectern.web;

import dev.lectern.archive.CurationException;
import java.util.Map;

/**
 * A request the API refuses, with the HTTP status, a message a person can act on, and a stable code
 * with its params for clients and the UI's translations (the status's code unless one is given).
 */
public final class ApiException extends RuntimeException {
  private final int status;
  private final String code;
  private final Map<String, Object> params;

  public ApiException(int status, String message) {
    this(status, ErrorBody.codeOf(status), Map.of(), message);
  }

  public ApiException(int status, String code, Map<String, Object> params, String message) {
    super(message);
    this.status = status;
    this.code = code;
    this.params = Map.copyOf(params);
  }

  public int status() {
    return status;
  }

  ErrorBody body() {
    return new ErrorBody(getMessage(), code, params);
  }

  public static ApiException badRequest(String message) {
    return new ApiException(400, message);
  }

  /** A 400 with its own code, for a refusal a client or the UI says in its own words. */
  static ApiException invalid(String code, Map<String, Object> params, String message) {
    return new ApiException(400, code, params, message);
  }

  /** A 404 with its own code, naming what was looked for. */
  static ApiException missing(String code, Map<String, Object> params, String message) {
    return new ApiException(404, code, params, message);
  }

  /** A 400 about one form or JSON field, which the UI shows next to that field. */
  static ApiException badField(String field, String code, String message) {
    return new ApiException(400, code, Map.of("field", field), message);
  }

  public static ApiException notFound(String message) {
    return new ApiException(404, message);
  }

  /** A write the archive refused, as the API answers it. */
  static ErrorBody body(CurationException refused) {
    return new ErrorBody(refused.getMessage(), refused.code(), refused.params());
  }

  /** The status of a write the archive refused. */
  static int status(CurationException refused) {
    return switch (refused.reason()) {
      case INVALID -> 400;
      case NOT_FOUND -> 404;
      case CONFLICT -> 409;
      case UNSUPPORTED -> 415;
    };
  }
}

package dev.lectern.web;

import dev.lectern.archive.CurationException;

/** A request the API refuses, with the HTTP status and a message a person can act on. */
public final class ApiException extends RuntimeException {
  private final int status;

  public ApiException(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }

  public static ApiException badRequest(String message) {
    return new ApiException(400, message);
  }

  public static ApiException notFound(String message) {
    return new ApiException(404, message);
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

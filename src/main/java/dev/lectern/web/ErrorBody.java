package dev.lectern.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every error the API answers: the English {@code error} a person reads in a terminal, a stable
 * {@code code} a client branches on and the UI translates, and the {@code params} that the
 * translated sentence needs (a name, a limit, the form field it is about).
 */
record ErrorBody(String error, String code, Map<String, Object> params) {
  ErrorBody {
    error = error == null || error.isBlank() ? "error" : error;
    code = code == null || code.isBlank() ? "error" : code;
    params = params == null ? Map.of() : new LinkedHashMap<>(params);
  }

  /** The code an error has when nothing more specific was said: one per status. */
  static String codeOf(int status) {
    return switch (status) {
      case 400 -> "bad_request";
      case 401 -> "login_required";
      case 403 -> "forbidden";
      case 404 -> "not_found";
      case 405 -> "method_not_allowed";
      case 409 -> "conflict";
      case 413 -> "too_large";
      case 414, 431 -> "request_too_long";
      case 415 -> "unsupported_type";
      case 429 -> "too_many_requests";
      case 507 -> "disk_full";
      default -> status >= 500 ? "internal" : "error";
    };
  }
}

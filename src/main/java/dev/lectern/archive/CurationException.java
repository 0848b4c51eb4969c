package dev.lectern.archive;

import java.util.Locale;
import java.util.Map;

/**
 * A write the archive refuses, with why in words an organizer can act on, and a stable code with
 * its params for clients and translations (the reason's name unless one is given).
 */
public final class CurationException extends RuntimeException {
  /** What kind of refusal: the API answers each with its own status. */
  public enum Reason { INVALID, NOT_FOUND, CONFLICT, UNSUPPORTED }

  private final Reason reason;
  private final String code;
  private final Map<String, Object> params;

  public CurationException(Reason reason, String message) {
    this(reason, reason.name().toLowerCase(Locale.ROOT), Map.of(), message);
  }

  public CurationException(Reason reason, String code, Map<String, Object> params, String message) {
    super(message);
    this.reason = reason;
    this.code = code;
    this.params = Map.copyOf(params);
  }

  public Reason reason() {
    return reason;
  }

  public String code() {
    return code;
  }

  public Map<String, Object> params() {
    return params;
  }

  static CurationException notFound(String code, Map<String, Object> params, String message) {
    return new CurationException(Reason.NOT_FOUND, code, params, message);
  }

  static CurationException conflict(String code, Map<String, Object> params, String message) {
    return new CurationException(Reason.CONFLICT, code, params, message);
  }
}

package dev.lectern.archive;

/** A write the archive refuses, with why in words an organizer can act on. */
public final class CurationException extends RuntimeException {
  /** What kind of refusal: the API answers each with its own status. */
  public enum Reason { INVALID, NOT_FOUND, CONFLICT, UNSUPPORTED }

  private final Reason reason;

  public CurationException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  static CurationException notFound(String message) {
    return new CurationException(Reason.NOT_FOUND, message);
  }

  static CurationException conflict(String message) {
    return new CurationException(Reason.CONFLICT, message);
  }
}

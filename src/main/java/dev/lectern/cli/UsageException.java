package dev.lectern.cli;

/** The command line cannot be understood; the message says what to change. */
public final class UsageException extends RuntimeException {
  public UsageException(String message) {
    super(message);
  }
}

package dev.lectern.extract.keynote;

import java.io.IOException;

/** A Keynote package that is damaged, hostile or beyond a limit; the message is the reason shown. */
public final class KeynoteFormatException extends IOException {
  public KeynoteFormatException(String message) {
    super(message);
  }
}

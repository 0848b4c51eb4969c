package dev.lectern.extract.keynote;

/** Bytes a package may still inflate; every read charges it first, so a zip or Snappy bomb stops early. */
final class ByteBudget {
  private final long limit;
  private long used;

  ByteBudget(long limit) {
    this.limit = limit;
  }

  void charge(long bytes) throws KeynoteFormatException {
    if (bytes < 0 || bytes > limit - used) {
      throw new KeynoteFormatException("inflates past " + describe(limit) + " (zip or Snappy bomb?)");
    }
    used += bytes;
  }

  static String describe(long bytes) {
    return bytes >= 1 << 20 ? bytes / (1 << 20) + " MB" : bytes / 1024 + " KB";
  }

  /** What a single read may take at most without exceeding the budget. */
  long remaining() {
    return limit - used;
  }
}

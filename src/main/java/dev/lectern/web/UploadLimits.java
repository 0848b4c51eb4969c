package dev.lectern.web;

/**
 * How much one upload may carry. Beyond any of these the request is refused with 413 while it is
 * still arriving, and nothing of it stays on disk.
 */
public record UploadLimits(long maxFileBytes, long maxRequestBytes, int maxFiles, int maxFields) {
  public static final int DEFAULT_MAX_FILE_MB = 200;

  public UploadLimits {
    if (maxFileBytes <= 0 || maxRequestBytes < maxFileBytes) {
      throw new IllegalArgumentException("maxFileBytes must be positive and maxRequestBytes at least as large");
    }
    if (maxFiles <= 0 || maxFields <= 0) {
      throw new IllegalArgumentException("maxFiles and maxFields must be positive");
    }
  }

  /** {@code maxFileMb} per file, twice that per request, 20 files and 20 form fields. */
  public static UploadLimits ofMegabytes(int maxFileMb) {
    if (maxFileMb <= 0) {
      throw new IllegalArgumentException("--max-upload-mb must be positive, was " + maxFileMb);
    }
    long file = maxFileMb * 1024L * 1024L;
    return new UploadLimits(file, 2 * file, 20, 20);
  }

  public int maxParts() {
    return maxFiles + maxFields;
  }
}

package dev.lectern.extract;

/**
 * The extractor was closed while a file was being extracted (the server is shutting down). Not a
 * verdict on the file: the caller must neither cache nor index a result for it, so it is extracted
 * again on the next run. The one exception an {@link Extractor} may throw.
 */
public final class ExtractorClosedException extends IllegalStateException {
  public ExtractorClosedException(String file) {
    super("extractor closed while extracting " + file);
  }
}

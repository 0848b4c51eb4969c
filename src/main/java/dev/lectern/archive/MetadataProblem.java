package dev.lectern.archive;

/**
 * A metadata file that could not be read as written: where ({@code file} relative to the archive
 * root, 1-based line and column, 0 when unknown) and what a person should fix.
 */
public record MetadataProblem(String file, int line, int column, String message) {
  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + message;
  }
}

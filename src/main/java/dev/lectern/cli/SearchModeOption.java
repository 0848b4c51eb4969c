package dev.lectern.cli;

import dev.lectern.index.SearchMode;

/** The {@code --mode} option of search and eval, read into a {@link SearchMode}. */
final class SearchModeOption {
  private SearchModeOption() {}

  static SearchMode parse(String value) {
    try {
      return SearchMode.parse(value);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }
}

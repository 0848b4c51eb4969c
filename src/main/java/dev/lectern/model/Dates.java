package dev.lectern.model;

/** Partial ISO dates ({@code 2024}, {@code 2024-08}, {@code 2024-08-15}) as the archive gives them. */
public final class Dates {
  private Dates() {}

  /** The year of a partial ISO date, or 0 when there is none. */
  public static int year(String isoDate) {
    if (isoDate == null || isoDate.length() < 4) {
      return 0;
    }
    try {
      return Integer.parseInt(isoDate.substring(0, 4));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}

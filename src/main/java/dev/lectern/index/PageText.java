package dev.lectern.index;

/** A stored page as the talk page shows it: 1-based file index and page number, text and notes. */
public record PageText(int file, int number, String text, String notes) {}

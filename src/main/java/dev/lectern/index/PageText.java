package dev.lectern.index;

/**
 * A stored page as the talk page shows it: 1-based file index and page number, text and notes, and
 * where the text came from ({@code text}, {@code ocr} or {@code text+ocr}).
 */
public record PageText(int file, int number, String text, String notes, String source) {}

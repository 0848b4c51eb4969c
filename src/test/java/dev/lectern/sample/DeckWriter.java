package dev.lectern.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * Writes a {@link SampleDeck} as one presentation file. Implementations are deterministic: the same
 * deck gives the same bytes on every run, so the committed archive only changes when its content does.
 */
public interface DeckWriter {

  /** The fixed timestamp written wherever a format asks for a date: the day of the meetup. */
  LocalDateTime FIXED_TIME = LocalDateTime.of(2024, 8, 15, 9, 0);

  void write(SampleDeck deck, Path file) throws IOException;
}

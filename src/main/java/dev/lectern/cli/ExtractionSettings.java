package dev.lectern.cli;

import dev.lectern.extract.ExtractionLimits;

/**
 * How files are parsed: in child JVMs under {@code limits} (so no file can take Lectern down) or,
 * for debugging a parser only, in this process; and whether page images are drawn.
 */
public record ExtractionSettings(boolean inProcess, boolean pageImages, ExtractionLimits limits) {
  /** Parsing in this process, text only: what {@code check --repair} has always used. */
  public static final ExtractionSettings IN_PROCESS_TEXT = new ExtractionSettings(true, false, ExtractionLimits.DEFAULTS);
}

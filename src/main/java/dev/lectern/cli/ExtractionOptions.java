package dev.lectern.cli;

import dev.lectern.ingest.ExtractionLimits;
import java.time.Duration;

/** The extraction flags of serve, index and reindex, read into {@link ExtractionLimits}. */
public final class ExtractionOptions {
  public static final String IN_PROCESS_FLAG = "in-process-extraction";
  public static final String NO_PAGE_IMAGES_FLAG = "no-page-images";

  private ExtractionOptions() {}

  public static ExtractionLimits limits(Arguments args) {
    ExtractionLimits limits = ExtractionLimits.DEFAULTS;
    int timeout = number(args, "extract-timeout", (int) ExtractionLimits.DEFAULT_TIMEOUT.toSeconds(), 1, 86_400);
    int heap = number(args, "extract-heap-mb", ExtractionLimits.DEFAULT_HEAP_MB, 64, 65_536);
    return limits.withTimeout(Duration.ofSeconds(timeout)).withHeapMb(heap);
  }

  /** Parsing in the server's own JVM: only for debugging a parser, never for untrusted files. */
  public static boolean inProcess(Arguments args) {
    return args.flag(IN_PROCESS_FLAG);
  }

  /** Page images are drawn unless turned off: text cards stand in for them in the UI. */
  public static boolean pageImages(Arguments args) {
    return !args.flag(NO_PAGE_IMAGES_FLAG);
  }

  private static int number(Arguments args, String name, int fallback, int min, int max) {
    String value = args.option(name);
    if (value == null) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(value.strip());
      if (parsed >= min && parsed <= max) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException("--" + name + " must be a number from " + min + " to " + max + ", was '" + value + "'");
  }
}

package dev.lectern.cli;

import dev.lectern.extract.ExtractionLimits;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The extraction options of the commands that index: limits of the child processes and page images. */
public final class ExtractionOptions {
  @Option(names = "--extract-timeout", paramLabel = "SECONDS", defaultValue = "120",
      description = "give up on a file after this long (default ${DEFAULT-VALUE})")
  private int timeoutSeconds;

  @Option(names = "--extract-heap-mb", paramLabel = "N", defaultValue = "512",
      description = "heap of each extraction child process (default ${DEFAULT-VALUE})")
  private int heapMb;

  @Option(names = "--in-process-extraction",
      description = "parse in this process (debugging only: a bad file can crash it)")
  private boolean inProcess;

  @Option(names = "--no-page-images", description = "draw no slide images (drawing costs more than extracting"
      + " text); the UI shows each slide's text instead")
  private boolean noPageImages;

  public ExtractionSettings settings() {
    return new ExtractionSettings(inProcess, !noPageImages, ExtractionLimits.DEFAULTS
        .withTimeout(Duration.ofSeconds(within("--extract-timeout", timeoutSeconds, 1, 86_400)))
        .withHeapMb(within("--extract-heap-mb", heapMb, 64, 65_536)));
  }

  private static int within(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw new UsageException(name + " must be a number from " + min + " to " + max + ", was '" + value + "'");
    }
    return value;
  }
}

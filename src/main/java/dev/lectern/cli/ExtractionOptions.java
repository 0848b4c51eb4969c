package dev.lectern.cli;

import dev.lectern.extract.ocr.OcrMode;
import dev.lectern.extract.ocr.OcrSettings;
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

  @Option(names = "--no-embeddings",
      description = "embed no slides: search by words only, no model loaded")
  private boolean noEmbeddings;

  @Option(names = "--ocr", paramLabel = "auto|off|all", defaultValue = "auto",
      description = "read page images with Tesseract: pages with garbled text, no text or mostly a picture"
          + " (auto, the default), none (off), or every page (all)")
  private String ocr;

  @Option(names = "--tesseract", paramLabel = "PATH", defaultValue = "${env:LECTERN_TESSERACT:-tesseract}",
      description = "the tesseract binary (default tesseract on the PATH, env LECTERN_TESSERACT)")
  private String tesseract;

  /** Tesseract is probed here, once per command (a short child process). */
  public ExtractionSettings settings() {
    return new ExtractionSettings(inProcess, !noPageImages, ExtractionLimits.DEFAULTS
        .withTimeout(Duration.ofSeconds(within("--extract-timeout", timeoutSeconds, 1, 86_400)))
        .withHeapMb(within("--extract-heap-mb", heapMb, 64, 65_536)), ocrSettings(), !noEmbeddings);
  }

  /** There is one extraction child per core, and each reads one page at a time: one page per core. */
  private OcrSettings ocrSettings() {
    OcrMode mode;
    try {
      mode = OcrMode.fromLabel(ocr);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--ocr must be auto, off or all, was '" + ocr + "'");
    }
    return OcrSettings.probe(mode, tesseract, OcrSettings.DEFAULT_PAGE_TIMEOUT, 1);
  }

  private static int within(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw new UsageException(name + " must be a number from " + min + " to " + max + ", was '" + value + "'");
    }
    return value;
  }
}

package dev.lectern.extract.ocr;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How extraction uses OCR: the mode, the {@code tesseract} binary (a name looked up on the PATH, or
 * a path), the languages it was found to have ({@code chi_sim+eng}; empty when it is missing), why
 * it is unusable if it is, how long one page may take, and how many pages one extraction child
 * recognises at once.
 */
public record OcrSettings(
    OcrMode mode, String tesseract, String languages, String unavailable, Duration pageTimeout, int threads) {
  public static final String DEFAULT_TESSERACT = "tesseract";
  public static final Duration DEFAULT_PAGE_TIMEOUT = Duration.ofSeconds(60);
  /** What installs Tesseract with the languages Lectern asks for, on Debian and Ubuntu. */
  public static final String INSTALL_COMMAND =
      "apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-chi-sim tesseract-ocr-chi-tra";

  /** No OCR at all: what in-process tests and tools that never OCR use. */
  public static final OcrSettings NONE =
      new OcrSettings(OcrMode.OFF, DEFAULT_TESSERACT, "", "OCR is off", DEFAULT_PAGE_TIMEOUT, 1);

  public OcrSettings {
    Objects.requireNonNull(mode, "mode");
    tesseract = tesseract == null || tesseract.isBlank() ? DEFAULT_TESSERACT : tesseract;
    languages = languages == null ? "" : languages;
    unavailable = unavailable == null ? "" : unavailable;
    Objects.requireNonNull(pageTimeout, "pageTimeout");
    threads = Math.max(1, threads);
  }

  /** Probes {@code tesseract} (a short child process) and records what it found. */
  public static OcrSettings probe(OcrMode mode, String tesseract, Duration pageTimeout, int threads) {
    if (mode == OcrMode.OFF) {
      return new OcrSettings(mode, tesseract, "", "OCR is off (--ocr off)", pageTimeout, threads);
    }
    Tesseract.Probe probe = Tesseract.probe(tesseract == null || tesseract.isBlank() ? DEFAULT_TESSERACT : tesseract);
    return new OcrSettings(mode, tesseract, probe.languages(), probe.problem(), pageTimeout, threads);
  }

  /** Whether pages can be recognised now. */
  public boolean usable() {
    return mode != OcrMode.OFF && !languages.isEmpty();
  }

  /**
   * Names what an extraction made under these settings depends on, so a cached one made under
   * others is redone: with Tesseract missing, pages wait as {@code needs-ocr} until it is installed.
   */
  public String cacheVariant() {
    return "ocr=" + mode.label() + (usable() ? "" : "-unavailable");
  }

  /** The arguments that carry these settings to an extraction child. */
  public List<String> toArguments() {
    return List.of(mode.label(), tesseract, orDash(languages), orDash(unavailable),
        Long.toString(pageTimeout.toMillis()), Integer.toString(threads));
  }

  /** Reads {@link #toArguments()} back. */
  public static OcrSettings fromArguments(List<String> args) {
    return new OcrSettings(OcrMode.fromLabel(args.get(0)), args.get(1), fromDash(args.get(2)), fromDash(args.get(3)),
        Duration.ofMillis(Long.parseLong(args.get(4))), Integer.parseInt(args.get(5)));
  }

  /** How many arguments {@link #toArguments()} makes. */
  public static final int ARGUMENTS = 6;

  private static String orDash(String value) {
    return value.isEmpty() ? "-" : value;
  }

  private static String fromDash(String value) {
    return value.equals("-") ? "" : value;
  }
}

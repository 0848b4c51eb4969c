package dev.lectern.extract.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The {@code tesseract} command line, run as a child process per page: the page image goes in on
 * stdin (as a greyscale PGM), the text comes out on stdout. Each run is single-threaded
 * ({@code OMP_THREAD_LIMIT=1}: one page per core beats one page on all cores) and killed when it
 * takes longer than its timeout.
 */
public final class Tesseract {
  /** Lectern asks for these; the first two are wanted, {@code chi_tra} is a bonus. */
  private static final List<String> LANGUAGES = List.of("chi_sim", "eng");
  private static final long PROBE_MILLIS = 10_000;
  private static final int MAX_OUTPUT_BYTES = 1 << 20;

  /** What probing found: the language string to pass to {@code -l}, or why it cannot be used. */
  public record Probe(String languages, String problem) {}

  private final String command;
  private final String languages;

  public Tesseract(String command, String languages) {
    this.command = command;
    this.languages = languages;
  }

  /** Runs {@code tesseract --list-langs}: is it there, and which of Lectern's languages it has. */
  static Probe probe(String command) {
    Result listed;
    try {
      listed = run(List.of(command, "--list-langs"), null, PROBE_MILLIS);
    } catch (IOException e) {
      return new Probe("", "tesseract not found (" + command + ")");
    } catch (TimeoutException e) {
      return new Probe("", "tesseract did not answer within " + PROBE_MILLIS / 1000 + " s (" + command + ")");
    }
    // tesseract 4 and 5 print the list on stdout, older builds on stderr
    Set<String> installed = Set.copyOf((listed.stdout() + "\n" + listed.stderr()).lines().map(String::strip).toList());
    List<String> present = LANGUAGES.stream().filter(installed::contains).toList();
    if (!installed.contains("eng")) {
      return new Probe("", "tesseract has no English language data (tesseract-ocr-eng)");
    }
    return new Probe(String.join("+", present), "");
  }

  /**
   * The text Tesseract reads on {@code page} (a greyscale image drawn at {@code dpi}), within
   * {@code timeout}. The true resolution matters: guessing it from a PGM, Tesseract misjudged the
   * size of large Han characters and read a title as Latin letters.
   */
  public String recognise(BufferedImage page, int dpi, Duration timeout) throws IOException, TimeoutException {
    List<String> args = List.of(command, "stdin", "stdout", "-l", languages, "--psm", "3",
        "--dpi", Integer.toString(Math.max(70, Math.min(dpi, 2400))), "-c", "page_separator=");
    Result result = run(args, pgm(page), timeout.toMillis());
    if (result.exit() != 0) {
      throw new IOException("tesseract exited with " + result.exit() + ": "
          + result.stderr().lines().reduce((a, b) -> b).orElse(""));
    }
    return result.stdout();
  }

  private record Result(int exit, String stdout, String stderr) {}

  private static Result run(List<String> args, byte[] input, long timeoutMillis)
      throws IOException, TimeoutException {
    ProcessBuilder builder = new ProcessBuilder(args);
    builder.environment().put("OMP_THREAD_LIMIT", "1");
    Process process = builder.start();
    ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor();
    try {
      CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readCapped(process.getInputStream()), readers);
      CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readCapped(process.getErrorStream()), readers);
      try (OutputStream stdin = process.getOutputStream()) {
        if (input != null) {
          stdin.write(input);
        }
      } catch (IOException e) {
        // tesseract stopped reading (it failed); its exit code and stderr say why
      }
      if (!process.waitFor(timeoutMillis, TimeUnit.MILLISECONDS)) {
        throw new TimeoutException("tesseract took longer than " + timeoutMillis / 1000 + " s");
      }
      return new Result(process.exitValue(), text(out), text(err));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for tesseract", e);
    } finally {
      process.destroyForcibly();
      readers.shutdown(); // the readers end with the process's pipes
    }
  }

  private static String text(CompletableFuture<byte[]> stream) throws InterruptedException, IOException {
    try {
      return new String(stream.get(PROBE_MILLIS, TimeUnit.MILLISECONDS), StandardCharsets.UTF_8);
    } catch (ExecutionException | TimeoutException e) {
      throw new IOException("could not read tesseract's output", e);
    }
  }

  private static byte[] readCapped(InputStream in) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try (in) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        if (bytes.size() < MAX_OUTPUT_BYTES) {
          bytes.write(buffer, 0, Math.min(n, MAX_OUTPUT_BYTES - bytes.size()));
        }
      }
    } catch (IOException e) {
      // the process is gone; what was read is all there is
    }
    return bytes.toByteArray();
  }

  /** A binary greyscale PGM: no compression to spend time on, and Leptonica reads it from a pipe. */
  static byte[] pgm(BufferedImage image) {
    BufferedImage grey = image;
    if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
      grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
      grey.getGraphics().drawImage(image, 0, 0, null);
    }
    byte[] header = ("P5\n" + grey.getWidth() + " " + grey.getHeight() + "\n255\n").getBytes(StandardCharsets.US_ASCII);
    byte[] pixels = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
    byte[] pgm = new byte[header.length + grey.getWidth() * grey.getHeight()];
    System.arraycopy(header, 0, pgm, 0, header.length);
    int stride = grey.getRaster().getSampleModel() instanceof java.awt.image.ComponentSampleModel c
        ? c.getScanlineStride() : grey.getWidth();
    for (int y = 0; y < grey.getHeight(); y++) {
      System.arraycopy(pixels, y * stride, pgm, header.length + y * grey.getWidth(), grey.getWidth());
    }
    return pgm;
  }
}

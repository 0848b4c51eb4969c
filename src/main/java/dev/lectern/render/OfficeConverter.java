package dev.lectern.render;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * LibreOffice in headless mode, used to turn a deck Java cannot draw (OpenDocument, Keynote) into a
 * PDF in a temporary folder. Each conversion gets its own user profile, so conversions can run in
 * parallel and never touch a person's LibreOffice settings.
 */
public final class OfficeConverter {
  private static final long TIMEOUT_SECONDS = 120;

  private final Path soffice;

  public OfficeConverter(Path soffice) {
    this.soffice = soffice;
  }

  /** The {@code soffice} (or {@code libreoffice}) found on the PATH, if any. */
  public static Optional<OfficeConverter> onPath() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      for (String name : List.of("soffice", "libreoffice")) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(new OfficeConverter(candidate));
        }
      }
    }
    return Optional.empty();
  }

  /** What {@code use} makes of the converted PDF; nothing when conversion fails. */
  List<BufferedImage> viaPdf(Path file, PdfUse use) {
    Path work = null;
    try {
      work = Files.createTempDirectory("lectern-office");
      Process process = new ProcessBuilder(soffice.toString(), "--headless", "--norestore",
          "-env:UserInstallation=" + work.resolve("profile").toUri(),
          "--convert-to", "pdf", "--outdir", work.toString(), file.toAbsolutePath().toString())
          .redirectErrorStream(true)
          .redirectOutput(work.resolve("soffice.log").toFile())
          .start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return List.of();
      }
      String base = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
      Path pdf = work.resolve(base + ".pdf");
      return Files.isRegularFile(pdf) ? use.apply(pdf) : List.of();
    } catch (IOException e) {
      return List.of();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of();
    } finally {
      deleteTree(work);
    }
  }

  /** A step that reads the converted PDF. */
  interface PdfUse {
    List<BufferedImage> apply(Path pdf) throws IOException;
  }

  private static void deleteTree(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temp folder is harmless
    }
  }
}

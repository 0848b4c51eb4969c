package dev.lectern.render;

import dev.lectern.model.DocumentFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Measures thumbnail drawing per format. Build with {@code ./mvnw -B -Pbench -DskipTests compile}, run
 * {@code java -cp "target/bench-build/classes:$(cat target/bench-build/classpath.txt)"
 * dev.lectern.render.SlideRendererBenchmark FOLDER…}. Prints one line per file and a per-format summary (ms per page, bytes per image).
 * A benchmark, not a test: timings are printed, never asserted.
 */
public final class SlideRendererBenchmark {
  private SlideRendererBenchmark() {}

  private static final class Totals {
    int files;
    int pages;
    long nanos;
    long bytes;
  }

  public static void main(String[] args) throws IOException {
    SlideRenderer renderer = SlideRenderer.standard();
    Map<String, Totals> byFormat = new TreeMap<>();
    for (String arg : args) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(Path.of(arg))) {
        files = walk.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path file : files) {
        DocumentFormat format = DocumentFormat.ofFileName(file.toString()).orElse(null);
        if (format == null || !format.isDeck()) {
          continue;
        }
        long start = System.nanoTime();
        List<PageImage> pngs = renderer.render(file);
        long nanos = System.nanoTime() - start;
        long bytes = pngs.stream().filter(b -> b != null).mapToLong(b -> b.thumbnail().length + b.large().length).sum();
        Totals t = byFormat.computeIfAbsent(format.label(), f -> new Totals());
        t.files++;
        int drawn = (int) pngs.stream().filter(b -> b != null).count();
        t.pages += drawn;
        t.nanos += nanos;
        t.bytes += bytes;
        System.out.printf("%-5s %4d pages %7d ms %8d bytes  %s%n", format.label(), drawn, nanos / 1_000_000,
            bytes, file);
      }
    }
    System.out.println("format files pages ms/page bytes/page");
    byFormat.forEach((format, t) -> System.out.printf("%-6s %5d %5d %7.1f %10d%n", format, t.files, t.pages,
        t.pages == 0 ? 0.0 : t.nanos / 1e6 / t.pages, t.pages == 0 ? 0 : t.bytes / t.pages));
  }
}

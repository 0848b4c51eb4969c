package dev.lectern.bench;

import dev.lectern.extract.TikaExtractor;
import dev.lectern.model.Extraction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Tika alone, the ingest floor: a fresh JVM that extracts the listed files with Lectern's
 * {@link TikaExtractor} on {@code threads} threads and nothing else (no hashing, cache or index).
 * Prints {@code pages files millis}. Arguments: a file listing paths, one a line; the thread count.
 */
public final class TikaAlone {
  private TikaAlone() {}

  public static void main(String[] args) throws Exception {
    List<Path> files = Files.readAllLines(Path.of(args[0])).stream().filter(l -> !l.isBlank()).map(Path::of).toList();
    int threads = Integer.parseInt(args[1]);
    AtomicLong pages = new AtomicLong();
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (TikaExtractor extractor = new TikaExtractor()) {
      List<Future<?>> done = files.stream().<Future<?>>map(f -> pool.submit(() -> {
        Extraction extraction = extractor.extract(f);
        pages.addAndGet(extraction.pages().size());
      })).toList();
      for (Future<?> future : done) {
        future.get();
      }
    } finally {
      pool.shutdown();
    }
    System.out.println(pages.get() + " " + files.size() + " " + (System.nanoTime() - start) / 1_000_000);
  }
}

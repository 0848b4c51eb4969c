package dev.lectern.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Ingest throughput on the real corpus, per format (PDF, PPTX) and for the whole archive: Tika alone
 * (the floor), poppler's pdftotext, Recoll's recollindex, {@code lectern index} (the real jar, cold,
 * empty index) for text alone ({@code --no-page-images}, the work the others do) and with page
 * images, and {@code lectern reindex} with every extraction cached. Every tool is a fresh
 * process timed by /usr/bin/time; pages are the pages Tika found in the same files.
 */
final class IngestBench {
  private static final int THREADS = Runtime.getRuntime().availableProcessors();
  private static final String TEXT_ONLY = "lectern index (cold, text)";

  private final Path root;
  private final Path corpus;
  private final Path work;
  private final Report report;
  private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

  private final Targets targets;

  IngestBench(Path root, Path corpus, Path work, Report report, Targets targets) {
    this.targets = targets;
    this.root = root;
    this.corpus = corpus;
    this.work = work;
    this.report = report;
  }

  private record Row(String tool, String format, int files, long pages, Timed timed, double tikaSeconds,
      double tikaCpu) {}

  void run() throws Exception {
    List<Row> rows = new ArrayList<>();
    for (String format : List.of("pdf", "pptx", "all")) {
      Path archive = format.equals("all") ? corpus : mirror(format);
      List<Path> files = decks(archive);
      Path list = work.resolve("files-" + format + ".txt");
      Files.write(list, files.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
      Timed tika = timed("tika-" + format, List.of(java, "-cp", System.getProperty("java.class.path"),
          "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
          TikaAlone.class.getName(), list.toString(), Integer.toString(THREADS)));
      String[] out = tika.output().strip().lines().reduce((a, b) -> b).orElse("0 0 0").split(" ");
      long pages = Long.parseLong(out[0]);
      double floor = tika.wallSeconds();
      double floorCpu = tika.cpuSeconds();
      rows.add(new Row("Tika alone (" + THREADS + " threads)", format, files.size(), pages, tika, floor, floorCpu));
      if (format.equals("pdf") && Files.isExecutable(Path.of("/usr/bin/pdftotext"))) {
        rows.add(new Row("pdftotext (" + THREADS + " in parallel)", format, files.size(), pages, timed("pdftotext",
            List.of("bash", "-c", "find '" + archive + "' -name '*.pdf' -print0 | xargs -0 -P " + THREADS
                + " -I{} pdftotext -q {} /dev/null")), floor, floorCpu));
      }
      if (Files.isExecutable(Path.of("/usr/bin/recollindex"))) {
        Path conf = recollConfig(format, archive);
        rows.add(new Row("recollindex", format, files.size(), pages,
            // Recoll's filters run python3 from PATH and need Debian's python3-lxml: use the system python.
            timed("recoll-" + format, List.of("env", "PATH=/usr/bin:/bin", "recollindex", "-c", conf.toString(), "-z")),
            floor, floorCpu));
        report.note("recoll " + format + ": " + String.join(", ", Files.readAllLines(conf.resolve("idxstatus.txt")).stream()
            .filter(l -> l.startsWith("docsdone") || l.startsWith("fileerrors")).toList())
            + (Files.isRegularFile(conf.resolve("missing")) ? "; missing helpers: " + Files.readString(conf.resolve("missing")).strip() : ""));
      }
      Path index = work.resolve("lectern-index-" + format);
      delete(index);
      // Through the launcher, as users run it: its JVM flags for batch commands are part of the result.
      List<String> lectern = List.of("env", "JAVA_HOME=" + System.getProperty("java.home"),
          root.resolve("lectern").toString());
      // Text alone is the work Tika and Recoll do; page images are drawn in a second pass after it.
      rows.add(new Row(TEXT_ONLY, format, files.size(), pages, timed("lectern-index-" + format,
          concat(lectern, "index", "--no-page-images", "--archive", archive.toString(), "--index", index.toString())),
          floor, floorCpu));
      Path withImages = work.resolve("lectern-index-images-" + format);
      delete(withImages);
      rows.add(new Row("lectern index (cold, text + page images)", format, files.size(), pages,
          timed("lectern-index-images-" + format,
              concat(lectern, "index", "--archive", archive.toString(), "--index", withImages.toString())),
          floor, floorCpu));
      rows.add(new Row("lectern reindex (text cached)", format, files.size(), pages, timed("lectern-reindex-" + format,
          concat(lectern, "reindex", "--no-page-images", "--archive", archive.toString(), "--index", index.toString())),
          floor, floorCpu));
    }
    Path real = work.resolve("lectern-index-all").resolve("lucene");
    long indexBytes = IndexSize.byKind(real).values().stream().mapToLong(Long::longValue).sum();
    long textBytes = IndexSize.textBytes(real);
    report.section("Ingest, real corpus (" + corpus + ")", table(rows)
        + String.format(Locale.ROOT, "%nIndex of the real corpus: %.1f MB for %.1f MB of extracted text (%.2f×):%n%n",
            indexBytes / 1e6, textBytes / 1e6, (double) indexBytes / textBytes)
        + IndexSize.table(IndexSize.byKind(real)));
    targets.check("real corpus: index ≤ 1× the extracted text",
        Targets.f("%.2f× (%.1f MB index, %.1f MB text)", (double) indexBytes / textBytes, indexBytes / 1e6, textBytes / 1e6),
        indexBytes <= textBytes);
    check(rows);
  }

  private void check(List<Row> rows) {
    for (Row r : rows) {
      if (r.tool().equals(TEXT_ONLY) && r.format().equals("all")) {
        double ratio = r.tikaSeconds() / r.timed().wallSeconds();
        double cpu = r.tikaCpu() / r.timed().cpuSeconds();
        targets.check("ingest: lectern index ≥ 0.8× Tika alone, both cores busy",
            Targets.f("%.2f× Tika alone by wall time, %.2f× by CPU time; %.2f cores busy (Tika alone: %.2f)", ratio, cpu,
                r.timed().cores(), r.tikaCpu() / r.tikaSeconds()), ratio >= 0.8 && cpu >= 0.8 && r.timed().cores() >= 1.6);
      }
    }
    for (String format : List.of("pdf", "pptx")) {
      Row lectern = find(rows, TEXT_ONLY, format);
      Row recoll = find(rows, "recollindex", format);
      if (lectern != null && recoll != null) {
        double l = lectern.pages() / lectern.timed().wallSeconds();
        double c = recoll.pages() / recoll.timed().wallSeconds();
        targets.check("ingest: lectern index ahead of Recoll on " + format + " slides/s",
            Targets.f("%.1f vs %.1f pages/s = %.2f×", l, c, l / c), l > c);
      }
    }
  }

  private static Row find(List<Row> rows, String tool, String format) {
    return rows.stream().filter(r -> r.tool().startsWith(tool) && r.format().equals(format)).findFirst().orElse(null);
  }

  private Timed timed(String name, List<String> command) throws IOException, InterruptedException {
    String before = Machine.load();
    Timed timed = Timed.run(root, work.resolve(name + ".log"), command);
    report.note(String.format(Locale.ROOT, "ingest %s: %.1f s wall, %.1f s CPU, exit %d (load before %s, after %s)",
        name, timed.wallSeconds(), timed.cpuSeconds(), timed.exit(), before, Machine.load()));
    return timed;
  }

  private String table(List<Row> rows) {
    StringBuilder out = new StringBuilder();
    out.append("Pages are the pages Tika extracts from the same files. Cores = CPU seconds / wall seconds "
        + "(2 = both cores busy). Ratio = pages/s over Tika alone's pages/s on the same files.\n\n");
    out.append("CPU seconds are the steadier measure on a shared machine: wall time stretches with other people's load, "
        + "CPU time much less; both are shown.\n\n");
    out.append("| tool | files | format | pages | wall s | pages/s | cores | × Tika alone (wall) | CPU s | pages/CPU-s "
        + "| × Tika alone (CPU) |\n|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Row r : rows) {
      double rate = r.pages() / r.timed().wallSeconds();
      out.append(String.format(Locale.ROOT, "| %s | %d | %s | %d | %.1f | %.1f | %.2f | %.2f%s | %.1f | %.1f | %.2f |%n",
          r.tool(), r.files(), r.format(), r.pages(), r.timed().wallSeconds(), rate, r.timed().cores(),
          r.tikaSeconds() / r.timed().wallSeconds(), r.timed().exit() == 0 ? "" : " (exit " + r.timed().exit() + ")",
          r.timed().cpuSeconds(), r.pages() / r.timed().cpuSeconds(), r.tikaCpu() / r.timed().cpuSeconds()));
    }
    return out.toString();
  }

  /** A copy of the corpus holding only one format's files, at the same relative paths. */
  private Path mirror(String format) throws IOException {
    Path target = work.resolve("archive-" + format);
    delete(target);
    for (Path file : decks(corpus)) {
      if (SourcePages.format(file).equals(format)) {
        Path copy = target.resolve(corpus.relativize(file).toString());
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
    return target;
  }

  private Path recollConfig(String format, Path archive) throws IOException {
    Path conf = work.resolve("recoll-" + format);
    delete(conf);
    Files.createDirectories(conf);
    Files.writeString(conf.resolve("recoll.conf"), "topdirs = " + archive + "\nloglevel = 2\nnoaspell = 1\n");
    return conf;
  }

  private static List<Path> decks(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).filter(SourcePages::isDeck).sorted().toList();
    }
  }

  private static List<String> concat(List<String> head, String... tail) {
    List<String> all = new ArrayList<>(head);
    all.addAll(List.of(tail));
    return all;
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      Files.createDirectories(dir.getParent());
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}

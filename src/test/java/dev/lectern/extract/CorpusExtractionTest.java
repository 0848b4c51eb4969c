package dev.lectern.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lectern.model.DocumentFormat;
import dev.lectern.model.Extraction;
import dev.lectern.model.ExtractionStatus;
import dev.lectern.sample.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Extracts every real meetup deck in the shared corpus and prints a status table per format, so a
 * Tika upgrade or a splitting change shows up as numbers, not anecdotes.
 */
class CorpusExtractionTest {

  private record Result(Path file, String format, Extraction extraction) {}

  @Test
  void everyMeetupDeckGetsAStatusAndMostPdfAndPptxYieldText() throws IOException {
    Path meetups = Corpus.root().resolve("meetups");
    assumeTrue(Files.isDirectory(meetups), "shared corpus not found at " + meetups + "; skipping");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(meetups)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }

    long started = System.nanoTime();
    List<Result> results = new ArrayList<>();
    try (TikaExtractor extractor = new TikaExtractor()) {
      for (Path file : files) {
        String format = DocumentFormat.ofFileName(file.getFileName().toString())
            .map(DocumentFormat::label).orElse("other");
        results.add(new Result(file, format, extractor.extract(file)));
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;

    System.out.println(summary(results, meetups, seconds));
    assertThat(results).allSatisfy(r -> assertThat(r.extraction().status()).isNotNull());
    for (String format : List.of("pdf", "pptx")) {
      List<Result> ofFormat = results.stream().filter(r -> r.format().equals(format)).toList();
      long withText = ofFormat.stream().filter(r -> r.extraction().status().searchable()).count();
      assertThat(withText * 10).as("%s with text: %d of %d%n%s", format, withText, ofFormat.size(),
              summary(results, meetups, seconds))
          .isGreaterThanOrEqualTo(ofFormat.size() * 9L);
    }
  }

  private static String summary(List<Result> results, Path root, double seconds) {
    Map<String, Map<ExtractionStatus, Integer>> table = new TreeMap<>();
    Map<String, Integer> pages = new TreeMap<>();
    Map<String, Integer> notes = new TreeMap<>();
    for (Result r : results) {
      table.computeIfAbsent(r.format(), f -> new TreeMap<>()).merge(r.extraction().status(), 1, Integer::sum);
      pages.merge(r.format(), r.extraction().pages().size(), Integer::sum);
      notes.merge(r.format(), (int) r.extraction().pages().stream().filter(p -> !p.notes().isBlank()).count(),
          Integer::sum);
    }
    StringBuilder out = new StringBuilder("\nformat  files  ");
    for (ExtractionStatus status : ExtractionStatus.values()) {
      out.append(String.format("%-12s", status.label()));
    }
    out.append("pages  pages-with-notes\n");
    for (var row : table.entrySet()) {
      out.append(String.format("%-7s %5d  ", row.getKey(),
          row.getValue().values().stream().mapToInt(Integer::intValue).sum()));
      for (ExtractionStatus status : ExtractionStatus.values()) {
        out.append(String.format("%-12d", row.getValue().getOrDefault(status, 0)));
      }
      out.append(String.format("%5d  %5d%n", pages.get(row.getKey()), notes.get(row.getKey())));
    }
    out.append(String.format("total: %d files, %d pages, %.1f s%n", results.size(),
        pages.values().stream().mapToInt(Integer::intValue).sum(), seconds));
    for (Result r : results) {
      if (!r.extraction().status().searchable()) {
        out.append("  ").append(r.extraction().status().label()).append("  ")
            .append(root.relativize(r.file())).append("  ").append(r.extraction().reason()).append('\n');
      }
    }
    return out.toString();
  }
}

package dev.lectern.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.extract.TikaExtractor;
import dev.lectern.model.DocumentFormat;
import dev.lectern.model.Extraction;
import dev.lectern.model.Page;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Real slide text to build synthetic archives from: every page of every deck under the given
 * folders, extracted once with Lectern's own {@link TikaExtractor} and cached as JSON lines.
 */
final class SourcePages {
  /** One real page: the deck's format, and the page's text and notes. */
  record SourcePage(String file, String format, String text, String notes) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private SourcePages() {}

  /**
   * Every non-blank page held in an index's extraction cache ({@code <index>/extracted}) under the
   * OCR settings' {@code variant} (what {@code lectern index --ocr off} writes: {@code ocr=off-unavailable}).
   */
  static List<SourcePage> fromCache(Path extracted, String variant) throws IOException {
    dev.lectern.extract.ExtractionCache cache = new dev.lectern.extract.ExtractionCache(extracted, variant);
    List<SourcePage> pages = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(extracted)) {
      files = walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".json.gz")).sorted()
          .toList();
    }
    for (Path file : files) {
      String sha = file.getFileName().toString().substring(0, 64); // <sha>.json.gz
      cache.get(sha).filter(e -> e.status().searchable()).ifPresent(extraction -> extraction.pages().stream()
          .filter(page -> !page.isBlank())
          .forEach(page -> pages.add(new SourcePage("", "", page.text(), page.notes()))));
    }
    return pages;
  }

  static List<SourcePage> load(Path cache, List<Path> folders) throws IOException {
    if (Files.isRegularFile(cache)) {
      return read(cache);
    }
    List<SourcePage> pages = new ArrayList<>();
    try (TikaExtractor extractor = new TikaExtractor()) {
      for (Path folder : folders) {
        if (!Files.isDirectory(folder)) {
          continue;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
          files = walk.filter(Files::isRegularFile).filter(SourcePages::isDeck).sorted().toList();
        }
        for (Path file : files) {
          Extraction extraction = extractor.extract(file);
          if (!extraction.status().searchable()) {
            continue;
          }
          for (Page page : extraction.pages()) {
            if (!page.isBlank()) {
              pages.add(new SourcePage(file.toString(), format(file), page.text(), page.notes()));
            }
          }
        }
      }
    }
    Files.createDirectories(cache.getParent());
    try (BufferedWriter out = Files.newBufferedWriter(cache, StandardCharsets.UTF_8)) {
      for (SourcePage page : pages) {
        out.write(JSON.writeValueAsString(page));
        out.newLine();
      }
    }
    return pages;
  }

  static String format(Path file) {
    return DocumentFormat.ofFileName(file.getFileName().toString()).map(DocumentFormat::label).orElse("");
  }

  static boolean isDeck(Path file) {
    return DocumentFormat.ofFileName(file.getFileName().toString()).isPresent();
  }

  private static List<SourcePage> read(Path cache) throws IOException {
    List<SourcePage> pages = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(cache, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        pages.add(JSON.readValue(line, SourcePage.class));
      }
    }
    return pages;
  }
}

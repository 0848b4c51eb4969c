package dev.lectern.extract.ocr;

import dev.lectern.sample.InProcessLectern;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.index.JsonCodec;
import dev.lectern.index.PageText;
import dev.lectern.index.SlideIndex;
import dev.lectern.index.TalkPages;
import dev.lectern.model.Talk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * An image-only deck through the real command line: extraction children, Tesseract, a Lucene index
 * on disk, and search; then the same archive on a machine without Tesseract.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class OcrIndexIT {
  private final InProcessLectern lectern = new InProcessLectern();

  private int run(String... args) {
    return lectern.run(args);
  }

  private String out() {
    return lectern.out() + lectern.err();
  }

  private static Path archiveWith(Path temp) throws Exception {
    Path talk = temp.resolve("archive").resolve("2025-03-01-profiling-night").resolve("01-screenshots");
    Files.createDirectories(talk);
    Files.move(PageOcrTest.englishAndChineseDeck(temp), talk.resolve("screenshots.pdf"));
    return temp.resolve("archive");
  }

  @Test
  void wordsInSlideImagesAreFoundThroughARealIndex(@TempDir Path temp) throws Exception {
    PageOcrTest.realTesseract();
    Path archive = archiveWith(temp);
    Path index = temp.resolve("index");
    assertThat(run("index", "--no-page-images", "--no-embeddings", "--archive", archive.toString(), "--index", index.toString()))
        .as(out()).isZero();
    // Text first (the deck has none), searchable, then the OCR pass reads its 2 pages and indexes it again.
    assertThat(out()).contains("pdf empty 2 page(s)").contains("reading 2 page(s) of 1 file(s) with OCR")
        .containsPattern("\\[OCR 1/1\\] ok 2 page\\(s\\) in [0-9.]+ s .*screenshots.pdf")
        .containsPattern("OCR read 2 page\\(s\\) in [0-9.]+ s").doesNotContain("need OCR");
    assertThat(out().indexOf("searchable after")).isLessThan(out().indexOf("[OCR 1/1]"));
    assertThat(run("index", "--no-page-images", "--archive", archive.toString(), "--index", index.toString()))
        .as(out()).isZero();
    assertThat(out()).contains("unchanged 1").doesNotContain("OCR");

    assertThat(run("search", "kestrel", "--index", index.toString(), "--json")).as(out()).isZero();
    assertThat(out()).contains("<mark>kestrel</mark>");
    assertThat(run("search", "编译器", "--index", index.toString(), "--json")).as(out()).isZero();
    assertThat(out()).contains("<mark>编译器</mark>");

    List<PageText> pages = pagesOf(index);
    assertThat(pages).extracting(PageText::source).containsExactly("ocr", "ocr");
    assertThat(run("check", "--text", "--archive", archive.toString(), "--index", index.toString())).as(out()).isZero();
    assertThat(out()).contains("ok: no garbled text in 2 page(s)");
  }

  @Test
  void withoutTesseractPagesWaitAndIndexSaysHowToInstallIt(@TempDir Path temp) throws Exception {
    ImageOnlyDeck.write(temp.resolve("deck.pdf"), new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 12),
        List.of(List.of("Flamegraph"), List.of("perf")));
    Path talk = temp.resolve("archive").resolve("2025-03-01-profiling-night").resolve("01-screenshots");
    Files.createDirectories(talk);
    Files.move(temp.resolve("deck.pdf"), talk.resolve("screenshots.pdf"));
    Path index = temp.resolve("index");
    String missing = temp.resolve("no-such-tesseract").toString();
    assertThat(run("index", "--no-page-images", "--no-embeddings", "--tesseract", missing, "--archive", temp.resolve("archive").toString(),
        "--index", index.toString())).as(out()).isZero();
    assertThat(out()).contains("pdf needs-ocr 2 page(s)")
        .contains("2 page(s) need OCR (garbled text, no text, or mostly a picture) and are indexed without it")
        .contains("tesseract not found").contains("apt-get install tesseract-ocr tesseract-ocr-eng");
    try (SlideIndex read = SlideIndex.openForReading(index.resolve("lucene"), new JsonCodec())) {
      assertThat(read.catalog().pagesNeedingOcr()).isEqualTo(2);
    }
    // The title is still searchable: everything but OCR works.
    assertThat(run("search", "screenshots", "--index", index.toString())).as(out()).isZero();
    assertThat(out()).contains("screenshots");
  }

  private static List<PageText> pagesOf(Path index) throws IOException {
    try (SlideIndex read = SlideIndex.openForReading(index.resolve("lucene"), new JsonCodec())) {
      Talk talk = read.catalog().talks().iterator().next();
      return new TalkPages(read).of(talk.id());
    }
  }
}

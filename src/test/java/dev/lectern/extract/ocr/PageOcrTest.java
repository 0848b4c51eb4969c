package dev.lectern.extract.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lectern.extract.TikaExtractor;
import dev.lectern.model.Extraction;
import dev.lectern.model.ExtractionStatus;
import dev.lectern.model.Page;
import java.awt.Font;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OCR with the real Tesseract on generated image-only slides, and what happens without it. */
class PageOcrTest {
  private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(120);

  static OcrSettings realTesseract() {
    OcrSettings settings = OcrSettings.probe(OcrMode.AUTO, "tesseract", PAGE_TIMEOUT, 2);
    assumeTrue(settings.usable(), "Tesseract is not installed (" + settings.unavailable() + "); skipping");
    return settings;
  }

  static Path englishAndChineseDeck(Path dir) throws Exception {
    Font font = ImageOnlyDeck.cjkFont();
    Path pdf = dir.resolve("screenshots.pdf");
    ImageOnlyDeck.write(pdf, font, List.of(
        List.of("Flamegraph profiling", "perf record the kestrel server"),
        List.of("飞桨框架动态图", "深度学习编译器")));
    return pdf;
  }

  @Test
  void imageOnlySlidesAreReadInEnglishAndChinese(@TempDir Path dir) throws Exception {
    OcrSettings settings = realTesseract();
    Path pdf = englishAndChineseDeck(dir);
    AtomicInteger progress = new AtomicInteger();
    Extraction extraction;
    try (TikaExtractor text = new TikaExtractor()) {
      extraction = new PageOcr(settings, progress::incrementAndGet).complete(pdf, text.extract(pdf));
    }
    assertThat(extraction.status()).as(extraction.reason()).isEqualTo(ExtractionStatus.OK);
    assertThat(extraction.pages()).extracting(Page::source).containsExactly(Page.OCR, Page.OCR);
    assertThat(extraction.pages()).extracting(Page::ocr).containsExactly("empty", "empty");
    assertThat(extraction.pages().get(0).text()).containsIgnoringCase("flamegraph").containsIgnoringCase("kestrel");
    // Tesseract's spaces between Han characters are gone, so the words are whole.
    assertThat(extraction.pages().get(1).text()).contains("动态图").contains("编译器");
    assertThat(progress.get()).isEqualTo(2);
  }

  @Test
  void withoutTesseractPagesWaitWithAReasonAndTheInstallCommand(@TempDir Path dir) throws Exception {
    Path pdf = dir.resolve("screenshots.pdf");
    ImageOnlyDeck.write(pdf, new Font(Font.SANS_SERIF, Font.PLAIN, 12), List.of(List.of("Flamegraph"), List.of("perf")));
    OcrSettings missing = OcrSettings.probe(OcrMode.AUTO, dir.resolve("no-such-tesseract").toString(), PAGE_TIMEOUT, 1);
    assertThat(missing.usable()).isFalse();
    Extraction extraction;
    try (TikaExtractor text = new TikaExtractor()) {
      extraction = new PageOcr(missing, () -> { }).complete(pdf, text.extract(pdf));
    }
    assertThat(extraction.status()).isEqualTo(ExtractionStatus.NEEDS_OCR);
    assertThat(extraction.status().label()).isEqualTo("needs-ocr");
    assertThat(extraction.reason()).startsWith("2 page(s) need OCR (2 empty)").contains("tesseract not found")
        .contains(OcrSettings.INSTALL_COMMAND);
    assertThat(extraction.pages()).allMatch(Page::needsOcr);
  }

  @Test
  void garbledTextIsDroppedWhileItWaitsForOcr(@TempDir Path dir) throws Exception {
    List<Page> pages = new ArrayList<>();
    pages.add(new Page(1, "!\"#$%&'()*+,\n!\"#$%&'()\n!\"#$", ""));
    pages.add(new Page(2, "A clean page about compilers and graphs", ""));
    Path pdf = dir.resolve("garbled.pdf");
    ImageOnlyDeck.write(pdf, new Font(Font.SANS_SERIF, Font.PLAIN, 12), List.of(List.of("one"), List.of("two")));
    Extraction fake = new Extraction(ExtractionStatus.OK, "", pages, null);
    OcrSettings missing = OcrSettings.probe(OcrMode.AUTO, dir.resolve("no-such-tesseract").toString(), PAGE_TIMEOUT, 1);
    Extraction extraction = new PageOcr(missing, () -> { }).complete(pdf, fake);
    assertThat(extraction.status()).isEqualTo(ExtractionStatus.NEEDS_OCR);
    assertThat(extraction.reason()).contains("1 garbled").contains("tesseract not found");
    assertThat(extraction.pages().get(0).text()).isEmpty();
    assertThat(extraction.pages().get(0).ocr()).isEqualTo("garbled");
    assertThat(extraction.pages().get(1).text()).isEqualTo("A clean page about compilers and graphs");

    assertThat(new PageOcr(OcrSettings.NONE, () -> { }).complete(pdf, fake))
        .as("--ocr off leaves the text layer as it is").isEqualTo(fake);
  }
}

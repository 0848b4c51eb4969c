package dev.lectern.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Extraction;
import dev.lectern.model.ExtractionStatus;
import dev.lectern.model.Page;
import dev.lectern.sample.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Extraction of small documents generated in the test, each pinning one behaviour. */
class TikaExtractorTest {
  private static TikaExtractor extractor;

  @TempDir Path dir;

  @BeforeAll
  static void createExtractor() {
    extractor = new TikaExtractor();
  }

  @AfterAll
  static void closeExtractor() {
    extractor.close();
  }

  /** What came back, for assertion messages: status, reason and every page. */
  static String describe(Extraction extraction) {
    StringBuilder out = new StringBuilder()
        .append(extraction.status()).append(" '").append(extraction.reason()).append("' ")
        .append(extraction.metadata()).append('\n');
    for (Page page : extraction.pages()) {
      out.append("  page ").append(page.number()).append(": ").append(page.text().replace("\n", " / "))
          .append(page.notes().isEmpty() ? "" : "  [notes: " + page.notes().replace("\n", " / ") + "]")
          .append('\n');
    }
    return out.toString();
  }

  @Test
  void pdfPagesKeepTheirNumbersIncludingBlankOnes() throws IOException {
    Path pdf = Fixtures.pdf(dir.resolve("three.pdf"), Arrays.asList("First page alpha", "", "Third page gamma"), null);

    Extraction extraction = extractor.extract(pdf);

    assertThat(extraction.status()).as(describe(extraction)).isEqualTo(ExtractionStatus.OK);
    assertThat(extraction.pages()).as(describe(extraction)).hasSize(3);
    assertThat(extraction.pages().get(0).text()).isEqualTo("First page alpha");
    assertThat(extraction.pages().get(1).isBlank()).as(describe(extraction)).isTrue();
    assertThat(extraction.pages().get(2).text()).isEqualTo("Third page gamma");
    assertThat(extraction.metadata().pageCount()).isEqualTo(3);
    assertThat(extraction.metadata().mediaType()).isEqualTo("application/pdf");
  }

  @Test
  void passwordProtectedPdfIsEncrypted() throws IOException {
    Path pdf = Fixtures.pdf(dir.resolve("locked.pdf"), List.of("secret text"), "user-secret");

    Extraction extraction = extractor.extract(pdf);

    assertThat(extraction.status()).as(describe(extraction)).isEqualTo(ExtractionStatus.ENCRYPTED);
    assertThat(extraction.reason()).containsIgnoringCase("password");
    assertThat(extraction.pages()).isEmpty();
  }

  @Test
  void pdfWithoutTextIsEmpty() throws IOException {
    Path pdf = Fixtures.pdf(dir.resolve("blank.pdf"), Arrays.asList("", ""), null);

    Extraction extraction = extractor.extract(pdf);

    assertThat(extraction.status()).as(describe(extraction)).isEqualTo(ExtractionStatus.EMPTY);
    assertThat(extraction.reason()).isEqualTo("no text layer (image-only?)");
  }

  @Test
  void pptxNotesAreKeptApartFromSlideText() throws IOException {
    Path pptx = Fixtures.pptx(dir.resolve("notes.pptx"),
        List.of("Slide one alpha", "Slide two beta", "Slide three gamma"),
        Arrays.asList("Note for one", null, "Note for three"));

    Extraction extraction = extractor.extract(pptx);

    assertThat(extraction.status()).as(describe(extraction)).isEqualTo(ExtractionStatus.OK);
    assertThat(extraction.pages()).as(describe(extraction)).extracting(Page::text)
        .containsExactly("Slide one alpha", "Slide two beta", "Slide three gamma");
    assertThat(extraction.pages().get(0).notes()).as(describe(extraction)).contains("Note for one");
    assertThat(extraction.pages().get(1).notes()).as(describe(extraction)).isEmpty();
    assertThat(extraction.pages().get(2).notes()).as(describe(extraction))
        .contains("Note for three").doesNotContain("‹#›");
  }

  @Test
  void characterCapTruncatesAndKeepsPagesReadSoFar() throws IOException {
    Path pptx = Fixtures.pptx(dir.resolve("long.pptx"),
        List.of("a".repeat(30), "b".repeat(30), "c".repeat(30)), Arrays.asList(null, null, null));

    Extraction extraction = new TikaExtractor(45).extract(pptx);

    assertThat(extraction.status()).as(describe(extraction)).isEqualTo(ExtractionStatus.TRUNCATED);
    assertThat(extraction.pages()).as(describe(extraction)).hasSize(2);
    assertThat(extraction.pages().get(0).text()).isEqualTo("a".repeat(30));
    assertThat(extraction.pages().get(1).text()).startsWith("bbb");
    assertThat(extraction.characters()).isLessThanOrEqualTo(45);
  }

  @Test
  void odpPageCountIsItsRealSlideCount() throws IOException {
    Path odp = Fixtures.odp(dir.resolve("deck.odp"),
        List.of("Odp slide one", "Odp slide two", "Odp slide three"),
        Arrays.asList(null, "Odp note two", null));

    Extraction extraction = extractor.extract(odp);

    assertThat(extraction.status()).as(describe(extraction)).isEqualTo(ExtractionStatus.OK);
    assertThat(extraction.pages()).as(describe(extraction)).extracting(Page::text)
        .containsExactly("Odp slide one", "Odp slide two", "Odp slide three");
    assertThat(extraction.pages()).extracting(Page::notes).containsExactly("", "Odp note two", "");
    assertThat(extraction.metadata().mediaType()).isEqualTo("application/vnd.oasis.opendocument.presentation");
  }

  @Test
  void odpWithDoctypeIsRejectedNotExpanded() throws IOException {
    Path odp = Fixtures.odp(dir.resolve("evil.odp"), List.of("&xxe;"), Arrays.asList((String) null));
    rewriteContentWithDoctype(odp);

    Extraction extraction = extractor.extract(odp);

    assertThat(extraction.status()).as(describe(extraction)).isEqualTo(ExtractionStatus.FAILED);
    assertThat(extraction.reason()).as(describe(extraction)).containsIgnoringCase("DOCTYPE");
  }

  private static void rewriteContentWithDoctype(Path odp) throws IOException {
    try (var zip = java.nio.file.FileSystems.newFileSystem(odp)) {
      Path content = zip.getPath("content.xml");
      String xml = Files.readString(content);
      Files.writeString(content, xml.replace("<office:document-content",
          "<!DOCTYPE office:document-content [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
              + "<office:document-content"));
    }
  }

  @Test
  void markdownIsOnePageReadAsUtf8() throws IOException {
    Path md = dir.resolve("notes.md");
    Files.writeString(md, "# 服务网格 notes\n\n\n\n   Some   spaced    text\n", StandardCharsets.UTF_8);

    Extraction extraction = extractor.extract(md);

    assertThat(extraction.status()).as(describe(extraction)).isEqualTo(ExtractionStatus.OK);
    assertThat(extraction.pages()).as(describe(extraction)).hasSize(1);
    assertThat(extraction.pages().get(0).text()).isEqualTo("# 服务网格 notes\n\nSome spaced text");
  }

  @Test
  void htmlIsOnePageWithoutScripts() throws IOException {
    Path html = dir.resolve("notes.html");
    Files.writeString(html, "<html><head><title>Meetup notes</title><script>var x = 'hidden';</script>"
        + "</head><body><h1>Agenda</h1><p>First talk</p><div><p>Second talk</p></div></body></html>");

    Extraction extraction = extractor.extract(html);

    assertThat(extraction.status()).as(describe(extraction)).isEqualTo(ExtractionStatus.OK);
    assertThat(extraction.pages()).as(describe(extraction)).hasSize(1);
    assertThat(extraction.pages().get(0).text()).isEqualTo("Agenda\nFirst talk\nSecond talk");
    assertThat(extraction.metadata().title()).isEqualTo("Meetup notes");
  }

  @Test
  void zeroByteFileIsEmpty() throws IOException {
    Path empty = Files.createFile(dir.resolve("talk.pdf"));

    Extraction extraction = extractor.extract(empty);

    assertThat(extraction.status()).as(describe(extraction)).isEqualTo(ExtractionStatus.EMPTY);
  }

  @Test
  void randomBytesNamedPdfDoNotThrow() throws IOException {
    byte[] noise = new byte[4096];
    new Random(42).nextBytes(noise);
    Path fake = Files.write(dir.resolve("fake.pdf"), noise);

    Extraction extraction = extractor.extract(fake);

    assertThat(extraction.status()).as(describe(extraction))
        .isIn(ExtractionStatus.FAILED, ExtractionStatus.UNSUPPORTED);
    assertThat(extraction.reason()).as(describe(extraction)).isNotBlank().doesNotContain("\tat ");
  }

  @Test
  void missingFileFailsWithReason() {
    Extraction extraction = extractor.extract(dir.resolve("nope.pdf"));

    assertThat(extraction.status()).as(describe(extraction)).isEqualTo(ExtractionStatus.FAILED);
    assertThat(extraction.reason()).contains("nope.pdf");
  }
}

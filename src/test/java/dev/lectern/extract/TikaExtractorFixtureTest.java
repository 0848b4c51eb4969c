package dev.lectern.extract;

import static dev.lectern.extract.TikaExtractorTest.describe;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Extraction;
import dev.lectern.model.ExtractionStatus;
import dev.lectern.model.Page;
import dev.lectern.sample.Corpus;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pins what Tika 3.3.1 emits per format, on the shared corpus's public test files: page count, and a
 * known phrase on the right page. Skips visibly when the corpus is absent.
 */
class TikaExtractorFixtureTest {
  private static TikaExtractor extractor;

  @BeforeAll
  static void createExtractor() {
    extractor = new TikaExtractor();
  }

  @AfterAll
  static void closeExtractor() {
    extractor.close();
  }

  private static Extraction extractOk(String tikaFixture) {
    Extraction extraction = extractor.extract(Corpus.tika(tikaFixture));
    assertThat(extraction.status()).as(describe(extraction)).isEqualTo(ExtractionStatus.OK);
    return extraction;
  }

  private static Page page(Extraction extraction, int number) {
    assertThat(extraction.pages().size()).as(describe(extraction)).isGreaterThanOrEqualTo(number);
    return extraction.pages().get(number - 1);
  }

  @Test
  void pptxSlidesComeFromSlideContentDivs() {
    Extraction extraction = extractOk("microsoft-module/testPPT.pptx");

    assertThat(extraction.pages()).as(describe(extraction)).hasSize(3);
    assertThat(page(extraction, 1).text()).isEqualTo("Attachment Test\nRajiv");
    assertThat(page(extraction, 3).text()).contains("Black Panther");
    assertThat(extraction.metadata().title()).isEqualTo("Attachment Test");
    assertThat(extraction.metadata().author()).isEqualTo("Rajiv");
    assertThat(extraction.metadata().pageCount()).isEqualTo(3);
    assertThat(extraction.metadata().created()).isEqualTo("2010-05-04T06:43:54Z");
  }

  @Test
  void pptSlidesAreWrappedInSlideDivs() {
    Extraction extraction = extractOk("microsoft-module/testPPT.ppt");

    assertThat(extraction.pages()).as(describe(extraction)).hasSize(1);
    assertThat(page(extraction, 1).text()).startsWith("Sample Powerpoint Slide\n").contains("Service Release 1");
    assertThat(extraction.metadata().mediaType()).isEqualTo("application/vnd.ms-powerpoint");
  }

  @Test
  void embeddedPdfInASlideDoesNotBecomePages() {
    Extraction extraction = extractor.extract(Corpus.tika("microsoft-module/testPPT_EmbeddedPDF.pptx"));

    // The slide holds only the embedded objects, so there is no slide text of its own.
    assertThat(extraction.pages()).as(describe(extraction)).hasSize(1);
    assertThat(extraction.pages()).as(describe(extraction))
        .noneMatch(p -> p.text().contains("Apache Tika") || p.text().contains("Hello World"));
  }

  @Test
  void passwordProtectedPptxIsEncrypted() {
    Extraction extraction = extractor.extract(Corpus.tika("microsoft-module/testPPT_protected_passtika.pptx"));

    assertThat(extraction.status()).as(describe(extraction)).isEqualTo(ExtractionStatus.ENCRYPTED);
    assertThat(extraction.reason()).containsIgnoringCase("password");
    assertThat(extraction.metadata().mediaType()).isEqualTo("application/x-tika-ooxml-protected");
  }

  @Test
  void truncatedDocxFailsWithShortReason() {
    Extraction extraction = extractor.extract(Corpus.tika("microsoft-module/testWORD_truncated.docx"));

    assertThat(extraction.status()).as(describe(extraction)).isEqualTo(ExtractionStatus.FAILED);
    assertThat(extraction.reason()).as(describe(extraction)).isNotBlank().hasSizeLessThan(260)
        .doesNotContain("\n");
  }

  @Test
  void zipIsUnsupportedWithoutBeingOpened() {
    Extraction extraction = extractor.extract(Corpus.tika("microsoft-module/testZIP_corrupted_oom.zip"));

    assertThat(extraction.status()).as(describe(extraction)).isEqualTo(ExtractionStatus.UNSUPPORTED);
    assertThat(extraction.reason()).contains("application/zip");
    assertThat(extraction.metadata().mediaType()).isEqualTo("application/zip");
  }

  @Test
  void keynote09SlidesAreTheLastTopLevelDivsAfterTheMasters() {
    Extraction extraction = extractOk("apple-module/testKeynote.key");

    assertThat(extraction.pages()).as(describe(extraction)).hasSize(3);
    assertThat(page(extraction, 1).text()).startsWith("A sample presentation");
    assertThat(page(extraction, 2).text()).startsWith("Slide 1").contains("A nice note");
    assertThat(page(extraction, 3).text()).startsWith("Slide 3").contains("Cell eight");
    assertThat(extraction.metadata().title()).isEqualTo("Apache tika");
  }

  @Test
  void keynote2013PlusIsReadNativelyFromItsNestedIndexZip() {
    Extraction extraction = extractOk("apple-module/testKeynote2018.key");

    assertThat(extraction.pages()).as(describe(extraction)).hasSize(2);
    assertThat(page(extraction, 1).text()).isEqualTo("Libreoffice 6.2\n19 February 2019");
    assertThat(page(extraction, 2).text()).startsWith("Test running...").contains("Windows 10 x86");
    assertThat(extraction.metadata().pageCount()).isEqualTo(2);
  }

  @Test
  void odpSlidesComeFromContentXmlWithNotesApart() {
    Extraction extraction = extractOk("miscoffice-module/LibreOfficeImpress_odp_1.3.odp");

    assertThat(page(extraction, 1).text()).as(describe(extraction)).isEqualTo("This is\nAn example Impress file");
    assertThat(extraction.pages()).as(describe(extraction)).allMatch(p -> p.notes().isEmpty());
    assertThat(extraction.metadata().title()).isEqualTo("Beehive");
  }

  @Test
  void odpMasterFooterIsNotRepeatedOnEverySlide() {
    Extraction extraction = extractor.extract(Corpus.tika("miscoffice-module/testMasterFooter.odp"));

    assertThat(extraction.pages()).as(describe(extraction))
        .filteredOn(p -> p.text().contains("Master footer is here")).hasSizeLessThanOrEqualTo(1);
  }

  @Test
  void pdfPageTextIsOnItsPage() {
    Extraction extraction = extractOk("pdf-module/testPDF.pdf");

    assertThat(extraction.pages()).as(describe(extraction)).hasSize(1);
    assertThat(page(extraction, 1).text()).startsWith("Apache Tika - Apache Tika").contains("Latest News");
    assertThat(extraction.metadata().author()).isEqualTo("Bertrand Delacrétaz");
  }

  @Test
  void ownerRestrictedPdfStillOpensWithoutPassword() {
    Extraction extraction = extractOk("pdf-module/testPDF_protected.pdf");

    assertThat(extraction.pages()).as(describe(extraction)).hasSize(41);
    assertThat(page(extraction, 1).text()).contains("RETHINKING THE FINANCIAL NETWORK");
    assertThat(page(extraction, 2).text()).contains("Severe Acute Respiratory Syndrome");
  }

  @Test
  void unicodePasswordPdfIsEncrypted() {
    Extraction extraction = extractor.extract(Corpus.tika("server-standard/testUnicodePassword.pdf"));

    assertThat(extraction.status()).as(describe(extraction)).isEqualTo(ExtractionStatus.ENCRYPTED);
  }

  @Test
  void imageOnlyPdfIsEmptyButKeepsItsPage() {
    Extraction extraction = extractor.extract(Corpus.tika("pdf-module/testOCR.pdf"));

    assertThat(extraction.status()).as(describe(extraction)).isEqualTo(ExtractionStatus.EMPTY);
    assertThat(extraction.reason()).isEqualTo("no text layer (image-only?)");
    assertThat(extraction.pages()).hasSize(1);
  }

  @Test
  void pptWithABadCompressedObjectStillYieldsItsSlides() {
    Extraction extraction = extractOk("microsoft-module/testPPT_skipBadCompressedObject.ppt");

    assertThat(extraction.pages()).as(describe(extraction)).hasSize(14);
    assertThat(page(extraction, 2).text()).startsWith("Background");
  }

  @Test
  void pdfWithABadPageKeepsTheOtherPages() {
    Extraction extraction = extractOk("pdf-module/testPDF_bad_page_303226.pdf");

    assertThat(extraction.pages()).as(describe(extraction)).hasSize(19);
  }

  @Test
  void pdfPackageAttachmentsDoNotBecomePages() {
    Extraction extraction = extractOk("pdf-module/testPDFPackage.pdf");

    assertThat(extraction.pages()).as(describe(extraction)).hasSize(1);
  }

  @Test
  void zeroByteArchiveFileIsEmpty() {
    Extraction extraction = extractor.extract(Corpus.file("edge-cases/pythontoronto-archive/2016/06/empty"));

    assertThat(extraction.status()).as(describe(extraction)).isEqualTo(ExtractionStatus.EMPTY);
  }

  @Test
  void pptxWithSpeakerNotesFromAMeetupKeepsThemApart() {
    Extraction extraction = extractor.extract(Corpus.file("meetups/pythontoronto-archive/2017/04/LoggingInPython.pptx"));

    assertThat(extraction.status()).as(describe(extraction)).isEqualTo(ExtractionStatus.OK);
    assertThat(extraction.pages()).as(describe(extraction)).hasSize(13);
    assertThat(page(extraction, 2).text()).contains("Rob Van Gennip").doesNotContain("Been at Wave");
    assertThat(page(extraction, 2).notes()).contains("Been at Wave for over two and a half years");
  }

  @Test
  void notesThatAreOnlyTheSlideNumberAreDropped() {
    Extraction extraction = extractor.extract(Corpus.file("meetups/openai-triton-meetups/meetups/08-22-2023/intel-xpu-update.pptx"));

    assertThat(page(extraction, 2).notes()).as(describe(extraction)).contains("TorchBench commit");
    assertThat(page(extraction, 3).notes()).as(describe(extraction)).isEmpty();
  }

  @Test
  void odpSlideCountMatchesItsPdfExport() {
    for (String deck : List.of("wlug-meetings/2019/2019-06-24/package_management/package_management",
        "wlug-meetings/2020/2020-06-22/endeavouros/EndeavourOS", "thomas-tsai-ai-framework-study/AI-Framework")) {
      Extraction odp = extractor.extract(Corpus.file("meetups/" + deck + ".odp"));
      Extraction pdf = extractor.extract(Corpus.file("meetups/" + deck + ".pdf"));

      assertThat(odp.pages()).as("%s%nvs PDF%n%s", describe(odp), describe(pdf)).hasSameSizeAs(pdf.pages());
    }
  }

  @Test
  void ppsxIsReadAsSlides() {
    Extraction extraction = extractor.extract(Corpus.file(
        "meetups/microsoft-ai-system/Lectures/AdvancedTopics/SystemforAI-9-Compilation and Optimization.ppsx"));

    assertThat(extraction.status()).as(describe(extraction)).isEqualTo(ExtractionStatus.OK);
    assertThat(extraction.pages().size()).as(describe(extraction)).isEqualTo(extraction.metadata().pageCount());
  }
}

package dev.lectern.extract.keynote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lectern.model.Extraction;
import dev.lectern.model.ExtractionStatus;
import dev.lectern.model.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Every Keynote 2013+ deck of the shared corpus, read natively; skips visibly without the corpus. */
class KeynoteCorpusTest {
  private static final String WEBRTC = "meetups/bj-nodejs-club-node-party/archieves/19th/";

  private final KeynoteExtraction extraction = new KeynoteExtraction(KeynoteLimits.DEFAULTS);

  private static Path corpus() {
    Path root = Path.of(System.getProperty("lectern.corpus", "../shared/corpus")).toAbsolutePath().normalize();
    assumeTrue(Files.isDirectory(root), "shared corpus not found at " + root + "; skipping");
    return root;
  }

  @Test
  void everyModernKeynoteDeckInTheCorpusYieldsSlideText() throws IOException {
    List<Path> decks;
    try (Stream<Path> walk = Files.walk(corpus())) {
      decks = walk.filter(p -> p.getFileName().toString().endsWith(".key"))
          .filter(KeynoteReader::isIwaPackage).sorted().toList();
    }
    assumeTrue(!decks.isEmpty(), "no Keynote 2013+ deck in the corpus; skipping");
    for (Path deck : decks) {
      Extraction read = extraction.extract(deck);
      long withText = read.pages().stream().filter(p -> !p.text().isBlank()).count();
      System.out.printf("keynote: %s: %s, %d slides, %d with text, %d characters%n", corpus().relativize(deck),
          read.status().label(), read.pages().size(), withText, read.characters());
      assertThat(read.status()).as(deck + ": " + read.reason()).isEqualTo(ExtractionStatus.OK);
      assertThat(withText).as(deck.toString()).isPositive();
    }
  }

  @Test
  void theWebrtcDeckMatchesItsPdfExportSlideForSlide() throws IOException {
    Path dir = corpus().resolve(WEBRTC);
    Path key = dir.resolve("webrtc开发快速指南 _lianxiang.key");
    Path pdf = dir.resolve("webrtc开发快速指南_连响@dotengine.pdf");
    assumeTrue(Files.exists(key) && Files.exists(pdf), "webrtc deck or its PDF export missing; skipping");
    List<Page> slides = extraction.extract(key).pages();
    List<String> pages = pdfPages(pdf);

    assertThat(slides).hasSameSizeAs(pages);
    for (int i = 0; i < slides.size(); i++) {
      int best = 0;
      for (int j = 1; j < pages.size(); j++) {
        if (similarity(slides.get(i).text(), pages.get(j)) > similarity(slides.get(i).text(), pages.get(best))) {
          best = j;
        }
      }
      assertThat(best + 1).as("the PDF page closest to slide %d (%s)", i + 1, slides.get(i).text()).isEqualTo(i + 1);
      assertThat(similarity(slides.get(i).text(), pages.get(i))).as("slide %d", i + 1).isGreaterThan(0.5);
    }
  }

  private static List<String> pdfPages(Path pdf) throws IOException {
    List<String> pages = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int i = 1; i <= document.getNumberOfPages(); i++) {
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        pages.add(stripper.getText(document));
      }
    }
    return pages;
  }

  /**
   * Jaccard similarity of character bigrams, letters and digits only, after NFKC (the export draws
   * some Han characters with Kangxi radical code points, which NFKC folds back).
   */
  static double similarity(String a, String b) {
    Set<String> x = bigrams(a);
    Set<String> y = bigrams(b);
    if (x.isEmpty() && y.isEmpty()) {
      return 1;
    }
    Set<String> both = new HashSet<>(x);
    both.retainAll(y);
    return (double) both.size() / (x.size() + y.size() - both.size());
  }

  private static Set<String> bigrams(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase().replaceAll("[^\\p{L}\\p{N}]", "");
    Set<String> grams = new HashSet<>();
    for (int i = 0; i + 2 <= folded.length(); i++) {
      grams.add(folded.substring(i, i + 2));
    }
    return grams;
  }
}

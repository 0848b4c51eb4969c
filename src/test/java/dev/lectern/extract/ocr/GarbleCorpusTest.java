package dev.lectern.extract.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lectern.extract.TikaExtractor;
import dev.lectern.model.Extraction;
import dev.lectern.model.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every deck of the shared corpus, scored as extraction scores it: the two PaddlePaddle decks whose
 * subset fonts map glyphs to consecutive code points are garbled, and no other deck is.
 */
class GarbleCorpusTest {

  @Test
  void onlyThePaddlePaddleDecksWithBrokenFontsScoreAsGarbled() throws IOException {
    Path meetups = Path.of(System.getProperty("lectern.corpus", "../shared/corpus")).toAbsolutePath().normalize()
        .resolve("meetups");
    assumeTrue(Files.isDirectory(meetups), "shared corpus not found at " + meetups + "; skipping");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(meetups)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    GarbleDetector detector = new GarbleDetector();
    List<String> flagged = new ArrayList<>();
    StringBuilder report = new StringBuilder();
    try (TikaExtractor extractor = new TikaExtractor()) {
      for (Path file : files) {
        Extraction extraction = extractor.extract(file);
        boolean suspect = GarbleDetector.suspectDeck(String.valueOf(file.getFileName()),
            extraction.metadata().title(), extraction.pages().stream().map(p -> p.text() + p.notes()).toList());
        long garbled = 0;
        double worst = 0;
        for (Page page : extraction.pages()) {
          GarbleScore score = detector.score(page.text());
          garbled += score.garbled(suspect) ? 1 : 0;
          worst = Math.max(worst, score.sequential() >= 4 ? score.sequentialShare() : 0);
        }
        report.append(String.format(Locale.ROOT, "%3d/%3d garbled, sequential up to %.2f%s: %s%n", garbled,
            extraction.pages().size(), worst, suspect ? " (Chinese name, no Han)" : "", meetups.relativize(file)));
        if (garbled > 0) {
          flagged.add(String.valueOf(file.getFileName()));
        }
      }
    }
    System.out.print(report);
    assertThat(flagged).as(report.toString()).containsExactlyInAnyOrder("飞桨框架近期开源贡献进展.pdf", "PFCCNemo.pdf");
  }
}

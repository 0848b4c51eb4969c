package dev.lectern.cli;

import dev.lectern.extract.ocr.GarbleDetector;
import dev.lectern.extract.ocr.GarbleScore;
import dev.lectern.index.PageText;
import dev.lectern.index.SlideIndex;
import dev.lectern.index.TalkPages;
import dev.lectern.model.Talk;
import dev.lectern.model.TalkFile;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code lectern check --text}: scores every indexed page's text as extraction does and lists the
 * pages that still look garbled (a text layer OCR should have replaced, and did not).
 */
final class TextCheck {
  private final PrintStream out;

  TextCheck(PrintStream out) {
    this.out = out;
  }

  /** Prints one line per garbled page and a total; the exit code is 1 when any page is garbled. */
  int run(SlideIndex index) throws IOException {
    GarbleDetector detector = new GarbleDetector();
    TalkPages stored = new TalkPages(index);
    int pages = 0;
    int garbled = 0;
    List<Talk> talks = index.catalog().talks().stream().sorted(Comparator.comparing(Talk::id)).toList();
    for (Talk talk : talks) {
      List<PageText> texts = stored.of(talk.id());
      for (int f = 0; f < talk.files().size(); f++) {
        int fileNumber = f + 1;
        TalkFile file = talk.files().get(f);
        List<PageText> ofFile = texts.stream().filter(p -> p.file() == fileNumber).toList();
        boolean suspect = GarbleDetector.suspectDeck(file.path().substring(file.path().lastIndexOf('/') + 1),
            talk.title(), ofFile.stream().map(p -> p.text() + p.notes()).toList());
        for (PageText page : ofFile) {
          pages++;
          GarbleScore score = detector.score(page.text());
          if (score.garbled(suspect)) {
            garbled++;
            out.printf("garbled: %s page %d (%s): %s%n", file.path(), page.number(), page.source(),
                score.reasons(suspect).stream().collect(Collectors.joining("; ")));
          }
        }
      }
    }
    if (garbled == 0) {
      out.printf("ok: no garbled text in %d page(s) of %d talk(s)%n", pages, talks.size());
      return 0;
    }
    out.printf("%d of %d page(s) still score as garbled%n", garbled, pages);
    return 1;
  }
}

package dev.lectern.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.extract.ExtractionCache;
import dev.lectern.extract.TikaExtractor;
import dev.lectern.index.JsonCodec;
import dev.lectern.index.PageText;
import dev.lectern.index.SlideIndex;
import dev.lectern.index.SlideMatcher;
import dev.lectern.index.TalkPages;
import dev.lectern.model.Extraction;
import dev.lectern.model.Talk;
import dev.lectern.sample.Corpus;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shared corpus's decks saved beside their PDF exports are one deck slide for slide, the
 * Keynote deck and its export under another name become one talk, and an earlier revision of a deck
 * in the same folder is not taken for its export. Skips visibly without the corpus.
 */
class SameDeckCorpusTest {
  @TempDir Path dir;

  private static Extraction extract(TikaExtractor extractor, String relative) throws Exception {
    return extractor.extract(Corpus.file("meetups/" + relative));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "thomas-tsai-ai-framework-study/AI-Framework.odp|thomas-tsai-ai-framework-study/AI-Framework.pdf",
      "wlug-meetings/2019/2019-06-24/package_management/package_management.odp|wlug-meetings/2019/2019-06-24/package_management/package_management.pdf",
      "wlug-meetings/2020/2020-06-22/endeavouros/EndeavourOS.odp|wlug-meetings/2020/2020-06-22/endeavouros/EndeavourOS.pdf",
      "bj-nodejs-club-node-party/archieves/19th/webrtc开发快速指南 _lianxiang.key|bj-nodejs-club-node-party/archieves/19th/webrtc开发快速指南_连响@dotengine.pdf"})
  void aDeckAndItsExportAreOneDeckSlideForSlide(String deck, String export) throws Exception {
    try (TikaExtractor extractor = new TikaExtractor()) {
      Extraction a = extract(extractor, deck);
      Extraction b = extract(extractor, export);
      Optional<List<SlideMatcher.Pair>> pairs = new SlideMatcher().match(a.pages(), b.pages());
      assertThat(pairs).as("%s (%d pages) and %s (%d pages)", deck, a.pages().size(), export, b.pages().size()).isPresent();
      assertThat(pairs.get()).as("every slide paired with the page of the same number")
          .hasSize(a.pages().size()).allSatisfy(p -> assertThat(p.left()).isEqualTo(p.right()));
    }
  }

  @Test
  void anEarlierRevisionBesideTheDeckIsNotItsExport() throws Exception {
    try (TikaExtractor extractor = new TikaExtractor()) {
      Extraction revision = extract(extractor, "thomas-tsai-ai-framework-study/slides.odp");
      Extraction export = extract(extractor, "thomas-tsai-ai-framework-study/AI-Framework.pdf");
      assertThat(new SlideMatcher().match(revision.pages(), export.pages())).isEmpty();
    }
  }

  @Test
  void theKeynoteDeckAndItsExportUnderAnotherNameAreOneTalkWithEachSlideOnce() throws Exception {
    Path meetup = Corpus.file("meetups/bj-nodejs-club-node-party/archieves/19th");
    try (SlideIndex index = SlideIndex.openForWriting(dir.resolve("lucene"), new JsonCodec());
        TikaExtractor extractor = new TikaExtractor()) {
      new Reconciler(meetup, index, extractor, new ExtractionCache(dir.resolve("cache")), 2)
          .reconcile(ReconcileListener.NONE);
      index.refresh();
      List<Talk> talks = List.copyOf(index.catalog().talks());
      assertThat(talks).as("one talk, not one per file").hasSize(1);
      Talk talk = talks.get(0);
      assertThat(talk.files()).extracting(f -> f.format()).containsExactly("key", "pdf");
      List<PageText> pages = new TalkPages(index).of(talk.id());
      assertThat(pages).as("17 slides, each once").hasSize(17)
          .allSatisfy(p -> assertThat(p.appearsIn()).hasSize(2))
          .allSatisfy(p -> assertThat(p.file()).as("drawn from the PDF").isEqualTo(2));
      assertThat(pages.get(1).text()).as("the deck's own characters, not the export's doubled glyphs")
          .contains("6年产品研发经验").doesNotContain("年年");
      assertThat(new IndexCheck(meetup, index).run()).as("check agrees with the join").isEmpty();
    }
  }
}

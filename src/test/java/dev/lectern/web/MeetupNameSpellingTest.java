package dev.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.extract.ExtractionCache;
import dev.lectern.extract.TikaExtractor;
import dev.lectern.index.JsonCodec;
import dev.lectern.index.SearchMode;
import dev.lectern.index.SearchRequest;
import dev.lectern.index.SearchResult;
import dev.lectern.index.SlideIndex;
import dev.lectern.index.TalkCatalog;
import dev.lectern.index.TalkSearcher;
import dev.lectern.model.Meetup;
import dev.lectern.sample.Fixtures;
import dev.lectern.sync.ReconcileListener;
import dev.lectern.sync.Reconciler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Meetup and series names read off folders take the spelling the archive's slides give their words,
 * over an invented archive read by real Tika into a real index: the catalog, each talk's meetup and
 * the series facet agree, a word the slides write in lower case as often stays title-cased, and a
 * name declared in meetup.json is left as written.
 */
class MeetupNameSpellingTest {
  @TempDir Path dir;

  /** A deck of one page per line. */
  private static void deck(Path archive, String path, String... pages) throws Exception {
    Path file = archive.resolve(path);
    Files.createDirectories(file.getParent());
    Fixtures.pdf(file, List.of(pages), null);
  }

  @Test
  void folderNamesTakeTheSlidesSpelling() throws Exception {
    Path archive = dir.resolve("archive");
    deck(archive, "quokkaml-gatherings/2024-03-05/kernels/kernels.pdf",
        "Numbat kernels in QuokkaML", "QuokkaML runs them; pip install quokkaml");
    deck(archive, "quokkaml-gatherings/2024-09-03/graphs/graphs.pdf",
        "Numbat graphs", "see github.com/quokkaml/graphs and the QuokkaML docs");
    deck(archive, "dlug-meetings/2023-05-01/pouches/pouches.pdf", "Numbat pouches at DLUG", "DLUG thanks its hosts");
    deck(archive, "dlug-meetings/2023-11-07/gaits/gaits.pdf", "Numbat gaits", "DLUG again");
    deck(archive, "wombat-club-2022-01-10/stripes/stripes.pdf",
        "Numbat stripes", "the wombat and the Wombat", "WOMBAT FACTS ABOUT WOMBATS");
    deck(archive, "2021-06-01-emutalk-evening/alone/alone.pdf", "Numbat alone", "EmuTalk EmuTalk");
    Files.writeString(archive.resolve("2021-06-01-emutalk-evening/meetup.json"), "{\"title\": \"emutalk evening\"}");
    deck(archive, "2020-02-02-Koala-night/ears/ears.pdf", "Numbat ears", "KoaLa KoaLa KoaLa");
    deck(archive, "2019-03-03-numbat-tokyo/noses/noses.pdf", "Numbat noses", "ToKyo ToKyo ToKyo");
    deck(archive, "2018-05-05-KelpForest-evenings/kelp/kelp.pdf", "Numbat kelp", "the kelp forest at night");
    deck(archive, "2017-04-04-OtterCon/otters/otters.pdf", "Numbat otters", "OtterCon welcomes you");
    deck(archive, "justchen-numbat-summit-2023/tails/tails.pdf", "Numbat tails", "Just Chen");
    Files.writeString(archive.resolve("justchen-numbat-summit-2023/tails/talk.json"),
        "{\"speakers\": [{\"name\": \"Just Chen\"}]}");
    deck(archive, "thomas-lee-study-group-2018-01-01/paws/paws.pdf", "Numbat paws", "Thomas Lee");
    Files.writeString(archive.resolve("thomas-lee-study-group-2018-01-01/paws/talk.json"),
        "{\"speakers\": [{\"name\": \"Thomas Lee\"}]}");

    try (SlideIndex index = SlideIndex.openForWriting(dir.resolve("lucene"), new JsonCodec());
        TikaExtractor extractor = new TikaExtractor()) {
      new Reconciler(archive, index, extractor, new ExtractionCache(dir.resolve("cache")), 1)
          .reconcile(ReconcileListener.NONE);
      index.refresh();
      TalkCatalog catalog = index.catalog();
      Map<String, String> titles = catalog.meetups().stream()
          .collect(Collectors.toMap(Meetup::folder, Meetup::title, (a, b) -> a));
      assertThat(titles).as("a lower-case quokkaml in code or an address does not outvote the prose")
          .containsEntry("quokkaml-gatherings/2024-03-05", "QuokkaML Gatherings")
          .containsEntry("dlug-meetings/2023-05-01", "DLUG Meetings")
          .containsEntry("wombat-club-2022-01-10", "Wombat Club")
          .containsEntry("2021-06-01-emutalk-evening", "emutalk evening")
          .as("a word the folder writes with a capital, and a city, keep their spelling")
          .containsEntry("2020-02-02-Koala-night", "Koala Night")
          .containsEntry("2019-03-03-numbat-tokyo", "Numbat Tokyo")
          .as("a folder word in mixed case is words run together unless the text writes it joined")
          .containsEntry("2018-05-05-KelpForest-evenings", "Kelp Forest Evenings")
          .containsEntry("2017-04-04-OtterCon", "OtterCon")
          .as("a speaker's handle in front of the event is the repository's owner, not the event's name")
          .containsEntry("justchen-numbat-summit-2023", "Numbat Summit")
          .containsEntry("thomas-lee-study-group-2018-01-01", "Thomas Lee Study Group");
      assertThat(catalog.meetups()).filteredOn(m -> m.folder().startsWith("quokkaml"))
          .extracting(Meetup::seriesTitle).containsOnly("QuokkaML Gatherings");

      SearchResult all = new TalkSearcher(index).search(new SearchRequest("numbat", Map.of(),
          SearchRequest.Order.NEWEST, 1, 10, false, SearchMode.LEXICAL));
      assertThat(all.hits()).as("each talk carries its meetup's name")
          .allSatisfy(h -> assertThat(h.talk().meetup().title())
              .isEqualTo(catalog.meetup(h.talk().meetup().id()).orElseThrow().title()));
      assertThat(all.facets().get("series")).extracting(SearchResult.FacetCount::label)
          .containsExactlyInAnyOrder("QuokkaML Gatherings", "DLUG Meetings");
      assertThat(catalog.talks()).extracting(t -> t.meetup().title())
          .contains("QuokkaML Gatherings", "DLUG Meetings", "Wombat Club", "emutalk evening")
          .doesNotContain("Quokkaml Gatherings", "Dlug Meetings");
    }
  }
}

package dev.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.extract.ExtractionCache;
import dev.lectern.extract.TikaExtractor;
import dev.lectern.index.JsonCodec;
import dev.lectern.index.SearchMode;
import dev.lectern.index.SearchRequest;
import dev.lectern.index.SearchResult;
import dev.lectern.index.SlideIndex;
import dev.lectern.index.TalkSearcher;
import dev.lectern.sample.Fixtures;
import dev.lectern.sync.ReconcileListener;
import dev.lectern.sync.Reconciler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The series facet over a generated archive read by real Tika into a real index: two series of dated
 * meetups and one meetup on its own. Each series is counted, a selection keeps its talks, and the
 * other series stays offered (drill-sideways) while a talk outside any series has no series value.
 */
class SeriesFacetTest {
  @TempDir Path dir;

  private static void deck(Path archive, String path, String words) throws Exception {
    Path file = archive.resolve(path);
    Files.createDirectories(file.getParent());
    Files.write(file, Fixtures.pdfBytes(words));
  }

  private static SearchResult search(TalkSearcher searcher, Map<String, List<String>> facets) throws Exception {
    return searcher.search(new SearchRequest("numbat", facets, SearchRequest.Order.NEWEST, 1, 10, false,
        SearchMode.LEXICAL));
  }

  private static Map<String, Long> counts(SearchResult result) {
    return result.facets().get("series").stream()
        .collect(java.util.stream.Collectors.toMap(SearchResult.FacetCount::label, SearchResult.FacetCount::count));
  }

  @Test
  void searchCountsAndFiltersTalksBySeries() throws Exception {
    Path archive = dir.resolve("archive");
    deck(archive, "numbat-nights/2024-03-05/burrows/burrows.pdf", "numbat burrows");
    deck(archive, "numbat-nights/2024-09-03/termites/termites.pdf", "numbat termites");
    deck(archive, "numbat-nights/2024-09-03/stripes/stripes.pdf", "numbat stripes");
    deck(archive, "marsupial-club/meetups/2023-05-01/pouches/pouches.pdf", "numbat pouches");
    deck(archive, "marsupial-club/meetups/2023-11-07/gaits/gaits.pdf", "numbat gaits");
    deck(archive, "2022-01-10-solo-evening/alone/alone.pdf", "numbat alone");

    try (SlideIndex index = SlideIndex.openForWriting(dir.resolve("lucene"), new JsonCodec());
        TikaExtractor extractor = new TikaExtractor()) {
      new Reconciler(archive, index, extractor, new ExtractionCache(dir.resolve("cache")), 1)
          .reconcile(ReconcileListener.NONE);
      index.refresh();
      TalkSearcher searcher = new TalkSearcher(index);

      SearchResult all = search(searcher, Map.of());
      assertThat(all.total()).isEqualTo(6);
      assertThat(counts(all)).as(all.facets().toString())
          .containsOnly(Map.entry("Numbat Nights", 3L), Map.entry("Marsupial Club", 2L));

      String club = all.facets().get("series").stream().filter(c -> c.label().equals("Marsupial Club"))
          .findFirst().orElseThrow().value();
      SearchResult chosen = search(searcher, Map.of("series", List.of(club)));
      assertThat(chosen.hits()).extracting(h -> h.talk().title()).containsExactlyInAnyOrder("numbat gaits", "numbat pouches");
      assertThat(counts(chosen)).as("the other series can still be added")
          .containsOnly(Map.entry("Numbat Nights", 3L), Map.entry("Marsupial Club", 2L));
      assertThat(chosen.facets().get("year")).extracting(SearchResult.FacetCount::value).containsExactly("2023");

      assertThat(search(searcher, Map.of("series", List.of("no-such-series"))).total()).isZero();
    }
  }
}

package dev.lectern.extract.keynote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.archive.ArchiveScanner;
import dev.lectern.archive.ArchiveTalk;
import dev.lectern.extract.ExtractionCache;
import dev.lectern.extract.TikaExtractor;
import dev.lectern.index.JsonCodec;
import dev.lectern.index.PageText;
import dev.lectern.index.SlideIndex;
import dev.lectern.index.TalkPages;
import dev.lectern.sync.ReconcileListener;
import dev.lectern.sync.ReconcileSummary;
import dev.lectern.sync.Reconciler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Keynote deck saved as a package folder is one document of its talk, read, indexed and re-read when it changes. */
class KeynotePackageFolderTest {
  @TempDir Path dir;

  private static byte[] deck(String title) throws Exception {
    SampleKeynote deck = new SampleKeynote();
    deck.addSlide(deck.slide(deck.placeholder(title), deck.placeholder("Packages are folders")), false, -1);
    deck.addSlide(deck.slide(deck.placeholder("Second slide"), -1), false, -1);
    return deck.iwa();
  }

  @Test
  void aKeyFolderIsOneDeckOfItsTalk() throws Exception {
    Path archive = dir.resolve("archive");
    Path index = Files.createDirectories(archive.resolve("2024-05-01-keynote-night/Talk.key/Index"));
    Files.write(index.resolve("Document.iwa"), deck("Flamegraphs in Keynote"));
    Files.write(archive.resolve("2024-05-01-keynote-night/Talk.key/preview.jpg"), new byte[] {1, 2, 3});
    // A folder merely named .key, without Keynote's Index, is still a folder of files.
    Files.writeString(Files.createDirectories(archive.resolve("2024-05-01-keynote-night/notes.key"))
        .resolve("readme.md"), "# Readme");

    List<ArchiveTalk> talks = new ArchiveScanner(archive).scan().talks();
    assertThat(talks).flatExtracting(ArchiveTalk::files).contains("2024-05-01-keynote-night/Talk.key")
        .noneMatch(f -> f.startsWith("2024-05-01-keynote-night/Talk.key/"));

    try (SlideIndex lucene = SlideIndex.openForWriting(dir.resolve("lucene"), new JsonCodec());
        TikaExtractor extractor = new TikaExtractor()) {
      // One reconciler throughout: it remembers the package's stamp, as a server does between runs.
      Reconciler reconciler = new Reconciler(archive, lucene, extractor, new ExtractionCache(dir.resolve("cache")), 1);
      ReconcileSummary first = reconciler.reconcile(ReconcileListener.NONE);
      assertThat(first.statusesByFormat().get("key")).containsEntry("ok", 1);
      String id = talks.stream().filter(t -> t.files().contains("2024-05-01-keynote-night/Talk.key")).findFirst()
          .orElseThrow().id();
      assertThat(new TalkPages(lucene).of(id)).extracting(PageText::text)
          .containsExactly("Flamegraphs in Keynote\nPackages are folders", "Second slide");

      assertThat(reconciler.reconcile(ReconcileListener.NONE).talksIndexed()).as("unchanged").isZero();
      // Saving the deck rewrites files inside the package: the talk is read again.
      Files.write(index.resolve("Document.iwa"), deck("Flamegraphs, revised"));
      assertThat(reconciler.reconcile(ReconcileListener.NONE).talksIndexed()).isEqualTo(1);
      assertThat(new TalkPages(lucene).of(id).get(0).text()).startsWith("Flamegraphs, revised");
    }
  }
}

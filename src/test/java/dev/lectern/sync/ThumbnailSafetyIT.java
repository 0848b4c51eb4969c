package dev.lectern.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.archive.ContentHash;
import dev.lectern.extract.ChildProcessExtractor;
import dev.lectern.extract.ExtractionCache;
import dev.lectern.extract.ExtractionLimits;
import dev.lectern.index.JsonCodec;
import dev.lectern.index.SlideIndex;
import dev.lectern.render.SlideThumbnailer;
import dev.lectern.render.ThumbnailStore;
import dev.lectern.render.Thumbnailer;
import dev.lectern.sample.HostileFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only files the isolated extractor accepted reach the renderer (itself in the extraction child): a
 * zip bomb that fails extraction is never handed to it.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class ThumbnailSafetyIT {
  @Test
  void filesTheExtractorRefusedAreNeverRendered(@TempDir Path temp) throws Exception {
    Path archive = temp.resolve("archive");
    Path talk = Files.createDirectories(archive.resolve("2025-01-01-hostile/bomb"));
    Path bomb = Files.move(new HostileFiles(Files.createDirectories(temp.resolve("made"))).zipBombPptx(1L << 30),
        talk.resolve("bomb.pptx"));
    Path deck = Files.createDirectories(archive.resolve("2025-01-01-hostile/deck"));
    Files.copy(HostileFiles.SAMPLE_PDF, deck.resolve("deck.pdf"));
    ThumbnailStore store = new ThumbnailStore(temp.resolve("thumbnails"));
    List<Path> rendered = new ArrayList<>();
    ChildProcessExtractor extractor = new ChildProcessExtractor(ExtractionLimits.DEFAULTS, 1);
    SlideThumbnailer real = new SlideThumbnailer(extractor, store);
    Thumbnailer watched = new Thumbnailer() {
      @Override
      public boolean missing(String sha256) {
        return real.missing(sha256);
      }

      @Override
      public void render(String sha256, Path file) {
        rendered.add(file.getFileName());
        real.render(sha256, file);
      }

      @Override
      public void skip(String sha256) {
        real.skip(sha256);
      }
    };
    try (SlideIndex index = SlideIndex.openForWriting(temp.resolve("lucene"), new JsonCodec()); extractor) {
      new Reconciler(archive, index, extractor, new ExtractionCache(temp.resolve("extracted")), watched, 1)
          .reconcile(ReconcileListener.NONE);
      assertThat(index.catalog().talks()).hasSize(2);
    }
    String bombSha = new ContentHash().sha256(bomb);
    assertThat(rendered).as("files handed to the in-process renderer").containsExactly(Path.of("deck.pdf"));
    assertThat(store.has(bombSha)).as("the refused file is recorded as having no images").isTrue();
    assertThat(store.page(bombSha, 1)).isEmpty();
    assertThat(store.page(new ContentHash().sha256(deck.resolve("deck.pdf")), 1)).isPresent();
  }
}

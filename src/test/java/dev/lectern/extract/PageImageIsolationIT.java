package dev.lectern.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Extraction;
import dev.lectern.model.ExtractionStatus;
import dev.lectern.sample.HostileFiles;
import dev.lectern.render.PageImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Page images are drawn in the extraction child: a real file whose text extracts cleanly but whose
 * drawing hangs the renderer costs a child (and its retry), its pages get text cards (no images),
 * and this JVM (the server's) carries on drawing the next file.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class PageImageIsolationIT {
  private static final ExtractionLimits LIMITS = ExtractionLimits.DEFAULTS.withTimeout(Duration.ofSeconds(20));

  @TempDir Path dir;

  @Test
  void aPdfThatHangsTheRendererCostsAChildAndGetsTextCards() throws Exception {
    Path pdf = new HostileFiles(dir).shadingBombPdf(200_000);
    try (ChildProcessExtractor children = new ChildProcessExtractor(LIMITS, 1)) {
      Extraction text = children.extract(pdf);
      assertThat(text.status()).as(text.reason()).isEqualTo(ExtractionStatus.OK);
      assertThat(text.pages().get(0).text()).contains("hangs the renderer");

      long discardedBefore = children.childrenDiscarded();
      List<PageImage> images = children.render(pdf);

      assertThat(images).as("no images: the page shows its text").isEmpty();
      assertThat(children.childrenDiscarded() - discardedBefore).as("children killed (first try and retry)").isEqualTo(2);
      assertThat(children.render(HostileFiles.SAMPLE_PDF)).as("the next file is drawn").isNotEmpty().doesNotContainNull();
    }
  }
}

package dev.lectern.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.extract.keynote.KeynoteLimits;
import dev.lectern.render.PageImage;
import dev.lectern.render.SlideRenderer;
import dev.lectern.sample.Corpus;
import dev.lectern.sample.HostileFiles;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PageImageDrawerTest {
  private final PageImageDrawer drawer = new PageImageDrawer(new SlideRenderer(300, Optional.empty()), KeynoteLimits.DEFAULTS);

  @Test
  void keynote2013PlusPagesAreTheThumbnailsSavedInThePackage() throws Exception {
    Path key = Corpus.file("meetups/bj-nodejs-club-node-party/archieves/19th/webrtc开发快速指南 _lianxiang.key");

    List<PageImage> pngs = drawer.render(key);

    assertThat(pngs).hasSize(17).doesNotContainNull();
    assertThat(ImageIO.read(new ByteArrayInputStream(pngs.get(0).thumbnail())).getWidth()).isEqualTo(SlideRenderer.WIDTH);
  }

  @Test
  void otherDecksAreDrawnByTheSlideRenderer() {
    assertThat(drawer.render(HostileFiles.SAMPLE_PDF)).isNotEmpty().doesNotContainNull();
  }
}

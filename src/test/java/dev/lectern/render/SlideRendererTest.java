package dev.lectern.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.sample.Fixtures;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlideRendererTest {
  private static final Path SAMPLE = Path.of("ingest/2024-08-15-pytorch-shanghai");
  private final SlideRenderer renderer = new SlideRenderer(300, Optional.empty());

  private static BufferedImage image(byte[] png) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image).as("a decodable PNG of %d bytes", png.length).isNotNull();
    return image;
  }

  @Test
  void pdfGivesOneImageOfThumbnailWidthAndOneOfViewerWidthPerPage() throws IOException {
    List<PageImage> pngs = renderer.render(SAMPLE.resolve("04-intel-xpu-inductor/intel-xpu-inductor.pdf"));
    assertThat(pngs).hasSize(7);
    for (PageImage png : pngs) {
      assertThat(image(png.thumbnail()).getWidth()).isEqualTo(SlideRenderer.WIDTH);
      assertThat(image(png.large()).getWidth()).isEqualTo(SlideRenderer.LARGE_WIDTH);
    }
  }

  @Test
  void pptxGivesOneImagePerSlideInTheDecksShape() throws IOException {
    List<PageImage> pngs = renderer.render(SAMPLE.resolve("05-privateuse1-evolution/privateuse1-evolution.pptx"));
    assertThat(pngs).hasSize(8);
    BufferedImage first = image(pngs.get(0).thumbnail());
    assertThat(first.getWidth()).isEqualTo(SlideRenderer.WIDTH);
    assertThat(first.getHeight()).as("a 4:3 deck").isEqualTo(360);
    BufferedImage large = image(pngs.get(0).large());
    assertThat(large.getWidth()).isEqualTo(SlideRenderer.LARGE_WIDTH);
    assertThat(large.getHeight()).as("a 4:3 deck, large").isEqualTo(960);
    assertThat(first.getRGB(2, 2) & 0xffffff).as("the slide's background, not black").isEqualTo(0xffffff);
  }

  @Test
  void portraitPagesAreCappedInHeight(@TempDir Path dir) throws IOException {
    Path tall = dir.resolve("tall.pdf");
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage(new PDRectangle(200, 2000))); // a 1:10 strip
      document.save(tall.toFile());
    }
    PageImage drawn = renderer.render(tall).get(0);
    BufferedImage page = image(drawn.thumbnail());
    assertThat(page.getHeight()).isEqualTo(SlideRenderer.MAX_HEIGHT);
    assertThat(page.getWidth()).isEqualTo(96);
    BufferedImage large = image(drawn.large());
    assertThat(large.getHeight()).isEqualTo(SlideRenderer.LARGE_MAX_HEIGHT);
    assertThat(large.getWidth()).isEqualTo(160);
  }

  @Test
  void pageLimitStopsLongDocuments(@TempDir Path dir) throws IOException {
    Path pdf = Fixtures.pdf(dir.resolve("long.pdf"), List.of("1", "2", "3", "4"), null);
    assertThat(new SlideRenderer(2, Optional.empty()).render(pdf)).hasSize(2);
  }

  @Test
  void notesDocumentsHaveNoImages() {
    assertThat(renderer.render(SAMPLE.resolve("05-privateuse1-evolution/notes.md"))).isEmpty();
  }

  @Test
  void openDocumentWithoutLibreOfficeHasNoImages() {
    assertThat(renderer.render(SAMPLE.resolve("02-intel-pytorch-journey/intel-pytorch-journey.odp"))).isEmpty();
  }

  @Test
  void brokenOrMissingFilesGiveNoImagesInsteadOfThrowing(@TempDir Path dir) throws IOException {
    Path fake = Files.writeString(dir.resolve("fake.pdf"), "this is not a PDF");
    Path garbage = Files.write(dir.resolve("garbage.pptx"), new byte[] {'P', 'K', 3, 4, 0, 0});
    assertThat(renderer.render(fake)).isEmpty();
    assertThat(renderer.render(garbage)).isEmpty();
    assertThat(renderer.render(dir.resolve("missing.ppt"))).isEmpty();
  }
}

package dev.lectern.extract.keynote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeynoteThumbnailsTest {
  @TempDir Path dir;

  private final KeynoteThumbnails thumbnails = new KeynoteThumbnails(KeynoteLimits.DEFAULTS);

  private static byte[] jpeg(int width, int height) throws Exception {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.RED);
    g.fillRect(0, 0, width, height);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpg", out);
    return out.toByteArray();
  }

  /** A PNG whose header claims 100,000 × 100,000 pixels: 40 GB if anyone believed it. */
  private static byte[] pngClaimingGigapixels() {
    ByteBuffer header = ByteBuffer.allocate(8 + 25);
    header.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
    byte[] ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes()).putInt(100_000).putInt(100_000)
        .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array();
    CRC32 crc = new CRC32();
    crc.update(ihdr);
    header.putInt(13).put(ihdr).putInt((int) crc.getValue());
    return header.array();
  }

  @Test
  void slidesGetTheirSavedThumbnailsScaledAndTheRestTextCards() throws Exception {
    SampleKeynote deck = new SampleKeynote();
    deck.addSlide(deck.slide(deck.placeholder("One"), -1), false, 11);
    deck.addSlide(deck.slide(deck.placeholder("Two"), -1), false, 12);
    deck.addSlide(deck.slide(deck.placeholder("Three"), -1), false, -1);
    Map<String, byte[]> entries = SampleKeynote.packageEntries(deck.iwa());
    entries.put("Data/st-AAAA-11.jpg", jpeg(320, 240));
    entries.put("Data/st-BBBB-12.png", pngClaimingGigapixels());
    Path file = IwaWriter.zip(dir.resolve("deck.key"), entries);

    List<BufferedImage> images = thumbnails.render(file, 300, 480, 960);

    assertThat(images).hasSize(3);
    assertThat(images.get(0).getWidth()).isEqualTo(480);
    assertThat(images.get(0).getHeight()).isEqualTo(360);
    assertThat(images.get(1)).as("a thumbnail claiming gigapixels is not decoded").isNull();
    assertThat(images.get(2)).as("no thumbnail: a text card").isNull();
  }

  @Test
  void aFirstSlideWithoutAThumbnailUsesThePackagePreview() throws Exception {
    SampleKeynote deck = new SampleKeynote();
    deck.addSlide(deck.slide(deck.placeholder("One"), -1), false, -1);
    Map<String, byte[]> entries = SampleKeynote.packageEntries(deck.iwa());
    entries.put("preview.jpg", jpeg(640, 480));

    List<BufferedImage> images = thumbnails.render(IwaWriter.zip(dir.resolve("p.key"), entries), 300, 480, 960);

    assertThat(images.get(0).getWidth()).isEqualTo(480);
  }

  @Test
  void theWebrtcDeckHasOneSavedThumbnailPerSlide() throws Exception {
    Path corpus = Path.of(System.getProperty("lectern.corpus", "../shared/corpus"));
    Path key = corpus.resolve("meetups/bj-nodejs-club-node-party/archieves/19th/webrtc开发快速指南 _lianxiang.key");
    assumeTrue(Files.exists(key), "webrtc deck not in the corpus; skipping");

    List<BufferedImage> images = thumbnails.render(key, 300, 480, 960);

    assertThat(images).hasSize(17).doesNotContainNull();
    assertThat(images).allMatch(image -> image.getWidth() == 480);
  }
}

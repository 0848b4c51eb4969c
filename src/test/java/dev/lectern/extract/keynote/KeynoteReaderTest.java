package dev.lectern.extract.keynote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.extract.keynote.IwaWriter.Message;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeynoteReaderTest {
  @TempDir Path dir;

  private final KeynoteReader reader = new KeynoteReader(KeynoteLimits.DEFAULTS);

  private static SampleKeynote threeSlides() {
    SampleKeynote deck = new SampleKeynote();
    deck.addSlide(deck.slide(deck.placeholder("Hello"), deck.placeholder("World\u2028again\uFFFC")), false, 3013);
    Message second = deck.slide(-1, -1, deck.group(deck.shape("Inside a group"), deck.group(deck.shape("Deeper"))));
    second.reference(27, deck.note("Say this aloud"));
    deck.addSlide(second, true, -1);
    // A title placeholder the slide hides: referenced in field 5 but not among the drawables.
    Message third = new Message().reference(5, deck.placeholder("Hidden title")).reference(7, deck.shape("Shown"));
    deck.addSlide(third, false, -1);
    return deck;
  }

  @Test
  void readsSlidesInShowOrderWithNotesSkipsGroupsAndThumbnails() throws Exception {
    Map<String, byte[]> entries = SampleKeynote.packageEntries(threeSlides().iwa());
    entries.put("Data/st-64AC59E9-8D1A-4EF0-82E6-E3D32BD4FD2E-3013.jpg", new byte[] {1, 2, 3});
    Path file = IwaWriter.zip(dir.resolve("talk.key"), entries);

    KeynoteDeck deck = reader.read(file);

    assertThat(deck.truncated()).isFalse();
    assertThat(deck.slides()).extracting(KeynoteSlide::text)
        .containsExactly("Hello\nWorld\nagain", "Inside a group\nDeeper", "Shown");
    assertThat(deck.slides()).extracting(KeynoteSlide::notes).containsExactly("", "Say this aloud", "");
    assertThat(deck.slides()).extracting(KeynoteSlide::skipped).containsExactly(false, true, false);
    assertThat(deck.slides().get(0).thumbnail()).isEqualTo("Data/st-64AC59E9-8D1A-4EF0-82E6-E3D32BD4FD2E-3013.jpg");
    assertThat(reader.thumbnail(file, deck.slides().get(0).thumbnail())).contains(new byte[] {1, 2, 3});
    assertThat(deck.slides().get(1).thumbnail()).isEmpty();
  }

  @Test
  void readsANestedIndexZipInsideAZippedPackageFolder() throws Exception {
    byte[] index = IwaWriter.zipBytes(SampleKeynote.packageEntries(threeSlides().iwa()));
    Map<String, byte[]> outer = IwaWriter.entries();
    outer.put("Presentation.key/Index.zip", index);
    outer.put("Presentation.key/Metadata/DocumentIdentifier", "x".getBytes());

    KeynoteDeck deck = reader.read(IwaWriter.zip(dir.resolve("zipped.key"), outer));

    assertThat(deck.slides()).extracting(KeynoteSlide::text).startsWith("Hello\nWorld\nagain");
  }

  @Test
  void readsAPackageFolder() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("Talk.key/Index"));
    Files.write(folder.resolve("Document.iwa"), threeSlides().iwa());

    KeynoteDeck deck = reader.read(dir.resolve("Talk.key"));

    assertThat(deck.slides()).hasSize(3);
    assertThat(KeynoteReader.isIwaPackage(dir.resolve("Talk.key"))).isTrue();
  }

  @Test
  void anIwaCutIntoSeveralSnappyChunksReadsAsOneStream() throws Exception {
    SampleKeynote deck = new SampleKeynote();
    deck.addSlide(deck.slide(deck.placeholder("One"), -1), false, -1);
    byte[] iwa = deck.iwa();
    // The same stream cut into two Snappy chunks.
    byte[] stream = IwaChunks.decompress(iwa, new ByteBudget(1 << 20));
    int half = stream.length / 2;
    byte[] chunked = concat(IwaWriter.chunk(IwaWriter.snappy(java.util.Arrays.copyOfRange(stream, 0, half))),
        IwaWriter.chunk(IwaWriter.snappy(java.util.Arrays.copyOfRange(stream, half, stream.length))));

    assertThat(IwaChunks.decompress(chunked, new ByteBudget(1 << 20))).isEqualTo(stream);
    Path file = IwaWriter.zip(dir.resolve("chunked.key"), SampleKeynote.packageEntries(chunked));
    assertThat(reader.read(file).slides()).extracting(KeynoteSlide::text).containsExactly("One");
  }

  @Test
  void theCharacterCapCutsTheDeckAndSaysSo() throws Exception {
    SampleKeynote deck = new SampleKeynote();
    for (int i = 0; i < 5; i++) {
      deck.addSlide(deck.slide(deck.placeholder("slide text " + i), -1), false, -1);
    }
    Path file = IwaWriter.zip(dir.resolve("long.key"), SampleKeynote.packageEntries(deck.iwa()));
    KeynoteLimits limits = new KeynoteLimits(100, 1 << 20, 1 << 20, 1000, 100, 30);

    KeynoteDeck read = new KeynoteReader(limits).read(file);

    assertThat(read.truncated()).isTrue();
    assertThat(read.slides()).hasSize(2);
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] joined = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, joined, a.length, b.length);
    return joined;
  }
}

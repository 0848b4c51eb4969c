package dev.lectern.extract.keynote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lectern.extract.keynote.IwaWriter.Message;
import dev.lectern.model.Extraction;
import dev.lectern.model.ExtractionStatus;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keynote packages built to hurt the reader: each is refused with a reason (a {@code failed}
 * extraction), never an exception, a hang or an unbounded allocation.
 */
class KeynoteHostileTest {
  @TempDir Path dir;

  private static final KeynoteLimits SMALL = new KeynoteLimits(1000, 1 << 20, 2 << 20, 10_000, 50, 1_000_000);

  private Path keyWith(String name, byte[] iwa) throws Exception {
    return IwaWriter.zip(dir.resolve(name), SampleKeynote.packageEntries(iwa));
  }

  private static String failure(Path file, KeynoteLimits limits) {
    Extraction extraction = new KeynoteExtraction(limits).extract(file);
    assertThat(extraction.status()).as(extraction.reason()).isEqualTo(ExtractionStatus.FAILED);
    assertThat(extraction.pages()).isEmpty();
    return extraction.reason();
  }

  private static byte[] validIwa() throws Exception {
    SampleKeynote deck = new SampleKeynote();
    deck.addSlide(deck.slide(deck.placeholder("Title"), deck.placeholder("Body")), false, -1);
    deck.addSlide(deck.slide(-1, -1, deck.shape("Second")), false, -1);
    return deck.iwa();
  }

  @Test
  void aTruncatedIwaFails() throws Exception {
    byte[] iwa = validIwa();
    assertThat(failure(keyWith("cut.key", Arrays.copyOf(iwa, iwa.length / 2)), SMALL))
        .contains("runs past the end of the .iwa");
  }

  @Test
  void aTruncatedZipFails() throws Exception {
    byte[] zip = Files.readAllBytes(keyWith("whole.key", validIwa()));
    Path cut = Files.write(dir.resolve("cut.key"), Arrays.copyOf(zip, zip.length - 30));
    assertThat(failure(cut, SMALL)).startsWith("Keynote: ");
  }

  @Test
  void somethingThatIsNotAPackageFails() throws Exception {
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);
    assertThat(failure(Files.write(dir.resolve("noise.key"), noise), SMALL)).contains("unreadable Keynote package");
    Path empty = IwaWriter.zip(dir.resolve("empty.key"), Map.of("readme.txt", new byte[] {'x'}));
    assertThat(failure(empty, SMALL)).contains("no Index/*.iwa");
  }

  @Test
  void aPayloadLengthBeyondTheStreamFails() throws Exception {
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    byte[] info = new Message().varint(1, 1).message(2, new Message().varint(1, 1).varint(3, 1L << 40)).toBytes();
    IwaWriter.writeVarint(stream, info.length);
    stream.writeBytes(info);
    stream.writeBytes(new byte[] {1, 2, 3});
    byte[] iwa = IwaWriter.chunk(IwaWriter.snappy(stream.toByteArray()));
    assertThat(failure(keyWith("huge-length.key", iwa), SMALL)).contains("declares a payload of");
  }

  @Test
  void aSnappyBlockDeclaringGigabytesFailsBeforeInflating() throws Exception {
    ByteArrayOutputStream block = new ByteArrayOutputStream();
    IwaWriter.writeVarint(block, 0xFFFF_FFFFL); // declared size: 4 GB
    block.write(0); // a one-byte literal
    block.write('x');
    byte[] iwa = IwaWriter.chunk(block.toByteArray());
    assertThat(failure(keyWith("snappy-bomb.key", iwa), SMALL)).contains("Snappy bomb");
  }

  @Test
  void aZipBombEntryFailsAtTheEntryCap() throws Exception {
    Map<String, byte[]> entries = SampleKeynote.packageEntries(validIwa());
    entries.put("Index/Slide-1.iwa", new byte[8 << 20]); // 8 MB of zeros deflates to a few KB
    Path bomb = IwaWriter.zip(dir.resolve("zip-bomb.key"), entries);
    assertThat(Files.size(bomb)).isLessThan(100_000);
    assertThat(failure(bomb, SMALL)).contains("is over 1 MB");
  }

  @Test
  void manyEntriesTogetherFailAtTheInflateBudget() throws Exception {
    Map<String, byte[]> entries = SampleKeynote.packageEntries(validIwa());
    for (int i = 0; i < 4; i++) {
      entries.put("Index/Slide-" + i + ".iwa", new byte[900 << 10]);
    }
    assertThat(failure(IwaWriter.zip(dir.resolve("budget.key"), entries), SMALL)).contains("inflates past 2 MB");
  }

  @Test
  void referenceCyclesEndTheWalkInsteadOfLooping() throws Exception {
    SampleKeynote deck = new SampleKeynote();
    // A group that contains itself, and a slide node that is its own child.
    long groupId = 5000;
    deck.addWithId(groupId, 3008, new Message().reference(2, groupId).reference(2, deck.shape("In the loop")));
    long nodeId = deck.addSlide(deck.slide(-1, -1, groupId), false, -1);
    deck.addWithId(6000, 4, new Message().reference(1, nodeId).reference(1, 6000).reference(2, 7000));
    deck.addWithId(7000, 5, deck.slide(-1, -1, groupId, groupId));
    deck.addSlide(deck.slide(-1, -1, deck.shape("After")), false, -1);
    Path file = keyWith("cycles.key", deck.iwa());

    KeynoteDeck read = new KeynoteReader(SMALL).read(file);

    assertThat(read.slides()).extracting(KeynoteSlide::text).containsExactly("In the loop", "After");
  }

  @Test
  void moreSlidesThanTheCapFail() throws Exception {
    SampleKeynote deck = new SampleKeynote();
    for (int i = 0; i < 51; i++) {
      deck.addSlide(deck.slide(-1, -1, deck.shape("s" + i)), false, -1);
    }
    assertThat(failure(keyWith("many.key", deck.iwa()), SMALL)).contains("more than 50 slides");
  }

  @Test
  void anOverlongVarintFails() throws Exception {
    byte[] stream = new byte[12];
    Arrays.fill(stream, (byte) 0xff);
    assertThat(failure(keyWith("varint.key", IwaWriter.chunk(IwaWriter.snappy(stream))), SMALL)).contains("varint");
  }

  @Test
  void randomDamageToARealDeckNeverEscapesAsAnException() throws Exception {
    byte[] stream = IwaChunks.decompress(validIwa(), new ByteBudget(1 << 20));
    Random random = new Random(42);
    int failed = 0;
    for (int round = 0; round < 300; round++) {
      byte[] damaged = stream.clone();
      for (int hits = 0; hits < 1 + random.nextInt(4); hits++) {
        damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
      }
      Path file = keyWith("damaged-" + round + ".key", IwaWriter.chunk(IwaWriter.snappy(damaged)));
      Extraction extraction = new KeynoteExtraction(SMALL).extract(file);
      assertThat(extraction.status()).isIn(ExtractionStatus.OK, ExtractionStatus.EMPTY, ExtractionStatus.FAILED);
      failed += extraction.status() == ExtractionStatus.FAILED ? 1 : 0;
      Files.delete(file);
    }
    assertThat(failed).as("damaged decks refused with a reason").isPositive();
  }
}

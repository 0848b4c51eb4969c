package dev.lectern.extract.keynote;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.commons.compress.compressors.snappy.SnappyCompressorInputStream;

/**
 * Undoes the framing of an {@code .iwa} file: a sequence of chunks, each a type byte 0, a 24-bit
 * little-endian length and a raw Snappy block (no stream header, no checksum). The Snappy block
 * declares its decompressed size up front; it is checked against what is left of the package's
 * budget before a byte is inflated, and the inflated bytes are counted again as they arrive.
 */
final class IwaChunks {
  private IwaChunks() {}

  /** The decompressed object stream of one {@code .iwa} file, charged to {@code budget}. */
  static byte[] decompress(byte[] iwa, ByteBudget budget) throws KeynoteFormatException {
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(iwa.length * 4L, 1 << 20));
    int position = 0;
    while (position < iwa.length) {
      if (iwa.length - position < 4) {
        throw new KeynoteFormatException("truncated chunk header in .iwa");
      }
      int type = iwa[position] & 0xff;
      if (type != 0) {
        throw new KeynoteFormatException("unknown .iwa chunk type " + type);
      }
      int length = (iwa[position + 1] & 0xff) | (iwa[position + 2] & 0xff) << 8 | (iwa[position + 3] & 0xff) << 16;
      position += 4;
      if (length > iwa.length - position) {
        throw new KeynoteFormatException("chunk of " + length + " bytes runs past the end of the .iwa");
      }
      inflate(iwa, position, length, budget, out);
      position += length;
    }
    return out.toByteArray();
  }

  private static void inflate(byte[] iwa, int offset, int length, ByteBudget budget, ByteArrayOutputStream out)
      throws KeynoteFormatException {
    try (SnappyCompressorInputStream snappy =
        new SnappyCompressorInputStream(new ByteArrayInputStream(iwa, offset, length))) {
      long declared = Integer.toUnsignedLong(snappy.getSize());
      budget.charge(declared);
      byte[] buffer = new byte[8192];
      long read = 0;
      for (int n = snappy.read(buffer); n > 0; n = snappy.read(buffer)) {
        read += n;
        if (read > declared) {
          throw new KeynoteFormatException("Snappy block inflates past its declared size");
        }
        out.write(buffer, 0, n);
      }
      if (read != declared) {
        throw new KeynoteFormatException("Snappy block ends after " + read + " of " + declared + " bytes");
      }
    } catch (KeynoteFormatException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new KeynoteFormatException("corrupt Snappy block: " + e.getMessage());
    }
  }
}

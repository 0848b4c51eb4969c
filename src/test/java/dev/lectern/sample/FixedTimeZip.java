package dev.lectern.sample;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A zip writer whose entries all carry one fixed timestamp, so that office files come out byte for
 * byte the same on every run. Times are set as local date-times, which keeps the time zone of the
 * machine running the generator out of the file.
 */
public final class FixedTimeZip implements AutoCloseable {

  private final ZipOutputStream zip;
  private final LocalDateTime time;

  public FixedTimeZip(OutputStream out, LocalDateTime time) {
    this.zip = new ZipOutputStream(out);
    this.time = time;
  }

  /** Re-packs a zip (such as a PPTX written by POI) in the same entry order with fixed times. */
  public static byte[] repack(byte[] zipBytes, LocalDateTime time) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes));
        FixedTimeZip zip = new FixedTimeZip(out, time)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        zip.deflated(entry.getName(), in.readAllBytes());
      }
    }
    return out.toByteArray();
  }

  /** Adds an entry without compression, as ODF requires for its leading {@code mimetype}. */
  public void stored(String name, byte[] content) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setMethod(ZipEntry.STORED);
    entry.setSize(content.length);
    entry.setCompressedSize(content.length);
    CRC32 crc = new CRC32();
    crc.update(content);
    entry.setCrc(crc.getValue());
    put(entry, content);
  }

  public void deflated(String name, byte[] content) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setMethod(ZipEntry.DEFLATED);
    put(entry, content);
  }

  private void put(ZipEntry entry, byte[] content) throws IOException {
    entry.setTimeLocal(time);
    zip.putNextEntry(entry);
    zip.write(content);
    zip.closeEntry();
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }
}

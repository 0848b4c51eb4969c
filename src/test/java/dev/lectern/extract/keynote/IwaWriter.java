package dev.lectern.extract.keynote;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.compressors.snappy.SnappyCompressorOutputStream;

/**
 * Writes Keynote-shaped packages for tests: protobuf messages by field number, objects framed as
 * in an {@code .iwa}, chunks compressed with raw Snappy, all zipped. Only the fields Lectern reads
 * are written, which is also what a hostile file would control.
 */
final class IwaWriter {
  private final ByteArrayOutputStream objects = new ByteArrayOutputStream();

  /** A protobuf message under construction. */
  static final class Message {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    Message varint(int field, long value) {
      key(field, 0);
      writeVarint(bytes, value);
      return this;
    }

    Message bytes(int field, byte[] value) {
      key(field, 2);
      writeVarint(bytes, value.length);
      bytes.writeBytes(value);
      return this;
    }

    Message string(int field, String value) {
      return bytes(field, value.getBytes(StandardCharsets.UTF_8));
    }

    Message message(int field, Message value) {
      return bytes(field, value.toBytes());
    }

    /** A {@code TSP.Reference}: a message whose field 1 is the object id. */
    Message reference(int field, long id) {
      return message(field, new Message().varint(1, id));
    }

    byte[] toBytes() {
      return bytes.toByteArray();
    }

    private void key(int field, int wireType) {
      writeVarint(bytes, (long) field << 3 | wireType);
    }
  }

  /** Adds one object: ArchiveInfo (id, one MessageInfo with type and length) and its payload. */
  IwaWriter object(long id, long type, Message payload) {
    byte[] body = payload.toBytes();
    Message info = new Message().varint(1, id).message(2, new Message().varint(1, type).varint(3, body.length));
    byte[] header = info.toBytes();
    writeVarint(objects, header.length);
    objects.writeBytes(header);
    objects.writeBytes(body);
    return this;
  }

  /** The uncompressed object stream. */
  byte[] stream() {
    return objects.toByteArray();
  }

  /** The {@code .iwa} bytes: the stream as one Snappy chunk. */
  byte[] iwa() throws IOException {
    return chunk(snappy(stream()));
  }

  static byte[] snappy(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (SnappyCompressorOutputStream snappy = new SnappyCompressorOutputStream(out, data.length)) {
      snappy.write(data);
    }
    return out.toByteArray();
  }

  /** A chunk header (type 0, 24-bit little-endian length) and the compressed block. */
  static byte[] chunk(byte[] block) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0);
    out.write(block.length & 0xff);
    out.write(block.length >>> 8 & 0xff);
    out.write(block.length >>> 16 & 0xff);
    out.writeBytes(block);
    return out.toByteArray();
  }

  static void writeVarint(OutputStream out, long value) {
    try {
      while ((value & ~0x7fL) != 0) {
        out.write((int) (value & 0x7f) | 0x80);
        value >>>= 7;
      }
      out.write((int) value);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] varint(long value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeVarint(out, value);
    return out.toByteArray();
  }

  /** A zip of the given entries, in order. */
  static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    }
    return file;
  }

  static byte[] zipBytes(Map<String, byte[]> entries) throws IOException {
    Path temp = Files.createTempFile("lectern-iwa", ".zip");
    try {
      return Files.readAllBytes(zip(temp, entries));
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  static Map<String, byte[]> entries() {
    return new LinkedHashMap<>();
  }
}

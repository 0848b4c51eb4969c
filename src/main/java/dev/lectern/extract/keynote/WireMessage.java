package dev.lectern.extract.keynote;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One protobuf message read by field number with no schema: varints and fixed-width numbers as
 * longs, length-delimited fields as views of the same bytes (sub-messages are parsed only when
 * asked for). Every length is checked against the bytes that are there, and the number of fields
 * is capped, so a hostile message costs at most a bounded scan.
 */
final class WireMessage {
  static final int MAX_FIELDS = 1 << 20;

  private static final int VARINT = 0;
  private static final int FIXED64 = 1;
  private static final int DELIMITED = 2;
  private static final int FIXED32 = 5;

  private final byte[] data;
  private final int[] numbers;
  private final long[] values; // the number itself, or (offset << 32 | length) for a delimited field
  private final boolean[] delimited;
  private final int count;

  private WireMessage(byte[] data, int[] numbers, long[] values, boolean[] delimited, int count) {
    this.data = data;
    this.numbers = numbers;
    this.values = values;
    this.delimited = delimited;
    this.count = count;
  }

  static WireMessage parse(byte[] data) throws KeynoteFormatException {
    return parse(data, 0, data.length);
  }

  static WireMessage parse(byte[] data, int offset, int length) throws KeynoteFormatException {
    if (offset < 0 || length < 0 || offset > data.length - length) {
      throw new KeynoteFormatException("message outside its buffer");
    }
    int capacity = Math.min(MAX_FIELDS, Math.max(4, length / 2));
    int[] numbers = new int[Math.min(capacity, 16)];
    long[] values = new long[numbers.length];
    boolean[] delimited = new boolean[numbers.length];
    int count = 0;
    Cursor in = new Cursor(data, offset, offset + length);
    while (in.hasMore()) {
      long key = in.varint();
      int number = (int) (key >>> 3);
      int wireType = (int) (key & 7);
      if (number < 1 || key >>> 3 > Integer.MAX_VALUE) {
        throw new KeynoteFormatException("bad field number in message");
      }
      if (count == MAX_FIELDS) {
        throw new KeynoteFormatException("message has more than " + MAX_FIELDS + " fields");
      }
      if (count == numbers.length) {
        int grown = Math.min(MAX_FIELDS, numbers.length * 2);
        numbers = java.util.Arrays.copyOf(numbers, grown);
        values = java.util.Arrays.copyOf(values, grown);
        delimited = java.util.Arrays.copyOf(delimited, grown);
      }
      numbers[count] = number;
      switch (wireType) {
        case VARINT -> values[count] = in.varint();
        case FIXED64 -> values[count] = in.fixed(8);
        case FIXED32 -> values[count] = in.fixed(4);
        case DELIMITED -> {
          int size = in.length();
          values[count] = ((long) in.position() << 32) | size;
          delimited[count] = true;
          in.skip(size);
        }
        default -> throw new KeynoteFormatException("unsupported wire type " + wireType);
      }
      count++;
    }
    return new WireMessage(data, numbers, values, delimited, count);
  }

  /** The last value of a numeric field, or {@code fallback} when it is absent. */
  long number(int field, long fallback) {
    for (int i = count - 1; i >= 0; i--) {
      if (numbers[i] == field && !delimited[i]) {
        return values[i];
      }
    }
    return fallback;
  }

  /** Every numeric value of a field, in order (packed repeated fields are not used by Keynote). */
  List<Long> numbers(int field) {
    List<Long> found = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      if (numbers[i] == field && !delimited[i]) {
        found.add(values[i]);
      }
    }
    return found;
  }

  /** Every occurrence of a length-delimited field, parsed as a message, in order. */
  List<WireMessage> messages(int field) throws KeynoteFormatException {
    List<WireMessage> found = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      if (numbers[i] == field && delimited[i]) {
        found.add(parse(data, (int) (values[i] >>> 32), (int) values[i]));
      }
    }
    return found;
  }

  /** The first occurrence of a message field, or null. */
  WireMessage message(int field) throws KeynoteFormatException {
    for (int i = 0; i < count; i++) {
      if (numbers[i] == field && delimited[i]) {
        return parse(data, (int) (values[i] >>> 32), (int) values[i]);
      }
    }
    return null;
  }

  /** Every occurrence of a string field, decoded as UTF-8, in order. */
  List<String> strings(int field) {
    List<String> found = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      if (numbers[i] == field && delimited[i]) {
        found.add(new String(data, (int) (values[i] >>> 32), (int) values[i], StandardCharsets.UTF_8));
      }
    }
    return found;
  }

  /**
   * The object ids of a {@code TSP.Reference} field ({@code identifier = 1}), in order: one for a
   * single reference, several for a repeated one.
   */
  List<Long> references(int field) throws KeynoteFormatException {
    List<Long> ids = new ArrayList<>();
    for (WireMessage reference : messages(field)) {
      long id = reference.number(1, -1);
      if (id >= 0) {
        ids.add(id);
      }
    }
    return ids;
  }

  /** The first reference of a field, or -1. */
  long reference(int field) throws KeynoteFormatException {
    List<Long> ids = references(field);
    return ids.isEmpty() ? -1 : ids.get(0);
  }

  /** A bounded reader over a byte range; every read past the end is a format error. */
  static final class Cursor {
    private final byte[] data;
    private final int end;
    private int position;

    Cursor(byte[] data, int start, int end) {
      this.data = data;
      this.position = start;
      this.end = end;
    }

    boolean hasMore() {
      return position < end;
    }

    int position() {
      return position;
    }

    long varint() throws KeynoteFormatException {
      long result = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        if (position >= end) {
          throw new KeynoteFormatException("truncated varint");
        }
        byte b = data[position++];
        result |= (long) (b & 0x7f) << shift;
        if (b >= 0) {
          return result;
        }
      }
      throw new KeynoteFormatException("varint longer than 10 bytes");
    }

    /** A varint that must be a length that fits in what is left. */
    int length() throws KeynoteFormatException {
      long size = varint();
      if (size < 0 || size > end - position) {
        throw new KeynoteFormatException("length " + size + " runs past the end (" + (end - position) + " bytes left)");
      }
      return (int) size;
    }

    long fixed(int width) throws KeynoteFormatException {
      if (end - position < width) {
        throw new KeynoteFormatException("truncated fixed-width field");
      }
      long result = 0;
      for (int i = 0; i < width; i++) {
        result |= (long) (data[position++] & 0xff) << (8 * i);
      }
      return result;
    }

    void skip(int bytes) throws KeynoteFormatException {
      if (bytes < 0 || bytes > end - position) {
        throw new KeynoteFormatException("skip runs past the end");
      }
      position += bytes;
    }
  }
}

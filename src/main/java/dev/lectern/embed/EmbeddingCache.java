package dev.lectern.embed;

import dev.lectern.io.AtomicWrite;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Slide vectors stored by the content hash of their file, like extracted text: one small binary
 * file per file at {@code <dir>/ab/abcdef….vec}. Each slide's vector is kept with a hash of the text
 * it was computed from, so a slide is re-embedded only when that text changed (a new title, say),
 * and an entry from another model or {@link #FORMAT} reads as a miss. A damaged entry is a miss too. A
 * slide stored without a vector (one with no words) reads back as null.
 */
public final class EmbeddingCache {
  /** Bump when the embedded text of a slide changes shape. */
  public static final int FORMAT = 2;
  private static final int MAGIC = 0x4c564543; // "LVEC"
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  private final Path directory;
  private final String model;

  public EmbeddingCache(Path directory, String model) {
    this.directory = Objects.requireNonNull(directory, "directory");
    this.model = Objects.requireNonNull(model, "model");
  }

  /** The cached vector of each input whose text is unchanged, null for the others. */
  public float[][] get(String fileSha, List<String> inputs) {
    float[][] found = new float[inputs.size()][];
    Path file = pathOf(fileSha);
    if (!Files.isRegularFile(file)) {
      return found;
    }
    try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
      if (in.readInt() != MAGIC || in.readInt() != FORMAT || !model.equals(in.readUTF())) {
        return found;
      }
      int dimensions = in.readInt();
      int count = in.readInt();
      for (int i = 0; i < count; i++) {
        long hash = in.readLong();
        if (!in.readBoolean()) {
          continue;
        }
        float[] vector = new float[dimensions];
        for (int d = 0; d < dimensions; d++) {
          vector[d] = in.readFloat();
        }
        if (i < inputs.size() && hash == hash(inputs.get(i))) {
          found[i] = vector;
        }
      }
      return found;
    } catch (IOException | RuntimeException e) {
      return new float[inputs.size()][];
    }
  }

  /** Stores every slide's vector atomically and durably: readers see the old entry or the new one. */
  public void put(String fileSha, List<String> inputs, List<float[]> vectors) throws IOException {
    Path file = pathOf(fileSha);
    int dimensions = vectors.stream().filter(Objects::nonNull).mapToInt(v -> v.length).findFirst().orElse(0);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + inputs.size() * (8 + 4 * dimensions));
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeInt(FORMAT);
      out.writeUTF(model);
      out.writeInt(dimensions);
      out.writeInt(inputs.size());
      for (int i = 0; i < inputs.size(); i++) {
        out.writeLong(hash(inputs.get(i)));
        float[] vector = vectors.get(i);
        out.writeBoolean(vector != null);
        if (vector != null) {
          for (float v : vector) {
            out.writeFloat(v);
          }
        }
      }
    }
    AtomicWrite.replace(file, fileSha.substring(0, 8), bytes::writeTo);
  }

  /** The first 64 bits of the text's SHA-256. */
  static long hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(digest).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  Path pathOf(String sha256) {
    if (sha256 == null || !SHA256.matcher(sha256).matches()) {
      // The hash becomes a path: anything but 64 hex digits could climb out of the directory.
      throw new IllegalArgumentException("sha256 must be 64 lowercase hex digits, was " + sha256);
    }
    return directory.resolve(sha256.substring(0, 2)).resolve(sha256 + ".vec");
  }
}

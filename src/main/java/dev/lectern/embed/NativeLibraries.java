package dev.lectern.embed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/**
 * Where ONNX Runtime and DJL's tokenizer find their native libraries. Left alone, ONNX Runtime
 * unpacks into a fresh /tmp/onnxruntime-java* per start and DJL into ~/.djl.ai; both are pointed at
 * a folder under the index instead, so everything Lectern writes stays in its index folder.
 */
public final class NativeLibraries {
  static final String ORT_VERSION = "1.20.0";
  private static final String ORT_PATH = "onnxruntime.native.path";

  private final Path folder;

  public NativeLibraries(Path folder) {
    this.folder = folder.toAbsolutePath().normalize();
  }

  public Path folder() {
    return folder;
  }

  /**
   * Unpacks ONNX Runtime's libraries (once per version) and sets the system properties both
   * libraries read at first use. Must run before the first model is loaded.
   */
  public void prepare() {
    Path ort = folder.resolve("onnxruntime-" + ORT_VERSION + "-" + ortPlatform());
    Path djl = folder.resolve("djl");
    try {
      Files.createDirectories(ort);
      Files.createDirectories(djl);
      Path probe = Files.createTempFile(folder, ".probe", ".tmp");
      Files.delete(probe);
    } catch (IOException | SecurityException e) {
      throw new IllegalStateException("embeddings need a writable folder for their native libraries, and "
          + folder + " is not writable (" + e.getMessage() + "); fix its permissions, choose another --index, "
          + "or run with --no-embeddings", e);
    }
    for (String library : List.of("onnxruntime", "onnxruntime4j_jni")) {
      unpack("ai/onnxruntime/native/" + ortPlatform() + "/" + System.mapLibraryName(library), ort);
    }
    System.setProperty(ORT_PATH, ort.toString());
    // A CPU build ships no provider library; without this ORT looks for one in the folder and fails.
    System.setProperty("onnxruntime.native.onnxruntime_providers_shared.skip", "true");
    System.setProperty("ENGINE_CACHE_DIR", djl.toString());
    System.setProperty("DJL_CACHE_DIR", djl.toString());
    System.setProperty("ai.djl.offline", "true");
  }

  private static void unpack(String resource, Path folder) {
    Path target = folder.resolve(resource.substring(resource.lastIndexOf('/') + 1));
    try (InputStream in = NativeLibraries.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no ONNX Runtime library for this platform (" + resource
            + " is not in the jar); run with --no-embeddings");
      }
      if (Files.isRegularFile(target)) {
        return; // unpacked by an earlier start: the folder name carries the version
      }
      Path temp = Files.createTempFile(folder, ".unpack", ".tmp");
      Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack " + resource + " into " + folder + ": " + e.getMessage(), e);
    }
  }

  /** ONNX Runtime's name for this OS and CPU, as its jar lays out the libraries. */
  static String ortPlatform() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    String cpu = arch.equals("amd64") || arch.equals("x86_64") ? "x64" : arch.equals("aarch64") ? "aarch64" : arch;
    String system = os.contains("mac") || os.contains("darwin") ? "osx" : os.contains("linux") ? "linux" : os;
    return system + "-" + cpu;
  }
}

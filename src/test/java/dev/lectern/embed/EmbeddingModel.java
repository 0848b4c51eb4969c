package dev.lectern.embed;

import java.nio.file.Path;

/** The one real model the tests share: loading it takes a second or two and ~250 MB. */
public final class EmbeddingModel {
  private static SlideEncoder encoder;
  private static Path nativeFolder;

  private EmbeddingModel() {}

  /** Native libraries unpack once per JVM, into the first folder asked for. */
  public static synchronized SlideEncoder shared() {
    if (encoder == null) {
      nativeFolder = Path.of("target", "test-native").toAbsolutePath();
      new NativeLibraries(nativeFolder).prepare();
      encoder = SlideEncoder.load(2, SlideEncoder.DEFAULT_MAX_TOKENS);
    }
    return encoder;
  }

  public static synchronized Path nativeFolder() {
    shared();
    return nativeFolder;
  }
}

package dev.lectern.embed;

import java.util.function.Supplier;

/**
 * The one model a process loads, on first use (1-2 s and ~250 MB), shared by the embedding pass
 * and query embedding. Native libraries are prepared just before the load.
 */
public final class SharedEncoder implements Supplier<SlideEncoder>, AutoCloseable {
  private final NativeLibraries natives;
  private final int threads;
  private final int maxTokens;
  private SlideEncoder encoder;

  public SharedEncoder(NativeLibraries natives, int threads, int maxTokens) {
    this.natives = natives;
    this.threads = threads;
    this.maxTokens = maxTokens;
  }

  @Override
  public synchronized SlideEncoder get() {
    if (encoder == null) {
      natives.prepare();
      encoder = SlideEncoder.load(threads, maxTokens);
    }
    return encoder;
  }

  public synchronized boolean loaded() {
    return encoder != null;
  }

  @Override
  public synchronized void close() {
    if (encoder != null) {
      encoder.close();
      encoder = null;
    }
  }
}

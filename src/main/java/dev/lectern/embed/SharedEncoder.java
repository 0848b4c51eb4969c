package dev.lectern.embed;

import java.util.function.Supplier;

/**
 * The one model a process loads, on first use (1-2 s and ~250 MB), shared by the embedding pass
 * and query embedding. Native libraries are prepared just before the load. {@link #loaded} never
 * waits for a load in progress: a search asking it answers by words meanwhile.
 */
public final class SharedEncoder implements Supplier<SlideEncoder>, AutoCloseable {
  private final NativeLibraries natives;
  private final int workers;
  private final int maxTokens;
  private final Runnable beforeLoad;
  private volatile SlideEncoder encoder;
  private RuntimeException failure;

  public SharedEncoder(NativeLibraries natives, int workers, int maxTokens) {
    this(natives, workers, maxTokens, () -> {});
  }

  /** {@code beforeLoad} runs on the loading thread just before the model loads (tests hold the load there). */
  public SharedEncoder(NativeLibraries natives, int workers, int maxTokens, Runnable beforeLoad) {
    this.natives = natives;
    this.workers = workers;
    this.maxTokens = maxTokens;
    this.beforeLoad = beforeLoad;
  }

  /** The model, loaded on the first call; a load that failed is not tried again (it fails the same way). */
  @Override
  public synchronized SlideEncoder get() {
    if (failure != null) {
      throw failure;
    }
    if (encoder == null) {
      try {
        beforeLoad.run();
        natives.prepare();
        encoder = SlideEncoder.load(workers, maxTokens);
      } catch (RuntimeException | LinkageError e) {
        failure = e instanceof RuntimeException r ? r
            : new IllegalStateException("cannot load ONNX Runtime: " + e.getMessage(), e);
        throw failure;
      }
    }
    return encoder;
  }

  public boolean loaded() {
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

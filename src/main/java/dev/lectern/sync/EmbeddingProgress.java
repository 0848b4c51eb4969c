package dev.lectern.sync;

/** Hears how far the embedding pass is; called from its thread. */
public interface EmbeddingProgress {
  EmbeddingProgress NONE = new EmbeddingProgress() {};

  /** A pass starts with {@code slides} slides of {@code talks} talks to bring up to date. */
  default void started(int talks, int slides) {}

  /** {@code done} of the pass's slides have vectors now. */
  default void progress(int done, int slides) {}

  default void finished(EmbeddingSummary summary) {}

  /** The pass stopped on an error; slides embedded before it keep their vectors. */
  default void failed(Throwable error) {}
}

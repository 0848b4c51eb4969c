package dev.lectern.sync;

import dev.lectern.embed.EmbeddingCache;
import dev.lectern.embed.NativeLibraries;
import dev.lectern.embed.SharedEncoder;
import dev.lectern.embed.SlideEncoder;
import dev.lectern.index.QueryVectors;
import dev.lectern.index.SemanticSearch;
import dev.lectern.index.SlideIndex;
import dev.lectern.index.TextEmbedder;
import dev.lectern.extract.ExtractionCache;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * Embeddings as one process uses them: the model (loaded once, on first need), the pass that
 * embeds the index's slides, and the meaning side of search.
 */
public final class Embeddings implements AutoCloseable {
  private final SharedEncoder encoder;
  private final EmbeddingPass pass;

  /**
   * {@code workers}: slides embedded at once, one per core; {@code beforeModelLoad} runs just before
   * the model loads (tests hold the load there).
   */
  public Embeddings(Path nativeFolder, Path cacheFolder, SlideIndex index, ExtractionCache extractions,
      IntSupplier textPending, int workers, Runnable beforeModelLoad) {
    this.encoder = new SharedEncoder(new NativeLibraries(nativeFolder), workers, SlideEncoder.DEFAULT_MAX_TOKENS,
        beforeModelLoad);
    String version = SlideEncoder.version(SlideEncoder.DEFAULT_MAX_TOKENS);
    this.pass = new EmbeddingPass(index, extractions, new EmbeddingCache(cacheFolder, version), encoder,
        textPending, version);
  }

  public EmbeddingPass pass() {
    return pass;
  }

  /**
   * Search by meaning. With {@code waitForModel} a search loads the model if needed (the command
   * line); without it, searches answer by words alone until {@link #warmUp} has loaded it (a server).
   */
  public SemanticSearch search(boolean waitForModel) {
    return search(waitForModel, SemanticSearch.defaultWeight());
  }

  /** As above, with the meaning ranking weighted {@code semanticWeight} in the fusion (the words' is 1). */
  public SemanticSearch search(boolean waitForModel, float semanticWeight) {
    return new SemanticSearch(new QueryVectors(new TextEmbedder() {
      @Override
      public List<float[]> embedAll(List<String> texts) {
        return encoder.get().embedAll(texts);
      }

      @Override
      public boolean ready() {
        return waitForModel || encoder.loaded();
      }
    }), semanticWeight);
  }

  /** Loads the model now (it takes a second or two); fails with a clear message when it cannot. */
  public void warmUp() {
    encoder.get();
  }

  @Override
  public void close() {
    pass.stop();
    encoder.close();
  }
}

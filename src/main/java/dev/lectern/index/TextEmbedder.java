package dev.lectern.index;

import java.util.List;

/** The embedding model as search sees it: unit-length vectors for texts, in order. */
public interface TextEmbedder {
  List<float[]> embedAll(List<String> texts);

  /** Whether the model answers without first being loaded; a search does not wait for a load. */
  default boolean ready() {
    return true;
  }
}

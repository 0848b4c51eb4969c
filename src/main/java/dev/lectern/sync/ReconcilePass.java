package dev.lectern.sync;

/**
 * The kinds of work one reconciliation does per file. Text comes first and makes a talk searchable;
 * the others enrich it afterwards, and each reports what it has left through
 * {@link ReconcileListener#remaining}, which is what {@code /health} shows per pass.
 */
public enum ReconcilePass {
  /** Extracting and indexing text: until it is done, the talk is not (or not newly) searchable. */
  TEXT,
  /** Drawing page images. */
  IMAGES,
  /** Reading text from page images with OCR. */
  OCR,
  /** Computing embeddings for semantic search. */
  EMBEDDINGS;

  /** The pass's name in {@code /health}'s {@code passes}: text, images, ocr, embeddings. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The name {@code /health} gives the count: pendingText, pendingImages, … */
  public String healthName() {
    String name = name();
    return "pending" + name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
  }
}

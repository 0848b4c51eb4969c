package dev.lectern.model;

/**
 * What a file says about itself. Every field may be empty; {@code pageCount} is what the format
 * declares (0 when it declares nothing), which can differ from the pages actually extracted.
 */
public record DocumentMetadata(
    String title, String author, String created, String modified, int pageCount, String mediaType,
    String language) {

  public static final DocumentMetadata NONE = new DocumentMetadata("", "", "", "", 0, "", "");

  public DocumentMetadata {
    title = title == null ? "" : title.strip();
    author = author == null ? "" : author.strip();
    created = created == null ? "" : created;
    modified = modified == null ? "" : modified;
    mediaType = mediaType == null ? "" : mediaType;
    language = language == null ? "" : language;
  }
}

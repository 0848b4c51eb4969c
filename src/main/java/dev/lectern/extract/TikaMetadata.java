package dev.lectern.extract;

import dev.lectern.model.DocumentMetadata;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.Property;
import org.apache.tika.metadata.TikaCoreProperties;

/** Translates Tika's metadata keys into Lectern's {@link DocumentMetadata}; nothing Tika leaks out. */
final class TikaMetadata {
  private TikaMetadata() {}

  static DocumentMetadata toDocumentMetadata(Metadata metadata, String mediaType) {
    return new DocumentMetadata(
        first(metadata, TikaCoreProperties.TITLE),
        firstOf(metadata, TikaCoreProperties.CREATOR, Office.AUTHOR),
        first(metadata, TikaCoreProperties.CREATED),
        first(metadata, TikaCoreProperties.MODIFIED),
        declaredPageCount(metadata),
        mediaType,
        first(metadata, TikaCoreProperties.LANGUAGE));
  }

  private static int declaredPageCount(Metadata metadata) {
    for (Property property : new Property[] {PagedText.N_PAGES, Office.PAGE_COUNT, Office.SLIDE_COUNT}) {
      String value = metadata.get(property);
      if (value != null) {
        try {
          return Math.max(0, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
          // Some producers write junk here; the next key may still be usable.
        }
      }
    }
    return 0;
  }

  private static String firstOf(Metadata metadata, Property... properties) {
    for (Property property : properties) {
      String value = first(metadata, property);
      if (!value.isBlank()) {
        return value;
      }
    }
    return "";
  }

  private static String first(Metadata metadata, Property property) {
    String[] values = metadata.getValues(property);
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return "";
  }
}

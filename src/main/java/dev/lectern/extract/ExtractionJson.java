package dev.lectern.extract;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one JSON mapping of {@link dev.lectern.model.Extraction}, shared by the on-disk cache and the
 * child-process protocol, so a cached extraction and a piped one are the same bytes.
 */
final class ExtractionJson {
  private ExtractionJson() {}

  static ObjectMapper mapper() {
    return new ObjectMapper()
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
        // Callers own their streams: the cache forces its channel, the worker keeps stdout open.
        .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
  }
}

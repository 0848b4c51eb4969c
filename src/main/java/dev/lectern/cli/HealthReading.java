package dev.lectern.cli;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One answer of a server's {@code /health}, as {@code lectern wait} reads it: the state, what each
 * pass has left, and a problem the server reports (null when there is none).
 */
record HealthReading(String state, int talks, int pages, int pendingText, int pendingImages, int pendingOcr,
    int pendingEmbeddings, String problem) {

  static HealthReading of(JsonNode body) {
    return new HealthReading(body.path("state").asText("unknown"), body.path("talks").asInt(),
        body.path("pages").asInt(), body.path("pendingText").asInt(body.path("pending").asInt()),
        body.path("pendingImages").asInt(), body.path("pendingOcr").asInt(), body.path("pendingEmbeddings").asInt(),
        body.path("status").asText().equals("degraded") ? body.path("problem").asText("degraded") : null);
  }

  boolean ready() {
    return state.equals("ready");
  }

  /** Every talk's text is in the index: enrichment may still be running. */
  boolean searchable() {
    return ready() || state.equals("enriching");
  }

  /** One line for the terminal. */
  String describe() {
    return switch (state) {
      case "starting" -> "starting: counting the archive";
      case "indexing" -> "indexing: text of " + pendingText + " file(s) left";
      case "enriching" -> "enriching: text searchable; " + enrichmentLeft();
      case "ready" -> "ready: " + talks + " talk(s), " + pages + " page(s)";
      default -> "state " + state;
    };
  }

  private String enrichmentLeft() {
    StringBuilder left = new StringBuilder();
    append(left, "page images", pendingImages);
    append(left, "OCR", pendingOcr);
    append(left, "embeddings", pendingEmbeddings);
    return left.isEmpty() ? "finishing" : left + " to go";
  }

  private static void append(StringBuilder left, String pass, int count) {
    if (count > 0) {
      left.append(left.isEmpty() ? "" : ", ").append(pass).append(' ').append(count);
    }
  }
}

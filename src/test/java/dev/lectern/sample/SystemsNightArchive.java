package dev.lectern.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Four small English decks of one meetup, for the embedding tests: a Chinese question about
 * transaction isolation shares no word with its English talk, and two talks are about GPU kernels.
 */
public final class SystemsNightArchive {
  public static final String MEETUP = "2024-05-01-systems-night";
  public static final String TRANSACTIONS = MEETUP + "-01-transactions";
  public static final String CUDA = MEETUP + "-02-cuda-kernels";
  public static final String METAL = MEETUP + "-04-apple-gpus";
  /** Finds {@link #TRANSACTIONS} by meaning only: no word in common with the deck. */
  public static final String CHINESE_QUESTION = "数据库事务的隔离级别";

  private SystemsNightArchive() {}

  /** Writes the four decks under {@code root}/archive; returns the archive folder. */
  public static Path write(Path root) throws IOException {
    Path meetup = Files.createDirectories(root.resolve("archive").resolve(MEETUP));
    deck(meetup, "01-transactions", "Database transactions", """
        # Two-phase commit
        - Every node commits or every node rolls back
        # Snapshot isolation
        - Each transaction reads a consistent version of the data as of its start
        """);
    deck(meetup, "02-cuda-kernels", "Writing fast CUDA kernels", """
        # Tiling
        - Matrix multiplication through shared memory
        # Occupancy
        - Warp shuffles, occupancy and register pressure
        """);
    deck(meetup, "03-welcome", "Welcome to the meetup", """
        # Thanks to our sponsors
        - Pizza and drinks after the talks
        """);
    deck(meetup, "04-apple-gpus", "GPU programming on a MacBook", """
        # Metal kernels
        - Each GPU thread computes one element of the output
        # Threadgroups
        - Threads of a group cooperate through fast on-chip storage
        """);
    return meetup.getParent();
  }

  public static void deck(Path meetup, String folder, String title, String outline) throws IOException {
    Path dir = Files.createDirectories(meetup.resolve(folder));
    new PdfDeckWriter().write(SampleDeck.fromOutline(title, "Ada Lovelace", outline),
        dir.resolve(folder.substring(3) + ".pdf"));
  }

  /** The talk ids of a search answer's hits, in rank order. */
  public static java.util.List<String> hitIds(com.fasterxml.jackson.databind.JsonNode result) {
    java.util.List<String> ids = new java.util.ArrayList<>();
    result.get("hits").forEach(hit -> ids.add(hit.get("talk").get("id").asText()));
    return ids;
  }
}

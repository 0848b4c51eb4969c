package dev.lectern.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where Lectern reads and writes and where it listens, resolved once from flags, then environment
 * variables, then defaults. The index folder holds the Lucene index, the extraction cache and the
 * organizers' token file: everything derived, nothing that belongs in the archive.
 */
public record LecternConfig(Path archive, Path index, String host, int port) {
  public static final String DEFAULT_ARCHIVE = "ingest";
  public static final String DEFAULT_INDEX = "index";
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 7070;

  public LecternConfig {
    if (port < 0 || port > 65535) {
      throw new UsageException("--port must be between 0 and 65535, was " + port);
    }
  }

  public static LecternConfig from(Arguments args, Map<String, String> env) {
    String port = args.option("port", env, "LECTERN_PORT", Integer.toString(DEFAULT_PORT));
    int parsedPort;
    try {
      parsedPort = Integer.parseInt(port.strip());
    } catch (NumberFormatException e) {
      throw new UsageException("--port must be a number, was '" + port + "'");
    }
    return new LecternConfig(
        Path.of(args.option("archive", env, "LECTERN_ARCHIVE", DEFAULT_ARCHIVE)).toAbsolutePath().normalize(),
        Path.of(args.option("index", env, "LECTERN_INDEX", DEFAULT_INDEX)).toAbsolutePath().normalize(),
        args.option("host", env, "LECTERN_HOST", DEFAULT_HOST),
        parsedPort);
  }

  public Path luceneDir() {
    return index.resolve("lucene");
  }

  public Path extractionCacheDir() {
    return index.resolve("extracted");
  }

  /** Where uploads are spooled while they arrive; emptied at every start. */
  public Path uploadSpoolDir() {
    return index.resolve("upload-tmp");
  }

  /** Page images, by content hash; derived like the rest of the index folder. */
  public Path thumbnailDir() {
    return index.resolve("thumbnails");
  }
}

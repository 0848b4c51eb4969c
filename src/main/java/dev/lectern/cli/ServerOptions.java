package dev.lectern.cli;

import picocli.CommandLine.Option;

/** Where and how {@code serve} listens, and what it accepts from organizers. */
public final class ServerOptions {
  @Option(names = "--port", paramLabel = "N", defaultValue = "${env:LECTERN_PORT:-7070}",
      description = "port to listen on (default ${DEFAULT-VALUE}, env LECTERN_PORT; 0 picks a free one)")
  private String port;

  @Option(names = "--host", paramLabel = "ADDR", defaultValue = "${env:LECTERN_HOST:-127.0.0.1}",
      description = "address to listen on (default ${DEFAULT-VALUE}, env LECTERN_HOST)")
  private String host;

  @Option(names = "--private", description = "require an organizer login for reading too")
  private boolean privateMode;

  @Option(names = "--read-only", description = "publish the archive: refuse every upload, edit and delete (405)")
  private boolean readOnly;

  @Option(names = "--log-requests", description = "log each request (never /health) as a 'request' event on stderr")
  private boolean logRequests;

  @Option(names = "--max-upload-mb", paramLabel = "N", defaultValue = "200",
      description = "largest accepted upload file (default ${DEFAULT-VALUE}; a request may be twice that)")
  private String maxUploadMb;

  /** Hidden: serve the index as it is, without reconciling or watching the archive (benchmarks). */
  @Option(names = "--no-reconcile", hidden = true)
  private boolean noReconcile;

  public ServerSettings settings() {
    return new ServerSettings(host, port(), privateMode, maxUploadMb(), !noReconcile, readOnly, logRequests);
  }

  private int port() {
    int parsed;
    try {
      parsed = Integer.parseInt(port.strip());
    } catch (NumberFormatException e) {
      throw new UsageException("--port must be a number, was '" + port + "'");
    }
    if (parsed < 0 || parsed > 65535) {
      throw new UsageException("--port must be between 0 and 65535, was " + parsed);
    }
    return parsed;
  }

  private int maxUploadMb() {
    try {
      int parsed = Integer.parseInt(maxUploadMb.strip());
      if (parsed > 0) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException("--max-upload-mb must be a positive number of megabytes, was '" + maxUploadMb + "'");
  }
}

package dev.lectern.cli;

import picocli.CommandLine.Option;

/** {@code --log-json}: operational events on stderr as JSON lines instead of key=value lines. */
public final class LogOptions {
  /** Read before parsing too: library logging is routed before anything else runs. */
  public static final String LOG_JSON = "--log-json";

  @Option(names = LOG_JSON, description = "write events (requests, extractions) to stderr as JSON lines, not key=value")
  private boolean json;

  public boolean json() {
    return json;
  }
}

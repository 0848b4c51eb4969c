package dev.lectern.cli;

/**
 * The server's settings once read: where it listens, whether reading needs a login, the largest
 * upload file, whether it reconciles and watches the archive (off only for benchmarks), whether it
 * refuses every write, and whether it logs each request.
 */
public record ServerSettings(String host, int port, boolean privateMode, int maxUploadMb, boolean reconcile,
    boolean readOnly, boolean logRequests) {
  /** How the address is shown in a URL: the wildcard as localhost, IPv6 in brackets. */
  public String displayHost() {
    return host.equals("0.0.0.0") ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
  }
}

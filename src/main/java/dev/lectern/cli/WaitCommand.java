package dev.lectern.cli;

import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "wait", header = "wait until a running server is ready (for scripts and deployments)",
    description = {"Asks a running server's /health until its state is 'ready': every talk searchable and its page"
        + " images (and other enrichment) done. Prints progress as the state changes.",
        "", "Exit codes: 0 ready; 1 the server answered but was not ready before the timeout, or reports a failed"
        + " indexing pass; 2 wrong options; 3 no Lectern server answered."},
    footer = {"", "Example: ./lectern serve & ./lectern wait && curl -s 'http://127.0.0.1:7070/api/search?q=llm'"})
final class WaitCommand implements Callable<Integer> {
  static final int UNREACHABLE = 3;
  private static final Duration LONGEST_POLL = Duration.ofSeconds(1);

  private final CommandContext context;

  @Option(names = "--url", paramLabel = "URL",
      description = "the server's address, e.g. http://talks.example.org/ (default: http://HOST:PORT/)")
  private String url;

  @Option(names = "--host", paramLabel = "ADDR", defaultValue = "${env:LECTERN_HOST:-127.0.0.1}",
      description = "the server's address when --url is not given (default ${DEFAULT-VALUE}, env LECTERN_HOST)")
  private String host;

  @Option(names = "--port", paramLabel = "N", defaultValue = "${env:LECTERN_PORT:-7070}",
      description = "the server's port when --url is not given (default ${DEFAULT-VALUE}, env LECTERN_PORT)")
  private String port;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "600",
      description = "give up after this many seconds (default ${DEFAULT-VALUE})")
  private long timeoutSeconds;

  @Option(names = "--searchable",
      description = "return as soon as every talk's text is searchable (state 'enriching' or 'ready')")
  private boolean searchable;

  @Option(names = {"-q", "--quiet"}, description = "print nothing but errors")
  private boolean quiet;

  WaitCommand(CommandContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws InterruptedException {
    if (timeoutSeconds < 0) {
      throw new UsageException("--timeout must be 0 or more seconds, was " + timeoutSeconds);
    }
    try (HealthProbe probe = new HealthProbe(base())) {
      return new Watch(probe, quiet ? new PrintStream(java.io.OutputStream.nullOutputStream()) : context.out()).until(
          Duration.ofSeconds(timeoutSeconds));
    }
  }

  private URI base() {
    String address = url != null ? url : "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/";
    try {
      URI uri = new URI(address.strip());
      if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
        throw new UsageException("--url must be an http(s) address such as http://127.0.0.1:7070/, was '"
            + address + "'");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new UsageException("--url is not an address: " + e.getMessage());
    }
  }

  private int port() {
    try {
      int parsed = Integer.parseInt(port.strip());
      if (parsed > 0 && parsed <= 65535) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException("--port must be a number between 1 and 65535, was '" + port + "'");
  }

  /** One wait: polls, prints each change of state, and decides the exit code. */
  private final class Watch {
    private final HealthProbe probe;
    private final PrintStream progress;
    private HealthReading last;
    private String lastPrinted = "";
    private String lastState = "";
    private long lastPrintNanos;
    private String miss;
    private String lastProblem;

    Watch(HealthProbe probe, PrintStream progress) {
      this.probe = probe;
      this.progress = progress;
    }

    int until(Duration timeout) throws InterruptedException {
      long deadline = System.nanoTime() + timeout.toNanos();
      Duration pause = Duration.ofMillis(100);
      while (true) {
        Duration left = Duration.ofNanos(Math.max(deadline - System.nanoTime(), 0));
        try {
          HealthReading reading = probe.read(clamp(left, Duration.ofSeconds(1), Duration.ofSeconds(10)));
          miss = null;
          last = reading;
          report(reading);
          // A failed pass leaves the state where it was until the archive changes: waiting longer changes nothing.
          if (reading.problem() != null && (reading.ready() || reading.state().equals("starting"))) {
            context.err().println("lectern: the server at " + probe.uri() + " reports a problem: " + reading.problem());
            return 1;
          }
          if (searchable ? reading.searchable() : reading.ready()) {
            return 0;
          }
        } catch (HealthProbe.Unanswered e) {
          if (!e.getMessage().equals(miss)) {
            progress.println("waiting for " + probe.uri() + ": " + e.getMessage());
          }
          miss = e.getMessage();
        }
        if (System.nanoTime() >= deadline) {
          return timedOut(timeout);
        }
        Thread.sleep(clamp(Duration.ofNanos(deadline - System.nanoTime()), Duration.ZERO, pause).toMillis());
        pause = clamp(pause.multipliedBy(2), Duration.ZERO, LONGEST_POLL);
      }
    }

    /** A new state is printed at once; new counts within a state at most every five seconds. */
    private void report(HealthReading reading) {
      String line = reading.describe();
      boolean newState = !reading.state().equals(lastState);
      if (newState || !line.equals(lastPrinted) && System.nanoTime() - lastPrintNanos > 5_000_000_000L) {
        progress.println(line);
        lastPrinted = line;
        lastState = reading.state();
        lastPrintNanos = System.nanoTime();
      }
      if (reading.problem() != null && !reading.problem().equals(lastProblem)) {
        progress.println("the server reports a problem: " + reading.problem());
      }
      lastProblem = reading.problem();
    }

    private int timedOut(Duration timeout) {
      if (last == null || miss != null) {
        context.err().println("lectern: no Lectern server answered at " + probe.uri() + " within "
            + timeout.toSeconds() + " s (" + (miss == null ? "no answer" : miss) + "); is 'lectern serve' running?");
        return UNREACHABLE;
      }
      context.err().println("lectern: the server at " + probe.uri() + " was not " + (searchable ? "searchable" : "ready")
          + " within " + timeout.toSeconds() + " s; last: " + last.describe());
      return 1;
    }
  }

  private static Duration clamp(Duration value, Duration min, Duration max) {
    return value.compareTo(min) < 0 ? min : value.compareTo(max) > 0 ? max : value;
  }
}

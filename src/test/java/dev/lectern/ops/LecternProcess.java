package dev.lectern.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * The real {@code target/lectern.jar} in its own process, run with this JDK, its output collected
 * line by line so a test can wait for "Lectern is serving … at http://host:port/" and "ready:".
 */
final class LecternProcess implements AutoCloseable {
  private static final Pattern SERVING = Pattern.compile("at http://[^:]+:(\\d+)/");

  private final Process process;
  private final Path stdoutFile;
  private final Path stderrFile;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();

  private LecternProcess(Process process, Path stdoutFile, Path stderrFile) {
    this.process = process;
    this.stdoutFile = stdoutFile;
    this.stderrFile = stderrFile;
  }

  static Path jar() {
    String jar = System.getProperty("lectern.jar", "target/lectern.jar");
    Assumptions.assumeTrue(Files.isRegularFile(Path.of(jar)), "lectern.jar not built at " + jar + "; skipping");
    return Path.of(jar).toAbsolutePath();
  }

  static LecternProcess start(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
        "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED", "-jar", jar().toString()));
    command.addAll(List.of(args));
    // Output goes to files, not pipes: Process.destroy() closes its pipes, and what a stopping
    // server prints after SIGTERM is part of what the tests check.
    Path out = Files.createTempFile("lectern-stdout", ".txt");
    Path err = Files.createTempFile("lectern-stderr", ".txt");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    return new LecternProcess(process, out, err);
  }

  /** As a user runs it: the {@code lectern} launcher script in {@code root}, with this JDK as JAVA_HOME. */
  static LecternProcess viaLauncher(Path root, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(root.resolve("lectern").toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("lectern-stdout", ".txt");
    Path err = Files.createTempFile("lectern-stderr", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    return new LecternProcess(builder.start(), out, err);
  }

  /**
   * A server without embeddings: these tests are about serving and indexing, and embedding a corpus
   * in the background would take the cores they are timed against. {@link #serveWithEmbeddings} has them.
   */
  static LecternProcess serve(Path archive, Path index, String... extra) throws IOException {
    List<String> args = new ArrayList<>(List.of(extra));
    args.add("--no-embeddings");
    return serveWithEmbeddings(archive, index, args.toArray(String[]::new));
  }

  static LecternProcess serveWithEmbeddings(Path archive, Path index, String... extra) throws IOException {
    List<String> args = new ArrayList<>(List.of("serve", "--archive", archive.toString(), "--index",
        index.toString(), "--port", "0"));
    args.addAll(List.of(extra));
    return start(args.toArray(String[]::new));
  }

  /** Waits for a line of stdout to match; fails with everything the process said. */
  String awaitLine(Predicate<String> wanted, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      for (String line : stdout()) {
        if (wanted.test(line)) {
          return line;
        }
      }
      if (!process.isAlive() && process.exitValue() >= 0) {
        for (String line : stdout()) {
          if (wanted.test(line)) {
            return line;
          }
        }
        throw new AssertionError("lectern exited " + process.exitValue() + " first; " + output());
      }
      Thread.sleep(100);
    }
    throw new AssertionError("timed out after " + timeout + "; " + output());
  }

  int awaitServing() throws InterruptedException {
    String line = awaitLine(l -> l.startsWith("Lectern is serving"), Duration.ofSeconds(90));
    Matcher m = SERVING.matcher(line);
    if (!m.find()) {
      throw new AssertionError("no port in " + line);
    }
    return Integer.parseInt(m.group(1));
  }

  /**
   * Waits until the text pass made every talk searchable (page images and OCR may still run), or
   * until the server is ready when it had nothing to index.
   */
  void awaitSearchable(Duration timeout) throws InterruptedException {
    awaitLine(l -> l.startsWith("searchable after") || l.startsWith("ready:"), timeout);
  }

  void awaitReady(Duration timeout) throws InterruptedException {
    awaitLine(l -> l.startsWith("ready:"), timeout);
  }

  HttpResponse<String> get(int port, String pathAndQuery) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
        .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static HttpRequest.Builder request(int port, String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery)).timeout(Duration.ofSeconds(60));
  }

  /** {@code lectern token create NAME} through the jar; returns the token (its last line of output). */
  static String createToken(Path index, String name) throws IOException, InterruptedException {
    try (LecternProcess tokens = start("token", "create", name, "--index", index.toString())) {
      int code = tokens.awaitExit(Duration.ofSeconds(60));
      List<String> lines = tokens.stdout();
      if (code != 0 || lines.isEmpty()) {
        throw new AssertionError("token create exited " + code + "; " + tokens.output());
      }
      return lines.get(lines.size() - 1).strip();
    }
  }

  JsonNode getJson(int port, String pathAndQuery) throws IOException, InterruptedException {
    HttpResponse<String> response = get(port, pathAndQuery);
    if (response.statusCode() != 200) {
      throw new AssertionError(pathAndQuery + " answered " + response.statusCode() + ": " + response.body());
    }
    return json.readTree(response.body());
  }

  Process process() {
    return process;
  }

  int awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("lectern did not exit within " + timeout + "; " + output());
    }
    return process.exitValue();
  }

  String output() {
    return "stdout:\n" + String.join("\n", stdout()) + "\nstderr:\n" + String.join("\n", stderr());
  }

  List<String> stdout() {
    return lines(stdoutFile);
  }

  List<String> stderr() {
    return lines(stderrFile);
  }

  private static List<String> lines(Path file) {
    try {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      // Only whole lines: the process may be halfway through writing the last one.
      int end = text.lastIndexOf('\n');
      return end < 0 ? List.of() : List.of(text.substring(0, end).split("\n"));
    } catch (IOException e) {
      return List.of("(cannot read " + file + ": " + e.getMessage() + ")");
    }
  }

  @Override
  public void close() throws IOException {
    process.destroyForcibly();
    Files.deleteIfExists(stdoutFile);
    Files.deleteIfExists(stderrFile);
  }
}

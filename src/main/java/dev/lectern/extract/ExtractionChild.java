package dev.lectern.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One running {@link ExtractionWorker} process and its pipes. Used by one caller at a time; a child
 * that timed out or died is killed and never reused.
 */
final class ExtractionChild {
  /** The JVM's exit code after {@code -XX:+ExitOnOutOfMemoryError}. */
  static final int OUT_OF_MEMORY_EXIT = 3;
  private static final int STDERR_TAIL_LINES = 20;

  private final Process process;
  private final BufferedReader replies;
  private final OutputStream requests;
  private final ObjectMapper json;
  private final ExecutorService readers;
  private final ArrayDeque<String> stderrTail = new ArrayDeque<>();
  private final Path recordingTo;

  private ExtractionChild(Process process, ObjectMapper json, ExecutorService readers, Path recordingTo) {
    this.process = process;
    this.recordingTo = recordingTo;
    this.json = json;
    this.readers = readers;
    this.replies = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    this.requests = process.getOutputStream();
    Thread drain = new Thread(this::drainStderr, "lectern-extract-stderr-" + process.pid());
    drain.setDaemon(true);
    drain.start();
  }

  /**
   * Starts a child and waits until it has loaded Tika and said it is ready. {@code recordingTo} is
   * where it writes the class-data archive at a clean exit (null: nowhere).
   */
  static ExtractionChild start(List<String> command, ObjectMapper json, ExecutorService readers, long startupMillis,
      Path recordingTo) throws IOException, TimeoutException {
    Process process = new ProcessBuilder(command).start();
    ExtractionChild child = new ExtractionChild(process, json, readers, recordingTo);
    try {
      ExtractionWorker.Reply hello = child.read(startupMillis);
      if (hello == null || !hello.ready()) {
        throw new IOException("extraction child did not start: " + child.describeExit());
      }
      return child;
    } catch (IOException | TimeoutException | RuntimeException e) {
      child.kill();
      throw e;
    }
  }

  /**
   * Sends one request; the reply, or null if the child closed its stdout (it died). {@code working}
   * is told of each "working" line (a page read by OCR) before it.
   */
  ExtractionWorker.Reply send(ExtractionWorker.Request request, long timeoutMillis, Runnable working)
      throws IOException, TimeoutException {
    try {
      requests.write(json.writeValueAsBytes(request));
      requests.write('\n');
      requests.flush();
    } catch (IOException e) {
      return null; // the pipe is broken: the child is gone
    }
    // Each "working" line (a page read by OCR) starts the timeout afresh: the child bounds each
    // page itself, and a child that hangs stops sending them.
    ExtractionWorker.Reply reply = read(timeoutMillis);
    while (reply != null && reply.working()) {
      working.run();
      reply = read(timeoutMillis);
    }
    return reply;
  }

  private ExtractionWorker.Reply read(long timeoutMillis) throws IOException, TimeoutException {
    CompletableFuture<String> line = CompletableFuture.supplyAsync(this::nextReplyLine, readers);
    String text;
    try {
      text = line.get(timeoutMillis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      kill();
      throw new IOException("interrupted while waiting for the extraction child", e);
    } catch (ExecutionException e) {
      return null;
    }
    return text == null ? null : json.readValue(text, ExtractionWorker.Reply.class);
  }

  /**
   * The next protocol line, or null at end of stream. The JVM itself may write to stdout (its
   * "Terminating due to java.lang.OutOfMemoryError" notice): such lines are kept as diagnostics.
   */
  private String nextReplyLine() {
    try {
      for (String line = replies.readLine(); line != null; line = replies.readLine()) {
        if (line.startsWith("{")) {
          return line;
        }
        remember(line);
      }
    } catch (IOException e) {
      // the pipe closed: the child is gone
    }
    return null;
  }

  boolean alive() {
    return process.isAlive();
  }

  long pid() {
    return process.pid();
  }

  void kill() {
    process.destroyForcibly();
  }

  /** The class-data archive this child writes when it exits cleanly, or null. */
  Path recordingTo() {
    return recordingTo;
  }

  /**
   * Ends an idle child the clean way (its stdin closes, so its loop ends and the JVM exits, writing
   * what it writes at exit); true if it exited with code 0 within {@code millis}. Killed otherwise.
   */
  boolean stop(long millis) {
    try {
      requests.close();
      if (process.waitFor(millis, TimeUnit.MILLISECONDS)) {
        return process.exitValue() == 0;
      }
    } catch (IOException e) {
      // the pipe is already closed: the child is gone or going
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    kill();
    return false;
  }

  /** Waits briefly for the dead child's exit code. */
  int exitCode() {
    try {
      if (process.waitFor(5, TimeUnit.SECONDS)) {
        return process.exitValue();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    kill();
    return -1;
  }

  boolean ranOutOfMemory(int exitCode) {
    return exitCode == OUT_OF_MEMORY_EXIT || stderrTail().contains("OutOfMemoryError");
  }

  String describeExit() {
    int code = exitCode();
    return "exit code " + code + (stderrTail().isBlank() ? "" : ", last stderr: " + stderrTail());
  }

  synchronized String stderrTail() {
    return String.join(" | ", stderrTail);
  }

  private synchronized void remember(String line) {
    if (stderrTail.size() == STDERR_TAIL_LINES) {
      stderrTail.removeFirst();
    }
    stderrTail.addLast(line.length() > 300 ? line.substring(0, 300) : line);
  }

  private void drainStderr() {
    // Parsers warn freely on odd files; only the tail is kept, to explain a crash.
    try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
      for (String line = err.readLine(); line != null; line = err.readLine()) {
        remember(line);
      }
    } catch (IOException e) {
      // the child is gone
    }
  }
}

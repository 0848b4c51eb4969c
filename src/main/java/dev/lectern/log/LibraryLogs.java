package dev.lectern.log;

import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;

/**
 * Where libraries' own log lines go (SLF4J for Jetty, Javalin, Tika; java.util.logging for Lucene).
 * With {@code --log-json} stderr must hold only JSON events, so their lines move to stdout, among
 * the human messages. Must run before the first logger is created.
 */
public final class LibraryLogs {
  private LibraryLogs() {}

  /**
   * Libraries say only what needs attention: Lucene's INFO line about the Vector API at every start
   * told a user nothing they could act on. Kept in the logging configuration, not on a logger
   * object, so it holds for loggers created later.
   */
  public static void quiet() {
    byte[] levels = "org.apache.lucene.level = WARNING\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    try {
      LogManager.getLogManager().updateConfiguration(new java.io.ByteArrayInputStream(levels),
          key -> (old, added) -> added == null ? old : added);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public static void toStdout() {
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.out");
    Logger root = LogManager.getLogManager().getLogger("");
    for (Handler handler : root.getHandlers()) {
      if (handler instanceof ConsoleHandler) {
        root.removeHandler(handler);
      }
    }
    root.addHandler(new StreamHandler(System.out, new SimpleFormatter()) {
      @Override
      public synchronized void publish(LogRecord record) {
        super.publish(record);
        flush();
      }
    });
  }
}

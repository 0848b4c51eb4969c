package dev.lectern.sync;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices files copied into (or removed from) the archive by hand while the server runs: a
 * {@link WatchService} over every folder, new folders registered as they appear, events debounced
 * so that copying a folder of decks costs one reconciliation, and a periodic rescan as a fallback
 * for file systems that do not report changes (network mounts) or an overflowed event queue.
 * Dot-folders ({@code .trash}, staging folders) are not watched.
 */
public final class ArchiveWatcher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ArchiveWatcher.class);

  private final Path root;
  private final ReconcileScheduler scheduler;
  private final long debounceMs;
  private final long rescanMs;
  private final WatchService watcher;
  private final Map<WatchKey, Path> keys = new HashMap<>();
  private final Thread thread;

  public ArchiveWatcher(Path root, ReconcileScheduler scheduler, long debounceMs, long rescanMs) throws IOException {
    this.root = root;
    this.scheduler = scheduler;
    this.debounceMs = debounceMs;
    this.rescanMs = rescanMs;
    this.watcher = FileSystems.getDefault().newWatchService();
    registerTree(root);
    thread = new Thread(this::loop, "lectern-watch");
    thread.setDaemon(true);
  }

  public ArchiveWatcher start() {
    thread.start();
    return this;
  }

  private void loop() {
    long lastRescan = System.currentTimeMillis();
    long dirtySince = 0;
    try {
      while (!Thread.currentThread().isInterrupted()) {
        WatchKey key = watcher.poll(dirtySince == 0 ? 1000 : debounceMs, TimeUnit.MILLISECONDS);
        if (key != null) {
          if (handle(key)) {
            dirtySince = System.currentTimeMillis();
          }
          continue; // drain the burst; the quiet period starts after the last event
        }
        long now = System.currentTimeMillis();
        if (dirtySince != 0 || now - lastRescan >= rescanMs) {
          scheduler.request();
          dirtySince = 0;
          lastRescan = now;
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closing
    }
  }

  /** Registers new folders; true when something that matters to the archive changed. */
  private boolean handle(WatchKey key) {
    Path folder = keys.get(key);
    boolean relevant = false;
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
        relevant = true;
        continue;
      }
      Path name = (Path) event.context();
      if (folder == null || name.toString().startsWith(".")) {
        continue;
      }
      relevant = true;
      Path child = folder.resolve(name);
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(child)) {
        registerTree(child);
      }
    }
    if (!key.reset()) {
      keys.remove(key);
    }
    return relevant;
  }

  private void registerTree(Path start) {
    try {
      Files.walkFileTree(start, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
          if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          keys.put(dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE,
              StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY), dir);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      LOG.warn("cannot watch {}: {}; the periodic rescan still covers it", start, e.getMessage());
    }
  }

  @Override
  public void close() throws IOException {
    thread.interrupt();
    watcher.close();
  }
}

package dev.lectern.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.extract.keynote.KeynoteLimits;
import dev.lectern.extract.ocr.OcrSettings;
import dev.lectern.model.Extraction;
import dev.lectern.model.ExtractionStatus;
import dev.lectern.render.SlideRenderer;
import dev.lectern.render.PageImage;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The main class of an extraction child process (see {@link ChildProcessExtractor}). It reads one
 * JSON request per line on stdin, extracts that file with {@link TikaExtractor} or draws its page
 * images with {@link PageImageDrawer}, and writes one JSON reply per line on stdout. Anything else that would write to stdout (a parser's stray println) is
 * sent to stderr, so the protocol stream stays clean. A file that hangs or exhausts the heap takes
 * down only this process; the parent kills it and starts another.
 *
 * <p>Arguments: {@code MAX_CHARACTERS MIN_INFLATE_RATIO MAX_ZIP_ENTRY_BYTES MAX_ZIP_ENTRIES}, then
 * the OCR settings ({@link OcrSettings#toArguments()}).
 */
public final class ExtractionWorker {
  /**
   * Test hook: when this system property is {@code true}, files named {@code *.hang} never return,
   * {@code *.oom} allocate without end and {@code *.crash} kill the process, standing in for a
   * parser that misbehaves that way. Tika ships no such parser outside its test jar, and a real file
   * that reliably hangs Tika 3.3.1 is not known; the parent's handling is what the tests exercise.
   * Only a test sets it; production never does.
   */
  /** The page count a child replies when a file's pages cannot be drawn faithfully on this machine. */
  static final int UNDRAWABLE = -1;
  static final String TEST_HOOKS_PROPERTY = "lectern.worker.testHooks";

  /**
   * A line from the parent: the file to extract; or, when {@code imagesTo} names a folder, the file
   * whose page images to draw into that folder as {@code <n>.png}; or, when {@code ocr} is given,
   * that earlier extraction of the file, whose waiting pages to read with OCR.
   */
  record Request(String path, String imagesTo, Extraction ocr) {
    Request(String path, String imagesTo) {
      this(path, imagesTo, null);
    }
  }

  /**
   * A line to the parent: {@code ready} once at start, then per request either its
   * {@code extraction} or the number of {@code pages} drawn (a missing n.png: page n has no image),
   * before which {@code working} lines may say that a long extraction (OCR) is still progressing.
   */
  record Reply(boolean ready, Extraction extraction, Integer pages, boolean working) {
    Reply(boolean ready, Extraction extraction, Integer pages) {
      this(ready, extraction, pages, false);
    }

    boolean answered() {
      return extraction != null || pages != null;
    }
  }

  private ExtractionWorker() {}

  public static void main(String[] args) throws IOException {
    PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
    System.setOut(System.err);
    long maxCharacters = Long.parseLong(args[0]);
    boolean testHooks = Boolean.getBoolean(TEST_HOOKS_PROPERTY);
    watchParent();
    ObjectMapper json = ExtractionJson.mapper();
    double minInflateRatio = Double.parseDouble(args[1]);
    long maxEntryBytes = Long.parseLong(args[2]);
    long maxEntries = Long.parseLong(args[3]);
    KeynoteLimits keynote = KeynoteLimits.of(maxEntries, maxEntryBytes, maxCharacters);
    OcrSettings ocr = args.length >= 4 + OcrSettings.ARGUMENTS
        ? OcrSettings.fromArguments(List.of(args).subList(4, 4 + OcrSettings.ARGUMENTS))
        : OcrSettings.NONE;
    Runnable working = () -> {
      try {
        send(json, protocol, new Reply(false, null, null, true));
      } catch (IOException e) {
        // the parent is gone; the parent watch ends this process
      }
    };
    try (Extractor extractor = new OcrExtractor(new TikaExtractor(maxCharacters, keynote), ocr, working)) {
      limitZips(minInflateRatio, maxEntryBytes, maxEntries);
      ZipInflationCheck zipCheck = new ZipInflationCheck(minInflateRatio, maxEntryBytes);
      PageImageDrawer drawer = new PageImageDrawer(SlideRenderer.standard(), keynote);
      send(json, protocol, new Reply(true, null, null));
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        Request request = json.readValue(line, Request.class);
        Path file = Path.of(request.path());
        if (testHooks) {
          misbehave(file);
        }
        if (request.imagesTo() != null) {
          int pages = zipCheck.problem(file).isPresent() ? 0 : draw(drawer, file, Path.of(request.imagesTo()));
          send(json, protocol, new Reply(false, null, pages));
          continue;
        }
        if (request.ocr() != null) {
          send(json, protocol, new Reply(false, extractor.recognise(file, request.ocr(), () -> { }), null));
          continue;
        }
        Extraction extraction = zipCheck.problem(file)
            .map(reason -> Extraction.failed(ExtractionStatus.FAILED, reason))
            .orElseGet(() -> extractor.extract(file));
        send(json, protocol, new Reply(false, extraction, null));
      }
    }
  }

  /**
   * Draws the file's pages into {@code folder} (see {@link DrawnPages}); returns how many pages it has, or
   * {@link #UNDRAWABLE} when they cannot be drawn faithfully here (see {@code PageDrawer}).
   */
  private static int draw(PageImageDrawer drawer, Path file, Path folder) throws IOException {
    List<PageImage> pngs = drawer.render(file);
    if (pngs == null) {
      return UNDRAWABLE;
    }
    DrawnPages.write(folder, pngs);
    return pngs.size();
  }

  /**
   * Tika's OOXMLParser, when its class initializes, switches POI's zip-bomb check off (inflate
   * ratio -1) and caps entries at 10,000; that is how a 1.5 MB deck inflates a 1 GB slide. So the
   * parser class is initialized first and POI's limits are set after it, to ours.
   */
  private static void limitZips(double minInflateRatio, long maxEntryBytes, long maxEntries) {
    try {
      Class.forName("org.apache.tika.parser.microsoft.ooxml.OOXMLParser");
    } catch (ClassNotFoundException e) {
      // no OOXML support on the classpath: nothing overrides POI's limits
    }
    ZipSecureFile.setMinInflateRatio(minInflateRatio);
    ZipSecureFile.setMaxEntrySize(maxEntryBytes);
    ZipSecureFile.setMaxFileCount(maxEntries);
  }

  /**
   * A parent killed with SIGKILL cannot kill its children; a child stuck in a hung parse would
   * never read the closed stdin. So the child watches its parent and exits when it is gone.
   */
  private static void watchParent() {
    ProcessHandle.current().parent().ifPresent(parent -> {
      Thread watcher = new Thread(() -> {
        while (parent.isAlive()) {
          try {
            Thread.sleep(1_000);
          } catch (InterruptedException e) {
            return;
          }
        }
        Runtime.getRuntime().halt(1);
      }, "lectern-parent-watch");
      watcher.setDaemon(true);
      watcher.start();
    });
  }

  /** Synchronized: OCR threads announce progress while the main thread may answer. */
  private static synchronized void send(ObjectMapper json, OutputStream out, Reply reply) throws IOException {
    byte[] line = json.writeValueAsBytes(reply); // one line: the default printer never breaks lines
    out.write(line);
    out.write('\n');
    out.flush();
  }

  private static void misbehave(Path file) {
    String name = String.valueOf(file.getFileName());
    if (name.endsWith(".hang")) {
      while (true) {
        try {
          Thread.sleep(60_000);
        } catch (InterruptedException e) {
          // a hung parser ignores interrupts too
        }
      }
    }
    if (name.endsWith(".oom")) {
      List<long[]> hoard = new ArrayList<>();
      while (true) {
        hoard.add(new long[1 << 20]);
      }
    }
    if (name.endsWith(".crash")) {
      Runtime.getRuntime().halt(134);
    }
  }
}

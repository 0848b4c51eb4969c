package dev.lectern.extract.keynote;

import dev.lectern.extract.keynote.IwaObjects.IwaObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the slides of a Keynote 2013+ deck (the protobuf {@code .iwa} format, which no Java library
 * and not Tika reads) straight from its package: slide text, speaker notes, skipped flags and
 * thumbnails, in presentation order. Every failure, including a hostile package, is a
 * {@link KeynoteFormatException} whose message says why; nothing else escapes.
 */
public final class KeynoteReader {
  /** A slide node's thumbnails are {@code TSP.DataReference}s (field 16); the file name ends in the data id. */
  private static final int NODE_THUMBNAILS = 16;
  private static final int NODE_SKIPPED = 4;
  private static final int NODE_SLIDE = 2;
  private static final Pattern DATA_FILE = Pattern.compile("Data/.*-(\\d+)\\.(?i:jpe?g|png)");

  private final KeynoteLimits limits;

  public KeynoteReader(KeynoteLimits limits) {
    this.limits = limits;
  }

  /** True when the file is a Keynote 2013+ package (it has {@code Index/*.iwa} or {@code Index.zip}). */
  public static boolean isIwaPackage(Path file) {
    try {
      return KeynotePackage.hasIndex(file);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  public KeynoteDeck read(Path file) throws KeynoteFormatException {
    try {
      return readOrThrow(file);
    } catch (KeynoteFormatException e) {
      throw e;
    } catch (IOException e) {
      throw new KeynoteFormatException("unreadable Keynote package: " + e.getMessage());
    } catch (RuntimeException e) {
      throw new KeynoteFormatException("damaged Keynote package: " + e);
    }
  }

  private KeynoteDeck readOrThrow(Path file) throws IOException {
    ByteBudget budget = new ByteBudget(limits.maxInflatedBytes());
    KeynotePackage.Contents contents = KeynotePackage.read(file, limits, budget);
    if (contents.iwaFiles().isEmpty()) {
      throw new KeynoteFormatException("no Index/*.iwa in the package (not a Keynote 2013+ document?)");
    }
    IwaObjects objects = new IwaObjects(limits.maxObjects());
    for (byte[] iwa : contents.iwaFiles()) {
      objects.read(IwaChunks.decompress(iwa, budget));
    }
    Map<Long, String> dataFiles = dataFiles(contents.entryNames());
    SlideText words = new SlideText(objects);
    List<KeynoteSlide> slides = new ArrayList<>();
    long characters = 0;
    for (IwaObject node : SlideTree.nodes(objects, limits.maxSlides())) {
      IwaObject slide = objects.get(node.message().reference(NODE_SLIDE));
      if (!SlideText.isSlide(slide)) {
        continue; // a node pointing at nothing readable is not a slide the show would present
      }
      String text = words.text(slide.message());
      String notes = words.notes(slide.message());
      characters += text.length() + notes.length();
      if (characters > limits.maxCharacters()) {
        return new KeynoteDeck(slides, true);
      }
      boolean skipped = node.message().number(NODE_SKIPPED, 0) != 0;
      String thumbnail = thumbnail(node, dataFiles);
      if (slides.isEmpty() && thumbnail.isEmpty()) {
        thumbnail = preview(contents.entryNames());
      }
      slides.add(new KeynoteSlide(text, notes, skipped, thumbnail));
    }
    return new KeynoteDeck(slides, false);
  }

  private static String thumbnail(IwaObject node, Map<Long, String> dataFiles) throws KeynoteFormatException {
    for (WireMessage reference : node.message().messages(NODE_THUMBNAILS)) {
      String name = dataFiles.get(reference.number(1, -1));
      if (name != null) {
        return name;
      }
    }
    return "";
  }

  /** The package's own preview, which shows the first slide ("" when there is none). */
  private static String preview(List<String> entryNames) {
    String preview = KeynotePackage.root(entryNames) + "preview.jpg";
    return entryNames.contains(preview) ? preview : "";
  }

  /** Data files by the id their name ends in ({@code Data/st-<uuid>-3013.jpg} is data 3013). */
  private static Map<Long, String> dataFiles(List<String> entryNames) {
    String root = KeynotePackage.root(entryNames);
    Map<Long, String> byId = new HashMap<>();
    for (String name : entryNames) {
      if (!name.startsWith(root)) {
        continue;
      }
      Matcher m = DATA_FILE.matcher(name.substring(root.length()));
      if (m.matches() && m.group(1).length() < 18) {
        byId.putIfAbsent(Long.parseLong(m.group(1)), name);
      }
    }
    return byId;
  }

  /** The bytes of a slide's thumbnail entry, when it is there and within the entry cap. */
  public Optional<byte[]> thumbnail(Path file, String entry) throws IOException {
    return entry.isEmpty() ? Optional.empty() : KeynotePackage.entry(file, entry, limits.maxEntryBytes());
  }
}

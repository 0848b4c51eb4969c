package dev.lectern.extract.keynote;

import dev.lectern.extract.keynote.IwaObjects.IwaObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The words on one {@code SlideArchive} (type 5 or 6) and in its note. The title placeholder
 * (field 5) comes first, then the body placeholder (6), then every other drawable the slide owns
 * (7) or stacks (42), each once. A drawable is a placeholder (7, 12) or a shape (2011) whose
 * storage (field 4, in older files 2) holds the text, or a group (3008) whose children (field 2)
 * are drawables again. The note (27) is a {@code NoteArchive} (15) whose field 1 is its storage.
 * Storage objects (2001, 2005) keep their text in field 3.
 */
final class SlideText {
  private static final Set<Long> SLIDES = Set.of(5L, 6L);
  private static final long[] PLACEHOLDERS = {7, 12};
  private static final long SHAPE = 2011;
  private static final long GROUP = 3008;
  private static final long NOTE = 15;
  private static final long[] STORAGE = {2001, 2005};
  private static final int MAX_GROUP_DEPTH = 32;

  private final IwaObjects objects;

  SlideText(IwaObjects objects) {
    this.objects = objects;
  }

  static boolean isSlide(IwaObject object) {
    return object != null && SLIDES.contains(object.type());
  }

  /**
   * A placeholder the slide hides (title or body unticked) keeps its reference and its old text but
   * leaves the drawable lists; so when the slide lists drawables, only listed placeholders count.
   */
  String text(WireMessage slide) throws KeynoteFormatException {
    Set<Long> listed = new LinkedHashSet<>(slide.references(7));
    listed.addAll(slide.references(42));
    Set<Long> drawables = new LinkedHashSet<>();
    for (long placeholder : new long[] {slide.reference(5), slide.reference(6)}) {
      if (placeholder >= 0 && (listed.isEmpty() || listed.contains(placeholder))) {
        drawables.add(placeholder);
      }
    }
    drawables.addAll(listed);
    List<String> parts = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (long id : drawables) {
      collect(id, 0, seen, parts);
    }
    return String.join("\n", parts);
  }

  String notes(WireMessage slide) throws KeynoteFormatException {
    IwaObject note = objects.get(slide.reference(27), NOTE);
    return note == null ? "" : storageText(note.message().reference(1));
  }

  private void collect(long id, int depth, Set<Long> seen, List<String> parts) throws KeynoteFormatException {
    if (depth > MAX_GROUP_DEPTH || !seen.add(id)) {
      return; // a group that contains itself, or a shape listed twice
    }
    IwaObject drawable = objects.get(id);
    if (drawable == null) {
      return;
    }
    String text = "";
    if (drawable.type() == PLACEHOLDERS[0] || drawable.type() == PLACEHOLDERS[1]) {
      text = shapeText(drawable.message().message(1));
    } else if (drawable.type() == SHAPE) {
      text = shapeText(drawable.message());
    } else if (drawable.type() == GROUP) {
      for (long child : drawable.message().references(2)) {
        collect(child, depth + 1, seen, parts);
      }
    }
    if (!text.isBlank()) {
      parts.add(text);
    }
  }

  /** A {@code ShapeInfoArchive}'s text: its owned storage (field 4), else the older field 2. */
  private String shapeText(WireMessage shapeInfo) throws KeynoteFormatException {
    if (shapeInfo == null) {
      return "";
    }
    long storage = shapeInfo.reference(4);
    return storageText(storage >= 0 ? storage : shapeInfo.reference(2));
  }

  private String storageText(long id) {
    IwaObject storage = objects.get(id, STORAGE);
    return storage == null ? "" : clean(String.join("", storage.message().strings(3)));
  }

  /**
   * Keynote marks attachments (slide numbers, inline images) with U+FFFC and breaks lines with
   * U+2028; control characters carry no words.
   */
  static String clean(String raw) {
    StringBuilder text = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\u2028' || c == '\u2029' || c == '\r') {
        text.append('\n');
      } else if (c == '\uFFFC' || c == '\uFFFD') {
        continue;
      } else if (c < 0x20 && c != '\n' && c != '\t') {
        text.append(' ');
      } else {
        text.append(c);
      }
    }
    return text.toString().strip();
  }
}

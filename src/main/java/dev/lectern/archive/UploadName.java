package dev.lectern.archive;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A file name a browser sent, made safe to store: no folders (forward or back slashes), no control,
 * format or bidirectional-override characters (which disguise {@code exe.pdf} as {@code fdp.exe}),
 * no leading dots (hidden files, {@code ..}), no characters Windows refuses, at most {@value #MAX_LENGTH}
 * characters with the extension kept, and the extension of the format the content actually is.
 */
public final class UploadName {
  static final int MAX_LENGTH = 120;

  private UploadName() {}

  /**
   * The stored name for {@code raw}, whose content was detected as a format with these extensions
   * (the first is the format's usual one).
   */
  public static String of(String raw, List<String> extensions) {
    String name = Normalizer.normalize(raw == null ? "" : raw, Normalizer.Form.NFC);
    int nul = name.indexOf('\0');
    if (nul >= 0) {
      name = name.substring(0, nul);
    }
    name = name.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    StringBuilder clean = new StringBuilder();
    name.codePoints().forEach(cp -> {
      int type = Character.getType(cp);
      if (type == Character.CONTROL || type == Character.FORMAT || type == Character.PRIVATE_USE
          || type == Character.SURROGATE || type == Character.UNASSIGNED) {
        return;
      }
      clean.appendCodePoint(":*?\"<>|%".indexOf(cp) >= 0 ? '_' : cp);
    });
    name = clean.toString().strip().replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String extension = dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    if (!extensions.contains(extension)) {
      stem = name; // "deck.exe" detected as PDF keeps its whole name and gains ".pdf"
      extension = extensions.get(0);
    }
    stem = stem.replaceAll("[.\\s]+$", "");
    if (stem.isEmpty()) {
      stem = "upload";
    }
    int room = MAX_LENGTH - extension.length() - 1;
    if (stem.codePointCount(0, stem.length()) > room) {
      stem = stem.substring(0, stem.offsetByCodePoints(0, room)).strip();
    }
    return stem + "." + extension;
  }

  /**
   * {@code name}, or {@code name-2.ext}, {@code name-3.ext}, … : the first that {@code taken} does
   * not hold yet, compared without case (archives move between file systems). It is added to {@code taken}.
   */
  public static String free(String name, Set<String> taken) {
    String candidate = name;
    int dot = name.lastIndexOf('.');
    for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
      candidate = dot > 0 ? name.substring(0, dot) + "-" + n + name.substring(dot) : name + "-" + n;
    }
    return candidate;
  }
}

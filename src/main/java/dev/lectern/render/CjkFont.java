package dev.lectern.render;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;

/**
 * Whether this machine has a font that can draw Chinese. Without one, Java2D draws Han characters
 * as empty boxes; a slide image drawn that way must not be cached, so that a later run with the
 * font installed (Debian: fonts-noto-cjk) draws it again.
 */
public final class CjkFont {
  /** What {@code /health} and the terminal say when no font can draw Chinese. */
  public static final String MISSING =
      "no CJK font: Chinese text in slide images cannot be drawn and those images are not cached"
          + " (install fonts-noto-cjk)";
  private static final String PROBE = "中文";

  private CjkFont() {}

  /** Checked once per JVM: fonts do not appear while Lectern runs, and listing them is slow. */
  public static boolean available() {
    return Probe.AVAILABLE;
  }

  /** True when any of {@code fonts} draws every character of the probe. */
  static boolean anyDisplays(Font... fonts) {
    return Arrays.stream(fonts).anyMatch(font -> font.canDisplayUpTo(PROBE) == -1);
  }

  /** True when {@code text} holds a Han character. */
  public static boolean needsCjk(CharSequence text) {
    return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
  }

  private static final class Probe {
    static final boolean AVAILABLE = probe();

    private static boolean probe() {
      System.setProperty("java.awt.headless", "true");
      try {
        return anyDisplays(GraphicsEnvironment.getLocalGraphicsEnvironment().getAllFonts());
      } catch (RuntimeException | LinkageError e) {
        return false; // no font system at all: nothing can be drawn faithfully
      }
    }
  }
}

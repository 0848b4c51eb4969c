package dev.lectern.extract.ocr;

import java.util.regex.Pattern;

/** Tidies what Tesseract prints: the spaces it puts between Han characters go, blank runs shrink. */
public final class OcrText {
  private static final String CJK = "\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF";
  /** Horizontal space with a Han character or CJK punctuation on both sides. */
  private static final Pattern SPACE_BETWEEN_HAN =
      Pattern.compile("(?<=[" + CJK + "])[ \\t\\u00A0]+(?=[" + CJK + "])");
  private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t]+\\n");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

  private OcrText() {}

  public static String clean(String raw) {
    if (raw == null || raw.isBlank()) {
      return "";
    }
    String text = raw.replace("\f", "\n").replace("\r\n", "\n");
    text = SPACE_BETWEEN_HAN.matcher(text).replaceAll("");
    text = TRAILING_SPACE.matcher(text).replaceAll("\n");
    text = BLANK_LINES.matcher(text).replaceAll("\n\n");
    return text.strip();
  }
}

package dev.lectern.index;

import dev.lectern.model.DocumentFormat;
import dev.lectern.model.FileExtraction;
import dev.lectern.model.Page;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The slides of a talk, each once: when two of its files are one deck (a deck and its export, see
 * {@link SlideMatcher}), each slide they share is one page, filed under the file whose images are
 * drawn best, with the text of the file that keeps it best; the pages only one of them has stay
 * as they are. Both files stay in the talk (and downloadable); a page lists every file and page
 * number it appears as.
 *
 * <p>Images: a PDF is drawn as the author's application exported it; a Keynote package carries
 * that application's own previews; PowerPoint files are laid out again by POI and OpenDocument
 * only through LibreOffice. Text goes the other way: a deck holds the characters its author typed,
 * its notes and its skipped slides, where an export's text layer is rebuilt from glyphs (split
 * lines, doubled or compatibility characters). A shared slide takes the deck's text unless that is
 * blank or waits for OCR and the export's is not. An export also prints what the deck keeps outside
 * its slides' text (footers from the master page: a date, the speaker's name, the slide number), so
 * the export's lines whose letters and digits the deck's text does not hold are added to it: the
 * slide is found by every word either file shows, and an export's rebuilt copy of the deck's own
 * words (its letters doubled or split) adds nothing.
 */
final class TalkSlides {
  /** Where a page appears: 1-based file index and page number. */
  record Appearance(int file, int number) {}

  /**
   * One slide as indexed: filed as page {@code index} (0-based) of file {@code file} (1-based),
   * with {@code page} holding its text; its vector is that of page {@code textIndex} of file
   * {@code textFile}, whose text it carries.
   */
  record Slide(int file, int index, Page page, int textFile, int textIndex, List<Appearance> appearsIn) {}

  private final SlideMatcher matcher = new SlideMatcher();

  /** {@code formats} are the files' format labels, in the same order as {@code files}. */
  List<Slide> of(List<FileExtraction> files, List<String> formats) {
    List<int[]> partners = new ArrayList<>(); // {imageFile, textFile} pairs, 0-based
    List<List<SlideMatcher.Pair>> pairings = new ArrayList<>();
    boolean[] taken = new boolean[files.size()];
    for (int a = 0; a < files.size(); a++) {
      for (int b = a + 1; b < files.size() && !taken[a]; b++) {
        if (taken[b] || !deck(files.get(a), formats, a) || !deck(files.get(b), formats, b)) {
          continue;
        }
        Optional<List<SlideMatcher.Pair>> pairs =
            matcher.match(files.get(a).extraction().pages(), files.get(b).extraction().pages());
        if (pairs.isPresent()) {
          taken[a] = taken[b] = true;
          boolean aDraws = imageRank(formats.get(a)) <= imageRank(formats.get(b));
          partners.add(aDraws ? new int[] {a, b} : new int[] {b, a});
          pairings.add(aDraws ? pairs.get() : pairs.get().stream().map(p -> new SlideMatcher.Pair(p.right(), p.left())).toList());
        }
      }
    }
    return slides(files, partners, pairings);
  }

  private static List<Slide> slides(List<FileExtraction> files, List<int[]> partners,
      List<List<SlideMatcher.Pair>> pairings) {
    // For each file and page: the shared slide it is part of, from the side of the file that draws it.
    Integer[][] drawnWith = new Integer[files.size()][];
    boolean[][] absorbed = new boolean[files.size()][];
    for (int f = 0; f < files.size(); f++) {
      int pages = searchable(files.get(f)) ? files.get(f).extraction().pages().size() : 0;
      drawnWith[f] = new Integer[pages];
      absorbed[f] = new boolean[pages];
    }
    for (int k = 0; k < partners.size(); k++) {
      int[] pair = partners.get(k);
      for (SlideMatcher.Pair p : pairings.get(k)) {
        drawnWith[pair[0]][p.left()] = p.right();
        absorbed[pair[1]][p.right()] = true;
      }
    }
    List<Slide> slides = new ArrayList<>();
    for (int f = 0; f < files.size(); f++) {
      for (int i = 0; i < drawnWith[f].length; i++) {
        if (absorbed[f][i]) {
          continue;
        }
        Page page = files.get(f).extraction().pages().get(i);
        Integer other = drawnWith[f][i];
        if (other == null) {
          slides.add(new Slide(f + 1, i, page, f + 1, i, List.of(new Appearance(f + 1, page.number()))));
          continue;
        }
        int partner = partnerOf(partners, f);
        slides.add(shared(f, i, page, partner, other, files.get(partner).extraction().pages().get(other)));
      }
    }
    return slides;
  }

  /** A slide of file {@code f} (which draws it) and of file {@code g}, whose text is kept better. */
  private static Slide shared(int f, int i, Page drawn, int g, int j, Page kept) {
    boolean keptHasText = !kept.text().isBlank() && !kept.needsOcr();
    boolean drawnHasText = !drawn.text().isBlank() && !drawn.needsOcr();
    boolean useDrawn = !keptHasText && drawnHasText;
    Page text = useDrawn ? drawn : kept;
    String words = useDrawn ? drawn.text() : withLinesOnlyIn(kept.text(), drawnHasText ? drawn.text() : "");
    String notes = kept.notes().isBlank() ? drawn.notes() : kept.notes();
    Page page = new Page(drawn.number(), words, notes, drawn.skipped() || kept.skipped(), text.source(), text.ocr());
    List<Appearance> appearsIn = new ArrayList<>(List.of(new Appearance(f + 1, drawn.number()), new Appearance(g + 1, kept.number())));
    appearsIn.sort(Comparator.comparingInt(Appearance::file));
    return new Slide(f + 1, i, page, (useDrawn ? f : g) + 1, useDrawn ? i : j, List.copyOf(appearsIn));
  }

  /** {@code text}, then the lines of {@code other} whose letters and digits {@code text} does not hold. */
  static String withLinesOnlyIn(String text, String other) {
    String held = letters(text);
    StringBuilder out = new StringBuilder(text);
    for (String line : other.split("\\R")) {
      String key = letters(line);
      if (!key.isEmpty() && !held.contains(key) && out.indexOf(line.strip()) < 0) {
        out.append(out.isEmpty() ? "" : "\n").append(line.strip());
      }
    }
    return out.toString();
  }

  /** {@link SlideMatcher#letters}, a run of one character as one (an export may double glyphs). */
  private static String letters(String text) {
    StringBuilder out = new StringBuilder();
    int last = -1;
    for (int cp : SlideMatcher.letters(text)) {
      if (cp != last) {
        out.appendCodePoint(cp);
      }
      last = cp;
    }
    return out.toString();
  }

  private static int partnerOf(List<int[]> partners, int imageFile) {
    return partners.stream().filter(p -> p[0] == imageFile).findFirst().orElseThrow()[1];
  }

  private static boolean deck(FileExtraction file, List<String> formats, int f) {
    return searchable(file) && f < formats.size()
        && DocumentFormat.ofLabel(formats.get(f)).map(DocumentFormat::isDeck).orElse(false);
  }

  private static boolean searchable(FileExtraction file) {
    return file.extraction().status().searchable();
  }

  /** Lower draws better: see the class comment. */
  private static int imageRank(String format) {
    return switch (DocumentFormat.ofLabel(format).orElse(DocumentFormat.TXT)) {
      case PDF -> 0;
      case KEY -> 1;
      case PPTX, PPSX, PPT -> 2;
      default -> 3;
    };
  }
}

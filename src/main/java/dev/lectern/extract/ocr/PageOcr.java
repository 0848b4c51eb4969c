package dev.lectern.extract.ocr;

import dev.lectern.model.Extraction;
import dev.lectern.model.ExtractionStatus;
import dev.lectern.model.Page;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Completes an extraction by reading from the page image what the text layer lacks: pages whose text is
 * garbled (OCR replaces it), pages with no text, and pages that are mostly a picture with little
 * text (OCR is added). Runs inside the extraction child, so drawing pages and running Tesseract
 * share the child's timeout and heap cap. Without Tesseract, garbled text is dropped and such pages
 * are reported as waiting ({@link ExtractionStatus#NEEDS_OCR}); with OCR off, pages are left as
 * their text layer has them.
 */
public final class PageOcr {
  /** "Little text": fewer letters than a title and a caption. */
  static final int IMAGE_PAGE_MAX_LETTERS = 120;
  /** "A large picture": half the page or more, not counting the template's pictures (see {@link PdfOcr#ownPictureCoverage}). */
  static final double IMAGE_PAGE_MIN_COVERAGE = 0.5;
  /** Pages past this are left as they are: a 5,000-page PDF is not a slide deck worth minutes of OCR. */
  static final int MAX_PAGES = 500;

  private final OcrSettings settings;
  private final Tesseract tesseract;
  private final Runnable progress;

  /** {@code progress} is told after each page read, so the parent knows the child is working. */
  public PageOcr(OcrSettings settings, Runnable progress) {
    this.settings = settings;
    this.tesseract = new Tesseract(settings.tesseract(), settings.languages());
    this.progress = progress;
  }

  /** {@code extraction} of {@code file}, with OCR where its pages need it: {@link #mark} then {@link #read}. */
  public Extraction complete(Path file, Extraction extraction) {
    return read(file, mark(file, extraction));
  }

  /**
   * The text pass: marks the pages of {@code extraction} that need OCR, and reads none. Garbled text
   * is dropped from them (it is noise in the index and in snippets). With Tesseract usable, the
   * extraction keeps its status and its marked pages wait for {@link #read} ({@link Extraction#waitsForOcr()});
   * without it, they are reported as {@link ExtractionStatus#NEEDS_OCR}. Never an exception.
   */
  public Extraction mark(Path file, Extraction extraction) {
    boolean pdf = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(".pdf");
    ExtractionStatus status = extraction.status();
    if (settings.mode() == OcrMode.OFF || !pdf || extraction.pages().isEmpty() || !(status.searchable() || status == ExtractionStatus.EMPTY)) {
      return extraction;
    }
    try (PdfOcr document = new PdfOcr(file)) {
      Map<Integer, OcrNeed> needs = needs(file, extraction, document);
      if (needs.isEmpty()) {
        return extraction;
      }
      if (!settings.usable()) {
        return merge(extraction, needs, Map.of());
      }
      List<Page> pages = extraction.pages().stream().map(page -> {
        OcrNeed need = needs.get(page.number());
        return need == null ? page : page.withText(need == OcrNeed.GARBLED ? "" : page.text(), Page.TEXT, need.label());
      }).toList();
      return new Extraction(extraction.status(), extraction.reason(), pages, extraction.metadata());
    } catch (IOException | RuntimeException e) {
      return extraction; // the text layer stands: PDFBox could not reopen what Tika read
    }
  }

  /**
   * The OCR pass: reads the pages {@link #mark} left waiting and puts their text in. A page that
   * cannot be read leaves the file {@link ExtractionStatus#NEEDS_OCR} with the reason, so it is not
   * tried again until the file changes. Never an exception.
   */
  public Extraction read(Path file, Extraction marked) {
    if (!marked.waitsForOcr() || !settings.usable()) {
      return marked;
    }
    Map<Integer, OcrNeed> needs = new TreeMap<>();
    marked.pages().stream().filter(Page::needsOcr).forEach(p -> needs.put(p.number(), OcrNeed.fromLabel(p.ocr())));
    try (PdfOcr document = new PdfOcr(file)) {
      return merge(marked, needs, document.read(needs.keySet(), tesseract, settings, progress));
    } catch (IOException | RuntimeException e) {
      return unread(marked, "the PDF could not be reopened: " + e.getMessage());
    }
  }

  /** {@code marked} as it stands when its waiting pages could not be read, for {@code why}. */
  public static Extraction unread(Extraction marked, String why) {
    long waiting = marked.pages().stream().filter(Page::needsOcr).count();
    return new Extraction(ExtractionStatus.NEEDS_OCR, waiting + " page(s) need OCR: OCR failed: " + why,
        marked.pages(), marked.metadata());
  }

  private Map<Integer, OcrNeed> needs(Path file, Extraction extraction, PdfOcr document) {
    GarbleDetector detector = new GarbleDetector();
    boolean suspect = GarbleDetector.suspectDeck(String.valueOf(file.getFileName()), extraction.metadata().title(),
        extraction.pages().stream().map(p -> p.text() + p.notes()).toList());
    Map<Integer, OcrNeed> needs = new TreeMap<>();
    for (Page page : extraction.pages()) {
      if (page.number() > Math.min(document.pageCount(), MAX_PAGES)) {
        break;
      }
      if (detector.score(page.text()).garbled(suspect)) {
        needs.put(page.number(), OcrNeed.GARBLED);
      } else if (page.text().isBlank()) {
        needs.put(page.number(), OcrNeed.EMPTY);
      } else if (settings.mode() == OcrMode.ALL) {
        needs.put(page.number(), OcrNeed.REQUESTED);
      } else if (letters(page.text()) < IMAGE_PAGE_MAX_LETTERS
          && document.ownPictureCoverage(page.number()) >= IMAGE_PAGE_MIN_COVERAGE) {
        needs.put(page.number(), OcrNeed.IMAGE);
      }
    }
    return needs;
  }

  private Extraction merge(Extraction extraction, Map<Integer, OcrNeed> needs, Map<Integer, PdfOcr.Reading> readings) {
    List<Page> pages = new ArrayList<>(extraction.pages().size());
    Map<String, Integer> waiting = new LinkedHashMap<>();
    List<String> failures = new ArrayList<>();
    for (Page page : extraction.pages()) {
      OcrNeed need = needs.get(page.number());
      PdfOcr.Reading reading = readings.get(page.number());
      if (need == null) {
        pages.add(page);
      } else if (reading == null || reading.failed()) {
        waiting.merge(need.label(), 1, Integer::sum);
        if (reading != null) {
          failures.add(reading.failure());
        }
        // Garbled text is noise in the index and in snippets: the page waits for OCR without it.
        String kept = need == OcrNeed.GARBLED ? "" : page.text();
        pages.add(page.withText(kept, Page.TEXT, need.label()));
      } else {
        pages.add(read(page, need, reading.text()));
      }
    }
    ExtractionStatus status = status(extraction, pages, waiting);
    return new Extraction(status, reason(extraction, status, waiting, failures), pages, extraction.metadata());
  }

  private static Page read(Page page, OcrNeed need, String recognised) {
    if (need.replaces() || page.text().isBlank()) {
      return page.withText(recognised, Page.OCR, need.label());
    }
    return page.withText(withoutRepeats(page.text(), recognised), Page.TEXT_OCR, need.label());
  }

  /** The text layer, then the recognised lines it does not already hold (the title is read twice). */
  static String withoutRepeats(String text, String recognised) {
    Set<String> known = text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toSet());
    String added = recognised.lines().filter(l -> !known.contains(l.strip())).collect(Collectors.joining("\n")).strip();
    return added.isEmpty() ? text : text + "\n" + added;
  }

  private ExtractionStatus status(Extraction extraction, List<Page> pages, Map<String, Integer> waiting) {
    if (!waiting.isEmpty()) {
      return ExtractionStatus.NEEDS_OCR;
    }
    if (extraction.status() == ExtractionStatus.EMPTY) {
      return pages.stream().allMatch(Page::isBlank) ? ExtractionStatus.EMPTY : ExtractionStatus.OK;
    }
    return extraction.status();
  }

  private String reason(
      Extraction extraction, ExtractionStatus status, Map<String, Integer> waiting, List<String> failures) {
    if (status == ExtractionStatus.EMPTY) {
      return extraction.reason() + "; OCR found no text either";
    }
    if (waiting.isEmpty()) {
      return status == extraction.status() ? extraction.reason() : "";
    }
    int pages = waiting.values().stream().mapToInt(Integer::intValue).sum();
    String why = waiting.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
    String cause = !failures.isEmpty() ? "OCR failed: " + failures.get(0)
        : settings.unavailable() + "; install it with: " + OcrSettings.INSTALL_COMMAND;
    return pages + " page(s) need OCR (" + why + "): " + cause;
  }

  private static int letters(String text) {
    return (int) text.codePoints().filter(Character::isLetterOrDigit).count();
  }
}

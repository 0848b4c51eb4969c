package dev.lectern.sync;

import dev.lectern.archive.ArchiveTalk;
import dev.lectern.archive.TalkJson;
import dev.lectern.index.SlideMatcher;
import dev.lectern.model.DocumentFormat;
import dev.lectern.model.Page;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Joins talks that are one deck saved under two names, such as a Keynote deck and the PDF exported
 * beside it ({@code webrtc开发快速指南 _lianxiang.key}, {@code webrtc开发快速指南_连响@dotengine.pdf}).
 * The scanner groups files by name, so only their slides can tell: this runs on extracted text.
 *
 * <p>Candidates are two talks that are loose files in the same folder of the same meetup, holding
 * deck files of different formats (a deck and its export); they are one talk when
 * {@link SlideMatcher} finds a deck file of each to be one deck. The joined talk keeps the id,
 * location and talk.json of the talk whose deck is not a PDF (the source, whose name the author
 * chose), and the other talk must declare no talk.json of its own: an organizer who described both
 * meant two talks. Each talk joins at most one other. Answers are remembered by content hash.
 */
final class SameDeckTalks {
  /** What the join needs to know of a file: its content hash, and its pages once extracted. */
  interface FileTexts {
    String sha256(String file);

    /** The file's pages when its extraction is searchable; empty otherwise (or not extracted). */
    Optional<List<Page>> pages(String file);
  }

  /** Two talks that may be one: {@code source} keeps its id, {@code export} joins it. */
  record Candidate(ArchiveTalk source, ArchiveTalk export) {
    Set<String> files() {
      Set<String> files = new LinkedHashSet<>(decks(source));
      files.addAll(decks(export));
      return files;
    }
  }

  private final SlideMatcher matcher = new SlideMatcher();
  private final Map<String, Boolean> known = new ConcurrentHashMap<>();

  /** The pairs of talks that might be one deck; only their files need extracting to decide. */
  static List<Candidate> candidates(List<ArchiveTalk> talks) {
    Map<String, List<ArchiveTalk>> byFolder = new java.util.TreeMap<>();
    for (ArchiveTalk talk : talks) {
      if (loose(talk) && !decks(talk).isEmpty()) {
        byFolder.computeIfAbsent(talk.meetup().id() + "\n" + folder(talk), k -> new ArrayList<>()).add(talk);
      }
    }
    List<Candidate> candidates = new ArrayList<>();
    for (List<ArchiveTalk> inFolder : byFolder.values()) {
      for (int a = 0; a < inFolder.size(); a++) {
        for (int b = a + 1; b < inFolder.size(); b++) {
          candidate(inFolder.get(a), inFolder.get(b)).ifPresent(candidates::add);
        }
      }
    }
    return candidates;
  }

  /** {@code talks} with each pair found to be one deck replaced by one talk, in the same order. */
  List<ArchiveTalk> join(List<ArchiveTalk> talks, FileTexts texts) {
    List<Candidate> candidates = candidates(talks);
    if (candidates.isEmpty()) {
      return talks;
    }
    Set<String> joined = new HashSet<>();
    Map<String, ArchiveTalk> replaced = new ConcurrentHashMap<>();
    for (Candidate c : candidates) {
      if (joined.contains(c.source().id()) || joined.contains(c.export().id()) || !oneDeck(c, texts)) {
        continue;
      }
      joined.add(c.source().id());
      joined.add(c.export().id());
      replaced.put(c.source().id(), together(c));
    }
    List<ArchiveTalk> result = new ArrayList<>();
    for (ArchiveTalk talk : talks) {
      if (replaced.containsKey(talk.id())) {
        result.add(replaced.get(talk.id()));
      } else if (!joined.contains(talk.id())) {
        result.add(talk);
      }
    }
    return result;
  }

  private boolean oneDeck(Candidate c, FileTexts texts) {
    for (String a : decks(c.source())) {
      for (String b : decks(c.export())) {
        if (format(a) != format(b) && oneDeck(a, b, texts)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean oneDeck(String a, String b, FileTexts texts) {
    String shaA = texts.sha256(a);
    String shaB = texts.sha256(b);
    String key = shaA + "|" + shaB;
    Boolean answer = shaA.isEmpty() || shaB.isEmpty() ? null : known.get(key);
    if (answer != null) {
      return answer;
    }
    Optional<List<Page>> pagesA = texts.pages(a);
    Optional<List<Page>> pagesB = texts.pages(b);
    if (pagesA.isEmpty() || pagesB.isEmpty()) {
      return false; // not extracted (yet), or nothing to compare: not remembered, asked again next time
    }
    boolean same = matcher.match(pagesA.get(), pagesB.get()).isPresent();
    if (!shaA.isEmpty() && !shaB.isEmpty()) {
      known.put(key, same);
    }
    return same;
  }

  private static Optional<Candidate> candidate(ArchiveTalk a, ArchiveTalk b) {
    Set<DocumentFormat> formatsA = formats(a);
    Set<DocumentFormat> formatsB = formats(b);
    if (formatsA.isEmpty() || formatsB.isEmpty() || formatsA.equals(formatsB)) {
      return Optional.empty();
    }
    // The source is the talk with a deck that is not a PDF; on a tie, the first by location.
    boolean aSource = formatsA.stream().anyMatch(f -> f != DocumentFormat.PDF)
        || formatsB.stream().allMatch(f -> f == DocumentFormat.PDF);
    ArchiveTalk source = aSource ? a : b;
    ArchiveTalk export = aSource ? b : a;
    if (!export.declared().equals(TalkJson.NONE)) {
      if (!source.declared().equals(TalkJson.NONE)) {
        return Optional.empty();
      }
      ArchiveTalk swap = source;
      source = export;
      export = swap;
    }
    return Optional.of(new Candidate(source, export));
  }

  private static ArchiveTalk together(Candidate c) {
    List<String> files = new ArrayList<>(c.source().files());
    files.addAll(c.export().files());
    // Decks first, as the scanner orders them, so file 1 stays the deck a reader wants.
    files.sort(Comparator.comparing((String f) -> !DocumentFormat.ofFileName(f).map(DocumentFormat::isDeck).orElse(false))
        .thenComparing(f -> f));
    return new ArchiveTalk(c.source().id(), c.source().location(), c.source().meetup(), c.source().declared(),
        files, c.source().metadataDigest() + "+" + c.export().metadataDigest());
  }

  /** A talk that is a file (or files sharing a stem) in its folder, not a folder of its own. */
  private static boolean loose(ArchiveTalk talk) {
    return talk.files().contains(talk.location());
  }

  private static String folder(ArchiveTalk talk) {
    int slash = talk.location().lastIndexOf('/');
    return slash < 0 ? "" : talk.location().substring(0, slash);
  }

  private static List<String> decks(ArchiveTalk talk) {
    return talk.files().stream().filter(f -> format(f) != null && format(f).isDeck()).toList();
  }

  private static Set<DocumentFormat> formats(ArchiveTalk talk) {
    Set<DocumentFormat> formats = new HashSet<>();
    decks(talk).forEach(f -> formats.add(format(f)));
    return formats;
  }

  private static DocumentFormat format(String file) {
    return DocumentFormat.ofFileName(file).orElse(null);
  }
}

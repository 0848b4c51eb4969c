package dev.lectern.archive;

import dev.lectern.model.DocumentFormat;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * One pass over the archive's folders, in name order: the documents, the folders that carry a
 * {@code meetup.json} or {@code talk.json}, and folders that could not be read. Symbolic links are
 * followed only while they stay inside the archive, and each real folder is visited once, so a link
 * loop cannot hang the scan.
 */
final class ArchiveWalk {
  static final String MEETUP_JSON = "meetup.json";
  static final String TALK_JSON = "talk.json";
  /** {@code <stem>.talk.json} beside a talk that is a loose file (or files) in its meetup's folder. */
  static final String SIDECAR_SUFFIX = ".talk.json";

  /** Root-level names the archive reserves for itself. */
  private static final Set<String> RESERVED_AT_ROOT = Set.of("trash", "glossary.txt");

  private final Path root;
  private final Path realRoot;
  private final List<String> documents = new ArrayList<>();
  private final Set<String> meetupFolders = new TreeSet<>();
  private final Set<String> talkFolders = new TreeSet<>();
  private final Set<String> sidecars = new TreeSet<>();
  private boolean speakersJson;
  private final List<MetadataProblem> problems = new ArrayList<>();
  private final Set<Path> visited = new HashSet<>();

  private ArchiveWalk(Path root) throws IOException {
    this.root = root;
    this.realRoot = root.toRealPath();
    // The root is visited first: a link back to it inside the archive must not walk it again under a new name.
    visited.add(realRoot);
  }

  static ArchiveWalk of(Path root) {
    try {
      ArchiveWalk walk = new ArchiveWalk(root);
      walk.visit(root, "");
      return walk;
    } catch (IOException e) {
      throw new IllegalArgumentException("archive root cannot be read: " + root, e);
    }
  }

  List<String> documents() {
    return documents;
  }

  Set<String> meetupFolders() {
    return meetupFolders;
  }

  Set<String> talkFolders() {
    return talkFolders;
  }

  /** The archive declares its people in a speakers.json at its root. */
  boolean speakersJson() {
    return speakersJson;
  }

  /** talk.json files of loose-file talks, archive-relative. */
  Set<String> sidecars() {
    return sidecars;
  }

  List<MetadataProblem> problems() {
    return problems;
  }

  Path resolve(String relative) {
    return relative.isEmpty() ? root : root.resolve(relative);
  }

  private void visit(Path folder, String relative) {
    Set<String> names = new TreeSet<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      entries.forEach(entry -> names.add(entry.getFileName().toString()));
    } catch (IOException | SecurityException e) {
      problems.add(new MetadataProblem(relative.isEmpty() ? "." : relative, 0, 0,
          "folder cannot be read (" + e.getClass().getSimpleName() + "); its talks are missing"));
      return;
    }
    for (String name : names) {
      if (name.startsWith(".") || relative.isEmpty() && RESERVED_AT_ROOT.contains(name.toLowerCase(Locale.ROOT))) {
        continue;
      }
      Path entry = folder.resolve(name);
      String child = relative.isEmpty() ? name : relative + "/" + name;
      if (!insideArchive(entry)) {
        continue;
      }
      if (Files.isDirectory(entry) && keynotePackage(entry, name)) {
        if (isTalkDocument(relative, name)) {
          documents.add(child); // a deck saved as a folder is one document, not a folder of files
        }
      } else if (Files.isDirectory(entry)) {
        visitOnce(entry, child);
      } else if (relative.isEmpty() && name.equals(SpeakersJson.FILE)) {
        speakersJson = Files.isRegularFile(entry);
      } else if (!relative.isEmpty() && name.equals(MEETUP_JSON)) {
        meetupFolders.add(relative);
      } else if (!relative.isEmpty() && name.equals(TALK_JSON)) {
        talkFolders.add(relative);
      } else if (name.endsWith(SIDECAR_SUFFIX) && name.length() > SIDECAR_SUFFIX.length()) {
        sidecars.add(child);
      } else if (Files.isRegularFile(entry) && isTalkDocument(relative, name)) {
        documents.add(child);
      }
    }
  }

  /**
   * A document the scanner should treat as (part of) a talk. Notes at the archive root (a README
   * describing the archive) belong to no meetup, so only decks count there.
   */
  private static boolean isTalkDocument(String folder, String name) {
    return DocumentFormat.ofFileName(name)
        .filter(format -> !folder.isEmpty() || format.isDeck())
        .isPresent();
  }

  /** A Keynote deck saved as a package folder: named .key, holding its Index (folder or zip). */
  private static boolean keynotePackage(Path folder, String name) {
    return DocumentFormat.ofFileName(name).orElse(null) == DocumentFormat.KEY
        && (Files.isDirectory(folder.resolve("Index")) || Files.isRegularFile(folder.resolve("Index.zip")));
  }

  private void visitOnce(Path folder, String relative) {
    try {
      if (visited.add(folder.toRealPath())) {
        visit(folder, relative);
      }
    } catch (IOException e) {
      problems.add(new MetadataProblem(relative, 0, 0, "folder cannot be resolved: " + e.getMessage()));
    }
  }

  /** Plain entries are inside by construction; a link is followed only if its target is too. */
  private boolean insideArchive(Path entry) {
    if (!Files.isSymbolicLink(entry)) {
      return true;
    }
    try {
      return entry.toRealPath().startsWith(realRoot);
    } catch (IOException e) {
      return false;
    }
  }
}

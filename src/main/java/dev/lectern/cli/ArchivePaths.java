package dev.lectern.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where Lectern reads and writes. The index folder holds the Lucene index, the extraction cache,
 * page images and the organizers' token file: everything derived, nothing that belongs in the archive.
 */
public record ArchivePaths(Path archive, Path index) {
  public ArchivePaths {
    archive = archive.toAbsolutePath().normalize();
    index = index.toAbsolutePath().normalize();
  }

  public Path luceneDir() {
    return index.resolve("lucene");
  }

  public Path extractionCacheDir() {
    return index.resolve("extracted");
  }

  /** Where uploads are spooled while they arrive; emptied at every start. */
  public Path uploadSpoolDir() {
    return index.resolve("upload-tmp");
  }

  /** Slide embeddings, by the content hash of their file, like extracted text. */
  public Path embeddingCacheDir() {
    return index.resolve("embedded");
  }

  /** Where ONNX Runtime and the tokenizer unpack their native libraries (not /tmp, not the home folder). */
  public Path nativeLibraryDir() {
    return index.resolve("native");
  }

  /** Page images, by content hash; derived like the rest of the index folder. */
  public Path thumbnailDir() {
    return index.resolve("thumbnails");
  }

  public Path glossary() {
    return archive.resolve("glossary.txt");
  }

  /** Commands that read the archive stop here, with advice, when it is not there. */
  public ArchivePaths requireArchive() {
    existingArchive(archive);
    return this;
  }

  static Path existingArchive(Path archive) {
    Path absolute = archive.toAbsolutePath().normalize();
    if (!Files.isDirectory(absolute)) {
      throw new UsageException("archive folder " + absolute + " does not exist; pass --archive DIR");
    }
    return absolute;
  }
}

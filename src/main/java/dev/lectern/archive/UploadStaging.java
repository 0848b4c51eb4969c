package dev.lectern.archive;

import dev.lectern.model.DocumentFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Uploaded files written beside where they will go, before anything about them is decided. */
final class UploadStaging {
  private final ArchiveEditor editor;

  UploadStaging(ArchiveEditor editor) {
    this.editor = editor;
  }

  /**
   * Stages every upload in {@code folder}, hashed and detected; refuses the whole request on a file
   * Lectern cannot read. The same content twice is stored once; two different files named alike
   * are both kept, the second as "-2".
   */
  List<StagedFile> stage(List<Curator.Upload> uploads, Path folder) throws IOException {
    Map<String, StagedFile> byHash = new LinkedHashMap<>();
    Set<String> names = new HashSet<>();
    List<StagedFile> all = new ArrayList<>();
    try {
      for (Curator.Upload upload : uploads) {
        StagedFile file;
        try (InputStream in = upload.open()) {
          file = editor.stage(in, upload.name(), folder);
        }
        all.add(file);
        if (!file.supported()) {
          String name = String.valueOf(upload.name());
          String shown = name.length() > 120 ? name.substring(0, 120) : name;
          throw new CurationException(CurationException.Reason.UNSUPPORTED, "unsupported_type",
              Map.of("field", "file", "name", shown, "mediaType", file.mediaType(),
                  "extensions", String.join(" ", DocumentFormat.acceptedExtensions())),
              "'" + shown + "' is " + file.mediaType() + "; Lectern accepts "
                  + String.join(", ", DocumentFormat.acceptedExtensions()));
        }
        if (byHash.containsKey(file.sha256())) {
          editor.discard(file.temp());
          continue;
        }
        byHash.put(file.sha256(), file.storedAs(UploadName.free(file.storedName(), names)));
      }
    } catch (IOException | RuntimeException e) {
      all.forEach(f -> editor.discard(f.temp()));
      throw e;
    }
    return new ArrayList<>(byHash.values());
  }
}

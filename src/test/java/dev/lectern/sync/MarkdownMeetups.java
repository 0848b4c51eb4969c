package dev.lectern.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** An archive of dated meetups with one short markdown talk each: the cheapest real files to reconcile. */
final class MarkdownMeetups {
  private MarkdownMeetups() {}

  static void write(Path archive, int meetups) throws IOException {
    for (int i = 0; i < meetups; i++) {
      Path meetup = Files.createDirectories(archive.resolve("2024-01-0" + (i + 1) + "-meetup"));
      Files.writeString(meetup.resolve("talk" + i + ".md"), "# talk " + i + "\n\nnumbats eat termites " + i);
    }
  }
}

package dev.lectern.web;

import java.nio.file.Files;

/**
 * The sample archive served with page images, and a headless browser pointed at it: what every
 * browser test starts with, opened together and closed browser first.
 */
record SampleSite(SampleArchiveServer server, Browser browser) implements AutoCloseable {
  static SampleSite open(String tempPrefix) throws Exception {
    SampleArchiveServer server =
        new SampleArchiveServer(SampleArchiveServer.SAMPLE_ARCHIVE, Files.createTempDirectory(tempPrefix), true);
    try {
      return new SampleSite(server, Browser.open(server.base()));
    } catch (Exception | Error e) {
      server.close();
      throw e;
    }
  }

  @Override
  public void close() throws Exception {
    try {
      browser.close();
    } finally {
      server.close();
    }
  }
}

package dev.lectern.render;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The real page-image drawer held at a gate: drawing waits until the test opens it, so a test can
 * look at a server while text is searchable and images are not drawn yet.
 */
public final class GatedThumbnailer implements Thumbnailer {
  private final Thumbnailer real;
  private final CountDownLatch gate = new CountDownLatch(1);

  public GatedThumbnailer(Path store) {
    this.real = new SlideThumbnailer(SlideRenderer.standard(), new ThumbnailStore(store));
  }

  public void open() {
    gate.countDown();
  }

  public boolean opened() {
    return gate.getCount() == 0;
  }

  @Override
  public boolean missing(String sha256) {
    return real.missing(sha256);
  }

  @Override
  public void render(String sha256, Path file) {
    try {
      gate.await(5, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    real.render(sha256, file);
  }

  @Override
  public void skip(String sha256) {
    real.skip(sha256);
  }
}

package dev.lectern.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.sample.PptxDeckWriter;
import dev.lectern.sample.SampleDeck;
import dev.lectern.sample.SampleSlide;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Slide images whose Chinese text no font can draw are not cached; with a font they are. */
class CjkFontTest {
  private static final String SHA = "ab".repeat(32);

  @TempDir
  Path dir;

  private Path deck(String heading, String bullet) throws IOException {
    Path file = dir.resolve("deck.pptx");
    new PptxDeckWriter().write(new SampleDeck("Deck", "Ann Lee",
        List.of(new SampleSlide("Intro", List.of("plain words"), ""), new SampleSlide(heading, List.of(bullet), ""))),
        file);
    return file;
  }

  @Test
  void onlyAFontThatDrawsHanCounts() {
    assertThat(CjkFont.anyDisplays()).as("no fonts at all").isFalse();
    assertThat(CjkFont.anyDisplays(new Font("Noto Sans CJK SC", Font.PLAIN, 12))).isEqualTo(CjkFont.available());
    assertThat(CjkFont.needsCjk("深度学习 compilers")).isTrue();
    assertThat(CjkFont.needsCjk("Ünïcode — but no Han")).isFalse();
  }

  /** Draws the deck through the thumbnailer, with or without a font for Chinese, into a fresh store. */
  private ThumbnailStore drawn(boolean cjkFont, String heading, String bullet) throws IOException {
    ThumbnailStore store = new ThumbnailStore(dir.resolve("thumbs"));
    new SlideThumbnailer(new SlideRenderer(300, Optional.empty(), cjkFont), store).render(SHA, deck(heading, bullet));
    return store;
  }

  @Test
  void chineseSlideDrawnWithoutAFontIsLeftUncached() throws IOException {
    ThumbnailStore store = drawn(false, "编译器优化", "图模式与动态形状");
    assertThat(store.has(SHA)).as("no font for the Chinese slide: nothing cached").isFalse();
    assertThat(store.page(SHA, 1)).isEmpty();
  }

  @Test
  void chineseSlideDrawnWithAFontIsCached() throws IOException {
    ThumbnailStore store = drawn(true, "编译器优化", "图模式与动态形状");
    assertThat(store.has(SHA)).isTrue();
    assertThat(store.page(SHA, 2)).isPresent();
  }

  @Test
  void slidesWithoutHanAreCachedEvenWithoutAFont() throws IOException {
    ThumbnailStore store = drawn(false, "Compilers", "graph mode and dynamic shapes");
    assertThat(store.has(SHA)).isTrue();
    assertThat(store.page(SHA, 2)).isPresent();
  }

  @Test
  void thisMachineHasTheCjkFontItsTestsInstall() {
    // .ci/run installs fonts-noto-cjk; without it this test says so rather than passing blindly.
    assertThat(CjkFont.available()).as(CjkFont.MISSING).isTrue();
  }
}

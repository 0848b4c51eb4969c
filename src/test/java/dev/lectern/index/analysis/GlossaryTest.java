package dev.lectern.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GlossaryTest {
  @Test
  void theBuiltInGlossaryExpandsAndNoneDoesNot() {
    assertThat(new Glossary(null).equivalents("Inductor")).contains("Inductor").hasSizeGreaterThan(1);
    assertThat(Glossary.none().equivalents("Inductor")).containsExactly("Inductor");
  }
}

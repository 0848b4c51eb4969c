package dev.lectern.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Snippets#tidy} gives what the two regular expressions it replaced gave, on edge cases and on random text. */
class SnippetsTest {
  /** The tidying as it was written before, with regular expressions. */
  private static String byRegex(String snippet) {
    String flat = snippet.replaceAll("\\s+", " ").strip();
    return flat.replaceFirst("^[,.;:)\\]}]+\\s*", "");
  }

  @Test
  void tidyMatchesTheRegularExpressionsItReplaced() {
    List<String> cases = new ArrayList<>(List.of("", " ", "\t\n", "plain", "  two\n\nlines  ", ", <mark>kernel</mark> boots",
        ").] } rest", ")", ",,,", ".\t\u000B\f\rnext", "\u2003 em space\u2003", "a\u00A0b", "中文，<mark>内存</mark>。",
        "x, y", "; : ) ] }\n"));
    Random random = new Random(42);
    String alphabet = " \t\n\u000B\f\r\u2003\u00A0,.;:)]}(ab<>中";
    for (int i = 0; i < 5_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(12); n > 0; n--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      cases.add(text.toString());
    }
    for (String text : cases) {
      assertThat(Snippets.tidy(text)).as("tidy of '%s'", text.replace("\n", "\\n")).isEqualTo(byRegex(text));
    }
  }
}

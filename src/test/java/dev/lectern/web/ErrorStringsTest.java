package dev.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every error code the server names in its sources has a sentence in both of the UI's languages, so a
 * reader of the Chinese UI never meets a refusal in English. A code added without its sentences fails
 * here, not in front of a user.
 */
class ErrorStringsTest {
  private static final Path SOURCES = Path.of("src/main/java/dev/lectern");
  private static final Path STRINGS = Path.of("web/js/error-strings.js");
  /** The ways the sources name a code: the exception constructors and their factories. */
  private static final Pattern CODE = Pattern.compile(
      "(?:new ApiException\\(\\d+, |new CurationException\\([^,]+, |new QueryLimitException\\(|(?:invalid|missing|notFound|conflict)\\(|badField\\([^,]+, )\"([a-z_]+)\"");
  private static final Pattern KEY = Pattern.compile("'errors\\.([a-z_]+)'\\s*:");

  @Test
  void everyCodeTheServerNamesIsSaidInEnglishAndChinese() throws IOException {
    Set<String> codes = codesInSources();
    assertThat(codes).as("codes found in the sources (the pattern must keep finding them)")
        .contains("query_too_many_words", "field_too_long", "talk_not_found", "bad_param", "unsupported_type");

    String strings = Files.readString(STRINGS, StandardCharsets.UTF_8);
    int zh = strings.indexOf("\n  zh: {");
    assertThat(zh).as("error-strings.js has a zh block").isPositive();
    assertThat(keys(strings.substring(0, zh))).as("English sentences").containsAll(codes);
    assertThat(keys(strings.substring(zh))).as("Chinese sentences").containsAll(codes);
  }

  @Test
  void bothLanguagesSayTheSameCodesWithTheSameParams() throws IOException {
    String strings = Files.readString(STRINGS, StandardCharsets.UTF_8);
    int zh = strings.indexOf("\n  zh: {");
    assertThat(keys(strings.substring(zh))).isEqualTo(keys(strings.substring(0, zh)));
    for (String code : keys(strings.substring(0, zh))) {
      assertThat(params(strings.substring(zh), code)).as(code).isEqualTo(params(strings.substring(0, zh), code));
    }
  }

  private static Set<String> codesInSources() throws IOException {
    Set<String> codes = new TreeSet<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = CODE.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          codes.add(m.group(1));
        }
      }
    }
    return codes;
  }

  private static Set<String> keys(String block) {
    Set<String> keys = new TreeSet<>();
    Matcher m = KEY.matcher(block);
    while (m.find()) {
      keys.add(m.group(1));
    }
    return keys;
  }

  private static Set<String> params(String block, String code) {
    int at = block.indexOf("'errors." + code + "'");
    String line = block.substring(at, block.indexOf('\n', at));
    Set<String> params = new TreeSet<>();
    Matcher m = Pattern.compile("\\{(\\w+)}").matcher(line);
    while (m.find()) {
      params.add(m.group(1));
    }
    return params;
  }
}

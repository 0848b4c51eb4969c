package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArgumentsTest {
  @Test
  void splitsCommandWordsAndOptions() {
    Arguments args = Arguments.parse(new String[] {"search", "torch.compile", "--limit", "3", "--json", "--index=/x"},
        Set.of("json"));
    assertThat(args.command()).isEqualTo("search");
    assertThat(args.positional()).containsExactly("torch.compile");
    assertThat(args.option("limit")).isEqualTo("3");
    assertThat(args.flag("json")).isTrue();
    assertThat(args.option("index")).isEqualTo("/x");
  }

  @Test
  void anOptionWithoutItsValueIsAUsageError() {
    assertThatThrownBy(() -> Arguments.parse(new String[] {"serve", "--port"}, Set.of()))
        .isInstanceOf(UsageException.class).hasMessageContaining("--port needs a value");
  }

  @Test
  void flagsWinOverEnvironmentWhichWinsOverDefaults() {
    Map<String, String> env = Map.of("LECTERN_PORT", "9000", "LECTERN_ARCHIVE", "/data/talks");
    LecternConfig fromEnv = LecternConfig.from(Arguments.parse(new String[] {"serve"}, Set.of()), env);
    assertThat(fromEnv.port()).isEqualTo(9000);
    assertThat(fromEnv.archive()).isEqualTo(Path.of("/data/talks"));
    assertThat(fromEnv.host()).isEqualTo("127.0.0.1");
    LecternConfig fromFlag = LecternConfig.from(Arguments.parse(new String[] {"serve", "--port", "8081"}, Set.of()), env);
    assertThat(fromFlag.port()).isEqualTo(8081);
    assertThatThrownBy(() -> LecternConfig.from(Arguments.parse(new String[] {"serve", "--port", "x"}, Set.of()), env))
        .isInstanceOf(UsageException.class);
  }
}

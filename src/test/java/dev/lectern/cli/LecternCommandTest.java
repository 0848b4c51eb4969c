package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.Lectern;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The command line as picocli reads it: options per command, environment defaults, mistakes. */
class LecternCommandTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private CommandSpec parse(Map<String, String> env, String... args) {
    CommandLine line = LecternCommand.create(print(out), print(err), env, null);
    return line.parseArgs(args).subcommand().commandSpec();
  }

  private int run(Map<String, String> env, String... args) {
    return new Lectern(print(out), print(err), env).run(args);
  }

  private static PrintStream print(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }

  private static <T> T mixin(CommandSpec command, String field, Class<T> type) {
    return type.cast(command.mixins().get(field).userObject());
  }

  @Test
  void splitsQueryWordsFromOptionsInEitherSpelling() {
    CommandSpec search = parse(Map.of(), "search", "torch.compile", "-cuda", "--limit", "3", "--json", "--index=/x");
    assertThat(search.positionalParameters().get(0).<java.util.List<String>>getValue())
        .containsExactly("torch.compile", "-cuda");
    assertThat(search.findOption("--limit").<Integer>getValue()).isEqualTo(3);
    assertThat(search.findOption("--json").<Boolean>getValue()).isTrue();
    assertThat(mixin(search, "paths", PathOptions.class).paths().index()).isEqualTo(Path.of("/x"));
  }

  @Test
  void flagsWinOverEnvironmentWhichWinsOverDefaults() {
    Map<String, String> env = Map.of("LECTERN_PORT", "9000", "LECTERN_ARCHIVE", "/data/talks");
    CommandSpec fromEnv = parse(env, "serve");
    assertThat(mixin(fromEnv, "server", ServerOptions.class).settings().port()).isEqualTo(9000);
    assertThat(mixin(fromEnv, "server", ServerOptions.class).settings().host()).isEqualTo("127.0.0.1");
    assertThat(mixin(fromEnv, "paths", PathOptions.class).paths().archive()).isEqualTo(Path.of("/data/talks"));
    assertThat(mixin(fromEnv, "paths", PathOptions.class).paths().index())
        .isEqualTo(Path.of("index").toAbsolutePath());

    CommandSpec fromFlag = parse(env, "serve", "--port", "8081");
    assertThat(mixin(fromFlag, "server", ServerOptions.class).settings().port()).isEqualTo(8081);
    assertThat(mixin(parse(Map.of("LECTERN_PORT", " "), "serve"), "server", ServerOptions.class).settings().port())
        .as("a blank variable is unset").isEqualTo(7070);
  }

  @Test
  void theEnvironmentReachesTheCommandsThatRun() {
    assertThat(run(Map.of("LECTERN_ARCHIVE", "/nonexistent/talks"), "index")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("archive folder /nonexistent/talks does not exist");
  }

  @Test
  void anUnknownOptionIsRejectedNamingTheOneMeant() {
    assertThat(run(Map.of(), "serve", "--prot", "8080")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("'--prot'").contains("did you mean --port");
    err.reset();
    assertThat(run(Map.of(), "search", "x", "--limt", "3")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("'--limt'").contains("did you mean --limit");
    err.reset();
    assertThat(run(Map.of(), "token", "list", "--archive", "/x")).as("options belong to their command").isEqualTo(2);
  }

  @Test
  void badValuesAndMissingValuesAreUsageErrors() {
    assertThat(run(Map.of(), "serve", "--port")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--port");
    err.reset();
    assertThat(run(Map.of("LECTERN_PORT", "x"), "serve", "--archive", ".")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--port must be a number, was 'x'");
    err.reset();
    assertThat(run(Map.of(), "index", "--extract-heap-mb", "3", "--archive", ".")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--extract-heap-mb must be a number from 64");
  }

  @Test
  void everyCommandAndSubcommandDescribesItsOptions() {
    for (String[] command : new String[][] {{"serve"}, {"index"}, {"reindex"}, {"search"}, {"eval"}, {"check"},
        {"token"}, {"token", "create"}, {"token", "list"}, {"token", "revoke"}, {"trash"}, {"trash", "purge"}}) {
      out.reset();
      String[] args = java.util.Arrays.copyOf(command, command.length + 1);
      args[command.length] = "--help";
      assertThat(run(Map.of(), args)).isZero();
      assertThat(out.toString(StandardCharsets.UTF_8)).as(String.join(" ", command))
          .contains("lectern " + String.join(" ", command)).contains("--help");
    }
  }
}

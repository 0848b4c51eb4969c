package dev.lectern.cli;

import dev.lectern.index.IndexLockedException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code lectern} command and its tree of subcommands. Exit codes: 0 done, 1 the work failed
 * (a file, an I/O error, a check that found problems), 2 the command line or the setup is wrong.
 */
@Command(name = "lectern",
    header = {"Lectern: a search engine and archive for meetup talks.", ""},
    synopsisHeading = "",
    customSynopsis = "usage: lectern COMMAND [options]",
    commandListHeading = "%n",
    footer = {"", "'lectern COMMAND --help' describes a command's options."})
public final class LecternCommand implements Runnable {
  public static final int USAGE = 2;

  private final PrintStream out;
  private CommandLine self;

  private LecternCommand(PrintStream out) {
    this.out = out;
  }

  /** With no command, the overview. */
  @Override
  public void run() {
    self.usage(out);
  }

  /** The command line, ready to {@link CommandLine#execute}; defaults come from {@code env}. */
  public static CommandLine create(PrintStream out, PrintStream err, Map<String, String> env, Components parts) {
    CommandContext context = new CommandContext(out, err, parts);
    LecternCommand root = new LecternCommand(out);
    CommandLine line = new CommandLine(root)
        .addSubcommand(new ServeCommand(context))
        .addSubcommand(new WaitCommand(context))
        .addSubcommand(new IndexCommand(context))
        .addSubcommand(new ReindexCommand(context))
        .addSubcommand(new SearchCommand(context))
        .addSubcommand(new EvalCommand(context))
        .addSubcommand(new TokenCommand(context))
        .addSubcommand(new TrashCommand(context))
        .addSubcommand(new CheckCommand(context))
        .addSubcommand(new CommandLine(new CommandLine.HelpCommand()));
    line.getSubcommands().get("help").getCommandSpec().usageMessage().hidden(true);
    root.self = line;
    addHelpOption(line);
    // A query may exclude words with -word; only --options are the command's.
    line.getSubcommands().get("search").setUnmatchedOptionsArePositionalParams(true);
    return line.setDefaultValueProvider(new EnvironmentDefaults(env))
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .setParameterExceptionHandler((e, args) -> rejected(e, err))
        .setExecutionExceptionHandler((e, command, parsed) -> failed(e, err));
  }

  /** {@code -h} and {@code --help} on every command, generated from its annotations. */
  private static void addHelpOption(CommandLine line) {
    CommandSpec spec = line.getCommandSpec();
    if (spec.findOption("--help") == null) {
      spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("show this help").build());
    }
    line.getSubcommands().values().forEach(LecternCommand::addHelpOption);
  }

  private static int rejected(ParameterException e, PrintStream err) {
    CommandLine command = e.getCommandLine();
    if (e instanceof UnmatchedArgumentException unmatched && command.getParent() == null
        && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")) {
      err.println("unknown command '" + unmatched.getUnmatched().get(0) + "'");
      UnmatchedArgumentException.printSuggestions(e, err);
      command.usage(err);
      return USAGE;
    }
    err.println("lectern: " + e.getMessage());
    if (e instanceof UnmatchedArgumentException unmatched) {
      unmatched.getUnmatched().stream().filter(word -> word.startsWith("--")).forEach(word -> {
        List<String> closest = OptionSuggestions.closest(command.getCommandSpec(), word);
        if (!closest.isEmpty()) {
          err.println("did you mean " + String.join(" or ", closest) + " instead of " + word + "?");
        }
      });
    }
    err.println("'" + command.getCommandSpec().qualifiedName() + " --help' describes its options.");
    return USAGE;
  }

  private static int failed(Exception e, PrintStream err) {
    if (e instanceof ParameterException rejected) { // found by a command after parsing
      return rejected(rejected, err);
    }
    if (e instanceof UsageException || e instanceof IndexLockedException || e instanceof IllegalStateException) {
      err.println("lectern: " + e.getMessage());
      return USAGE;
    }
    if (e instanceof IOException || e instanceof UncheckedIOException) {
      err.println("lectern: " + e.getMessage());
      return 1;
    }
    // A bug, not the user's mistake: one line on the terminal, never a stack trace.
    err.println("lectern: failed unexpectedly (" + e + "); please report it");
    return 1;
  }
}

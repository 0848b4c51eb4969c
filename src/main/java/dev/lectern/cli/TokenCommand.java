package dev.lectern.cli;

import dev.lectern.auth.TokenStore;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "token", header = "create, list and revoke organizers' tokens",
    synopsisSubcommandLabel = "create NAME | list | revoke NAME",
    description =
        "Organizers' tokens for uploads and edits. 'create' prints the new token once, on the last line; the index folder keeps only its SHA-256 hash (tokens.json).")
final class TokenCommand implements Callable<Integer> {
  private final CommandContext context;

  TokenCommand(CommandContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    throw new UsageException("usage: lectern token create NAME | list | revoke NAME");
  }

  @Command(name = "create", description = "create a token and print it, once")
  int create(@Parameters(paramLabel = "NAME") String name, @Mixin IndexOption index) throws IOException {
    TokenStore tokens = new TokenStore(index.index().toAbsolutePath().normalize());
    String token;
    try {
      token = tokens.create(name);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    context.out().println("created token '" + name + "'; it is shown only now, and " + tokens.file()
        + " keeps only its hash:");
    context.out().println(token);
    return 0;
  }

  @Command(name = "list", description = "list the tokens' names and when they were created")
  int list(@Mixin IndexOption index) throws IOException {
    List<TokenStore.Entry> entries = new TokenStore(index.index().toAbsolutePath().normalize()).entries();
    if (entries.isEmpty()) {
      context.out().println("no tokens; create one with: lectern token create NAME");
    }
    for (TokenStore.Entry entry : entries) {
      context.out().printf("%-24s created %s%n", entry.name(), entry.created());
    }
    return 0;
  }

  @Command(name = "revoke", description = "revoke a token: it stops working at once")
  int revoke(@Parameters(paramLabel = "NAME") String name, @Mixin IndexOption index) throws IOException {
    if (!new TokenStore(index.index().toAbsolutePath().normalize()).revoke(name)) {
      context.err().println("lectern: no token named '" + name + "'");
      return 1;
    }
    context.out().println("revoked token '" + name + "'");
    return 0;
  }
}

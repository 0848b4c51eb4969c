package dev.lectern.cli;

import dev.lectern.archive.ArchiveEditor;
import dev.lectern.archive.Trash;
import dev.lectern.auth.TokenStore;
import dev.lectern.index.IndexCheck;
import dev.lectern.index.JsonCodec;
import dev.lectern.index.ReconcileListener;
import dev.lectern.index.Reconciler;
import dev.lectern.index.SlideIndex;
import dev.lectern.ingest.ExtractionCache;
import dev.lectern.ingest.TikaExtractor;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.List;

/**
 * The organizers' terminal commands: {@code token create|list|revoke}, {@code trash purge} and
 * {@code check [--repair]}. Each returns the exit code.
 */
public final class OrganizerCommands {
  private final PrintStream out;
  private final PrintStream err;

  public OrganizerCommands(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public int token(LecternConfig config, Arguments args) throws IOException {
    List<String> words = args.positional();
    String action = words.isEmpty() ? "" : words.get(0);
    TokenStore tokens = new TokenStore(config.index());
    switch (action) {
      case "create" -> {
        String name = name(words, "create");
        String token;
        try {
          token = tokens.create(name);
        } catch (IllegalArgumentException e) {
          throw new UsageException(e.getMessage());
        }
        out.println("created token '" + name + "'; it is shown only now, and " + tokens.file()
            + " keeps only its hash:");
        out.println(token);
        return 0;
      }
      case "list" -> {
        List<TokenStore.Entry> entries = tokens.entries();
        if (entries.isEmpty()) {
          out.println("no tokens; create one with: lectern token create NAME");
        }
        for (TokenStore.Entry entry : entries) {
          out.printf("%-24s created %s%n", entry.name(), entry.created());
        }
        return 0;
      }
      case "revoke" -> {
        String name = name(words, "revoke");
        if (!tokens.revoke(name)) {
          err.println("lectern: no token named '" + name + "'");
          return 1;
        }
        out.println("revoked token '" + name + "'");
        return 0;
      }
      default -> throw new UsageException("usage: lectern token create NAME | list | revoke NAME");
    }
  }

  public int trash(LecternConfig config, Arguments args) throws IOException {
    if (args.positional().size() != 1 || !args.positional().get(0).equals("purge")) {
      throw new UsageException("usage: lectern trash purge [--archive DIR]");
    }
    requireArchive(config);
    int purged = new Trash(new ArchiveEditor(config.archive())).purge();
    out.printf("purged %d deleted talk(s) from %s/%s%n", purged, config.archive(), Trash.FOLDER);
    return 0;
  }

  public int check(LecternConfig config, Arguments args) throws IOException {
    requireArchive(config);
    JsonCodec json = new JsonCodec();
    boolean repair = args.flag("repair");
    try (SlideIndex index = repair ? SlideIndex.openForWriting(config.luceneDir(), json)
        : SlideIndex.openForReading(config.luceneDir(), json)) {
      IndexCheck check = new IndexCheck(config.archive(), index);
      List<IndexCheck.Problem> problems = check.run();
      problems.forEach(p -> out.println(p));
      if (problems.isEmpty()) {
        out.printf("ok: %d talk(s) in the index match the archive%n", index.catalog().talkCount());
        return 0;
      }
      out.printf("%d problem(s)%n", problems.size());
      if (!repair) {
        out.println("run 'lectern check --repair' (with the server stopped) to fix them from the archive");
        return 1;
      }
      try (TikaExtractor extractor = new TikaExtractor()) {
        Reconciler reconciler = new Reconciler(config.archive(), index, extractor,
            new ExtractionCache(config.extractionCacheDir()), Runtime.getRuntime().availableProcessors());
        check.repair(problems, reconciler, ReconcileListener.NONE);
      }
      List<IndexCheck.Problem> left = check.run();
      left.forEach(p -> out.println("still: " + p));
      out.printf("repaired %d problem(s); %d left%n", problems.size() - left.size(), left.size());
      return left.isEmpty() ? 0 : 1;
    }
  }

  private static String name(List<String> words, String action) {
    if (words.size() != 2) {
      throw new UsageException("usage: lectern token " + action + " NAME");
    }
    return words.get(1);
  }

  private static void requireArchive(LecternConfig config) {
    if (!Files.isDirectory(config.archive())) {
      throw new UsageException("archive folder " + config.archive() + " does not exist; pass --archive DIR");
    }
  }
}

package dev.lectern.cli;

import dev.lectern.index.JsonCodec;
import dev.lectern.index.SearchMode;
import dev.lectern.index.SearchRequest;
import dev.lectern.index.SemanticSearch;
import dev.lectern.sync.Embeddings;
import dev.lectern.index.SearchResult;
import dev.lectern.index.SlideIndex;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", header = "search from the terminal",
    description = "Searches from the terminal: talk, meetup, date and matching slide numbers.")
final class SearchCommand implements Callable<Integer> {
  private final CommandContext context;
  @Mixin private PathOptions paths;
  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "the query, in the search box's language")
  private List<String> words = List.of();

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
      description = "number of talks to show (default ${DEFAULT-VALUE})")
  private int limit;

  @Option(names = "--json", description = "print the API's JSON instead")
  private boolean json;

  @Option(names = "--mode", paramLabel = "M", defaultValue = "hybrid",
      description = "hybrid (words and meaning, the default), lexical or semantic")
  private String mode;

  SearchCommand(CommandContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    if (words.isEmpty()) {
      throw new UsageException("search needs a query: lectern search QUERY");
    }
    // Words may start with '-' (exclusions), so picocli passes unknown options on as words.
    for (String word : words) {
      if (word.startsWith("--") && word.length() > 2) {
        throw new UnmatchedArgumentException(spec.commandLine(), List.of(word));
      }
    }
    ArchivePaths where = paths.paths();
    JsonCodec codec = new JsonCodec();
    SearchMode searchMode = SearchModeOption.parse(mode);
    try (SlideIndex index = context.parts().openForReading(where);
        Embeddings embeddings = searchMode == SearchMode.LEXICAL ? null
            : context.parts().embeddings(where, index, ExtractionSettings.IN_PROCESS_TEXT, () -> 0)) {
      SearchRequest request;
      try {
        request = new SearchRequest(String.join(" ", words), Map.of(), SearchRequest.Order.RELEVANCE, 1,
            Math.max(1, Math.min(limit, SearchRequest.MAX_SIZE)), true, searchMode);
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
      SemanticSearch semantic = embeddings == null ? SemanticSearch.off() : embeddings.search(true);
      SearchResult result = context.parts().searcher(index, where, true, semantic).search(request);
      if (json) {
        context.out().println(codec.write(result));
      } else {
        new SearchPrinter(context.out()).print(result);
      }
      return 0;
    }
  }
}

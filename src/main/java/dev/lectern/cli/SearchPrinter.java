package dev.lectern.cli;

import dev.lectern.index.SearchResult;
import dev.lectern.model.Speaker;
import java.io.PrintStream;
import java.util.stream.Collectors;

/** Prints search results for a terminal: talk, meetup, date, speakers, slide numbers, snippet. */
public final class SearchPrinter {
  private final PrintStream out;

  public SearchPrinter(PrintStream out) {
    this.out = out;
  }

  public void print(SearchResult result) {
    out.printf("%d talk(s) for \"%s\" (%d ms)%n", result.total(), result.query(), result.tookMs());
    if (result.notice() != null) {
      out.println("note: " + result.notice());
    }
    if (result.didYouMean() != null) {
      out.println("did you mean: " + result.didYouMean());
    }
    int rank = (result.page() - 1) * result.size();
    for (SearchResult.Hit hit : result.hits()) {
      rank++;
      var talk = hit.talk();
      out.printf("%n%d. %s%n", rank, talk.title());
      String speakers = talk.speakers().stream().map(Speaker::name).collect(Collectors.joining(", "));
      out.printf("   %s%s%s%n", talk.meetup().title(),
          talk.date().isEmpty() ? "" : ", " + talk.date(),
          speakers.isEmpty() ? "" : " — " + speakers);
      for (SearchResult.PageHit page : hit.pages()) {
        String where = (talk.files().size() > 1 ? "file " + page.file() + " " : "") + "slide " + page.number();
        out.printf("   %s: %s%s%n", where, page.inNotes() ? "Notes: " : "", plain(page.snippet()));
      }
      out.printf("   id: %s%n", talk.id());
    }
  }

  /** The snippet for a terminal: matches in brackets, HTML entities decoded. */
  static String plain(String snippet) {
    return snippet.replace("<mark>", "[").replace("</mark>", "]")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#x27;", "'").replace("&#39;", "'").replace("&#x2F;", "/").replace("&amp;", "&");
  }
}

package dev.lectern.cli;

import java.util.Map;

/** The help of each command: what it does, its options, and the environment variables. */
public final class HelpText {
  private HelpText() {}

  private static final String PATHS = """
        --archive DIR   the archive of meetups (default ./ingest, env LECTERN_ARCHIVE)
        --index DIR     the index folder (default ./index, env LECTERN_INDEX)
      """;

  private static final String EXTRACTION = """
        --extract-timeout SECONDS  give up on a file after this long (default 120)
        --extract-heap-mb N        heap of each extraction child process (default 512)
        --in-process-extraction    parse in this process (debugging only: a bad file can crash it)
        --no-page-images           draw no slide images (drawing costs more than extracting text);
                                   the UI shows each slide's text instead
      """;

  private static final Map<String, String> COMMANDS = Map.of(
      "serve", """
          lectern serve [--archive DIR] [--index DIR] [--port N] [--host ADDR]
            Serves the search page and JSON API. Answers at once from the existing index while it
            reconciles the archive in the background.
          """ + PATHS + """
            --port N        port to listen on (default 7070, env LECTERN_PORT; 0 picks a free one)
            --host ADDR     address to listen on (default 127.0.0.1, env LECTERN_HOST)
            --private       require an organizer login for reading too
            --max-upload-mb N  largest accepted upload file (default 200; a request may be twice that)
            --log-json      write events (requests, extractions) to stderr as JSON lines, not key=value
          Prometheus metrics are at /metrics (behind the login with --private).
          Organizers write with a token from 'lectern token create NAME'.
          """ + EXTRACTION,
      "index", """
          lectern index [--archive DIR] [--index DIR]
            Brings the index in line with the archive: new and changed files are extracted and
            indexed, removed ones dropped, unchanged ones skipped. Exit code 1 if any file failed.
            --log-json      events per file to stderr as JSON lines (key=value without it, off on a terminal)
          """ + PATHS + EXTRACTION,
      "reindex", """
          lectern reindex [--archive DIR] [--index DIR]
            Rebuilds the index from scratch. Extracted text is cached by content hash, so files
            are not parsed again unless they changed.
          """ + PATHS + EXTRACTION,
      "search", """
          lectern search QUERY [--limit N] [--json] [--index DIR]
            Searches from the terminal: talk, meetup, date and matching slide numbers.
            --limit N       number of talks to show (default 10)
            --json          print the API's JSON instead
          """ + PATHS,
      "eval", """
          lectern eval QUERIES.tsv [--archive DIR] [--index DIR] [--verbose] [--no-glossary]
            Brings the index in line with the archive, runs a judged query set and prints MRR,
            recall@10 and nDCG@10 per category (src/test/resources/eval/README.md has the format).
            --verbose       list every query that missed a relevant talk
            --no-glossary   search without the built-in and the archive's glossary
          """ + PATHS,
      "token", """
          lectern token create NAME | list | revoke NAME [--index DIR]
            Organizers' tokens for uploads and edits. 'create' prints the new token once, on the
            last line; the index folder keeps only its SHA-256 hash (tokens.json).
          """ + PATHS,
      "trash", """
          lectern trash purge [--archive DIR]
            Deletes for good the talks deleted through the API (kept in <archive>/.trash until then).
          """ + PATHS,
      "check", """
          lectern check [--repair] [--archive DIR] [--index DIR]
            Verifies the index against the archive: indexed files exist with their hash, nothing is
            unindexed, orphaned or duplicated. Exit code 1 if anything is wrong.
            --repair        fix it from the archive (stop the server first)
          """ + PATHS);

  public static String of(String command) {
    String text = COMMANDS.get(command);
    return text != null ? text : overview();
  }

  public static boolean known(String command) {
    return COMMANDS.containsKey(command);
  }

  public static String overview() {
    return """
        Lectern: a search engine and archive for meetup talks.

        usage: lectern COMMAND [options]

          serve     serve the search page and API (default archive ./ingest, port 7070)
          index     bring the index in line with the archive
          reindex   rebuild the index from scratch
          search    search from the terminal
          eval      measure relevance against a judged query set
          token     create, list and revoke organizers' tokens
          trash     purge talks deleted through the API
          check     verify (and --repair) the index against the archive

        'lectern COMMAND --help' describes a command's options.
        """;
  }
}

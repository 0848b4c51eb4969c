package dev.lectern.bench;

import dev.lectern.bench.load.LoadRunner;
import dev.lectern.bench.load.Workload;
import dev.lectern.index.JsonCodec;
import dev.lectern.index.SlideIndex;
import dev.lectern.index.TalkSearcher;
import dev.lectern.web.WebServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * Where Lectern's search time goes: a JFR recording (profile settings) of the query mix over HTTP at
 * two clients, then {@code jfr view hot-methods} and the top frames of Lectern's own code, so the
 * report can say what separates Lectern from the raw-Lucene floor.
 */
final class ProfileBench {
  private final Path out;
  private final Report report;
  private final Duration time;

  ProfileBench(Path out, Report report, Duration time) {
    this.out = out;
    this.report = report;
    this.time = time;
  }

  void run(BenchCorpus corpus) throws Exception {
    JsonCodec json = new JsonCodec();
    Path recording = out.resolve("search-" + corpus.stats().slides() + ".jfr");
    try (SlideIndex index = SlideIndex.openForReading(corpus.lucene(), json)) {
      TalkSearcher searcher = new TalkSearcher(index);
      WebServer server = new WebServer(index, searcher, json, Files.createDirectories(corpus.dir().resolve("empty-archive")),
          () -> 0).start("127.0.0.1", 0);
      try {
        Workload http = new LecternHttp("http://127.0.0.1:" + server.port(), QueryMix.texts());
        LoadRunner runner = new LoadRunner(QueryMix.QUERIES.size());
        runner.warm(http, 2, Duration.ofSeconds(5));
        try (Recording jfr = new Recording(Configuration.getConfiguration("profile"))) {
          jfr.start();
          double qps = runner.saturation(http, 2, time);
          jfr.stop();
          jfr.dump(recording);
          report.note(String.format("profile: %.0f queries/s over HTTP at 2 clients while recording (load %s)", qps, Machine.load()));
        }
      } finally {
        server.stop();
      }
    }
    String hot = jfr("view", "--width", "160", "hot-methods", recording.toString());
    String lectern = jfr("print", "--events", "jdk.ExecutionSample", "--stack-depth", "64", recording.toString());
    report.section("Profile: Lectern search over HTTP, " + corpus.stats().slides() + " slides",
        "JFR `profile` settings, query mix at 2 clients for " + time.toSeconds() + " s; recording kept at `"
            + out.relativize(recording) + "` (`jfr view hot-methods`):\n\n```\n" + trim(hot, 40) + "\n```\n\n"
            + "Share of execution samples with each Lectern frame anywhere on the stack (inclusive):\n\n"
            + new StackShares(lectern).table("dev.lectern.", 15));
  }

  private String jfr(String... args) throws Exception {
    java.util.List<String> command = new java.util.ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "jfr").toString());
    command.addAll(java.util.List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return text;
  }

  private static String trim(String text, int lines) {
    return String.join("\n", text.lines().limit(lines).toList());
  }
}

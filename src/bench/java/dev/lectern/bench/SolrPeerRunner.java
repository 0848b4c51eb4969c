package dev.lectern.bench;

import dev.lectern.bench.load.EngineResult;
import dev.lectern.bench.load.Protocol;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs the Solr peer (bench/solr-peer, its own Maven project) in a child JVM on its own classpath,
 * so Solr's Lucene 9 never meets Lectern's Lucene 10, and reads back its {@link EngineResult}.
 */
final class SolrPeerRunner {
  private final Path project;
  private final String heap;

  SolrPeerRunner(Path project, String heap) {
    this.project = project;
    this.heap = heap;
  }

  boolean available() {
    return Files.isRegularFile(project.resolve("target/classpath.txt"))
        && Files.isDirectory(project.resolve("target/classes/dev"));
  }

  EngineResult run(Path slides, Path queries, Path out, Protocol protocol) throws IOException, InterruptedException {
    String classpath = project.resolve("target/classes") + ":"
        + Files.readString(project.resolve("target/classpath.txt")).strip();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap,
        "--add-modules", "jdk.incubator.vector", "-cp", classpath, "dev.lectern.bench.solr.SolrPeer",
        slides.toString(), queries.toString(), out.toString(),
        join(protocol.clients()), join(protocol.rates()),
        Long.toString(protocol.warmup().toMillis()), Long.toString(protocol.saturationTime().toMillis()),
        Long.toString(protocol.latencyTime().toMillis()), Integer.toString(protocol.aloneRepeats()),
        Integer.toString(protocol.workers())));
    Files.deleteIfExists(out);
    Process process = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(out.resolveSibling("solr-peer.log").toFile())
        .start();
    int code = process.waitFor();
    if (code != 0 || !Files.isRegularFile(out)) {
      throw new IOException("Solr peer failed (exit " + code + "); see " + out.resolveSibling("solr-peer.log"));
    }
    return SearchBench.read(out);
  }

  private static String join(List<?> values) {
    return values.stream().map(String::valueOf).collect(Collectors.joining(","));
  }
}

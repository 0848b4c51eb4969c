package dev.lectern.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A child process run under {@code /usr/bin/time}: wall seconds, and CPU seconds (user + system,
 * children included), so "both cores busy" is a number: cores = cpu / wall.
 */
record Timed(double wallSeconds, double cpuSeconds, int exit, String output) {
  double cores() {
    return wallSeconds <= 0 ? 0 : cpuSeconds / wallSeconds;
  }

  static Timed run(Path workDir, Path log, List<String> command) throws IOException, InterruptedException {
    Path times = Files.createTempFile("bench-time", ".txt");
    List<String> full = new ArrayList<>(List.of("/usr/bin/time", "-o", times.toString(), "-f", "%e %U %S"));
    full.addAll(command);
    Process process = new ProcessBuilder(full).directory(workDir.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    int exit = process.waitFor();
    List<String> lines = Files.readAllLines(times);
    String[] parts = lines.get(lines.size() - 1).strip().split(" ");
    Files.deleteIfExists(times);
    return new Timed(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]) + Double.parseDouble(parts[2]),
        exit, Files.readString(log, StandardCharsets.UTF_8));
  }
}

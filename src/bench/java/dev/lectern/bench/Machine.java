package dev.lectern.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;

/** What a number was measured on: CPU model, cores, JVM, flags and the load at that moment. */
final class Machine {
  private Machine() {}

  static String load() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException e) {
      return "?";
    }
  }

  static String cpu() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).strip())
          .findFirst().orElse("?");
    } catch (IOException e) {
      return "?";
    }
  }

  static String describe() {
    return "CPU: " + cpu() + ", " + Runtime.getRuntime().availableProcessors() + " cores; JVM: "
        + System.getProperty("java.vm.name") + " " + Runtime.version() + "; flags: "
        + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments())
        + "; max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB";
  }
}

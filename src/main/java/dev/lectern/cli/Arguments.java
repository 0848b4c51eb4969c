package dev.lectern.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A command line split into the command, its positional words and its {@code --options}. Options
 * listed as flags take no value; every other option takes the next word ({@code --port 8080}) or
 * an inline one ({@code --port=8080}).
 */
public record Arguments(String command, List<String> positional, Map<String, String> options) {
  public Arguments {
    positional = List.copyOf(positional);
    options = Map.copyOf(options);
  }

  public static Arguments parse(String[] args, Set<String> flags) {
    String command = null;
    List<String> positional = new ArrayList<>();
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("-h")) {
        arg = "--help";
      }
      if (arg.startsWith("--") && arg.length() > 2) {
        String name = arg.substring(2);
        int eq = name.indexOf('=');
        if (eq >= 0) {
          options.put(name.substring(0, eq), name.substring(eq + 1));
        } else if (flags.contains(name)) {
          options.put(name, "true");
        } else if (i + 1 < args.length) {
          options.put(name, args[++i]);
        } else {
          throw new UsageException("--" + name + " needs a value");
        }
      } else if (command == null) {
        command = arg;
      } else {
        positional.add(arg);
      }
    }
    return new Arguments(command == null ? "help" : command, positional, options);
  }

  public boolean flag(String name) {
    return options.containsKey(name);
  }

  public String option(String name) {
    return options.get(name);
  }

  /** The option, else the environment variable, else the default. */
  public String option(String name, Map<String, String> env, String variable, String fallback) {
    String value = options.get(name);
    if (value == null || value.isBlank()) {
      value = env.get(variable);
    }
    return value == null || value.isBlank() ? fallback : value;
  }
}

package dev.lectern.cli;

import java.lang.reflect.AnnotatedElement;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.ArgSpec;

/**
 * Resolves {@code ${env:NAME:-fallback}} defaults against the environment Lectern was given rather
 * than the process's, so that tests (and embedders) decide what the environment holds. A blank
 * variable counts as unset, as it always has.
 */
final class EnvironmentDefaults implements IDefaultValueProvider {
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{env:([A-Z_][A-Z0-9_]*):-([^}]*)}");

  private final Map<String, String> env;

  EnvironmentDefaults(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  @Override
  public String defaultValue(ArgSpec argSpec) {
    // The declared default, before picocli replaced ${env:…} with the process's variable.
    Option option = argSpec.userObject() instanceof AnnotatedElement member ? member.getAnnotation(Option.class) : null;
    if (option == null) {
      return null;
    }
    Matcher m = VARIABLE.matcher(option.defaultValue());
    if (!m.matches()) {
      return null;
    }
    String value = env.get(m.group(1));
    return value == null || value.isBlank() ? m.group(2) : value.strip();
  }
}

package dev.lectern.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * axe-core (src/test/resources/axe, MPL-2.0) run inside the page under test. The script is handed to the
 * page through WebDriver, which the page's Content-Security-Policy does not govern, so the UI needs no
 * exception for it and the real policy stays in force while axe looks. WCAG 2.2's target size (24 px),
 * off by default in axe, is switched on.
 */
final class Axe {
  /** Impacts that fail a test; minor and moderate findings are printed only. */
  static final Set<String> BLOCKING = Set.of("serious", "critical");

  private static final String RUN = """
      const done = arguments[arguments.length - 1];
      axe.run(document, { rules: { 'target-size': { enabled: true } } })
        .then((r) => done(JSON.stringify({ passes: r.passes.map((p) => p.id),
          unsure: r.incomplete.flatMap((i) => i.nodes.map((n) => i.id + ' ' + n.target.join(' '))), violations: r.violations.map((v) => ({
          id: v.id, impact: v.impact, help: v.help,
          nodes: v.nodes.map((n) => n.target.join(' ') + ' :: ' + (n.failureSummary || '').replace(/\\s+/g, ' ')),
        })) })))
        .catch((e) => done(JSON.stringify({ passes: [], violations: [{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }] })));
      """;

  private final String source;
  private final ObjectMapper json = new ObjectMapper();

  Axe() throws IOException {
    try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
      if (in == null) {
        throw new IOException("axe/axe.min.js missing from the test classpath");
      }
      source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** One axe rule broken on a page: its impact, what it asks for, and the elements breaking it. */
  record Violation(String page, String id, String impact, String help, List<String> nodes) {
    boolean blocking() {
      return BLOCKING.contains(impact);
    }

    @Override
    public String toString() {
      return page + " [" + impact + "] " + id + ": " + help + "\n      " + String.join("\n      ", nodes);
    }
  }

  /** Every violation axe finds in the page as it is now. */
  List<Violation> check(Browser browser, String page) throws IOException {
    if (!Boolean.TRUE.equals(browser.script("return typeof window.axe === 'object'"))) {
      browser.script(source);
    }
    browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    String raw = (String) browser.driver().executeAsyncScript(RUN);
    JsonNode result = json.readTree(raw);
    if (result.has("unsure") && !result.get("unsure").isEmpty()) { // axe could not decide: worth a human look
      System.out.println("axe could not decide on " + page + ": " + result.get("unsure"));
    }
    List<Violation> out = new ArrayList<>();
    for (JsonNode v : result.get("violations")) {
      List<String> nodes = new ArrayList<>();
      v.get("nodes").forEach(n -> nodes.add(n.asText()));
      out.add(new Violation(page, v.get("id").asText(), v.get("impact").asText(), v.get("help").asText(), nodes));
    }
    // A run that never judged text contrast looked at nothing: report it rather than pass quietly.
    boolean contrastJudged = out.stream().anyMatch(v -> v.id().equals("color-contrast"));
    for (JsonNode p : result.get("passes")) {
      contrastJudged |= p.asText().equals("color-contrast");
    }
    if (!contrastJudged) {
      out.add(new Violation(page, "axe-saw-nothing", "critical", "color-contrast neither passed nor failed", List.of()));
    }
    return out;
  }
}

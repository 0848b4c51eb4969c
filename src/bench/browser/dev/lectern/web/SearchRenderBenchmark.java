package dev.lectern.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Time until the first search results are on screen, in a real headless Chromium:
 * build with {@code ./mvnw -B -Pbench -DskipTests test-compile} (it drives the tests' {@link Browser}), run
 * {@code java -cp "target/bench-build/test-classes:target/bench-build/classes:$(cat target/bench-build/classpath.txt)"
 * dev.lectern.web.SearchRenderBenchmark http://127.0.0.1:7072 PrivateUse1 10}.
 * Reads the UI's {@code lectern:results} performance mark (ms since navigation start) and the
 * Navigation Timing of the page itself. Prints numbers; asserts nothing.
 */
public final class SearchRenderBenchmark {
  private SearchRenderBenchmark() {}

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String query = args.length > 1 ? args[1] : "PrivateUse1";
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    List<Double> results = new ArrayList<>();
    try (Browser browser = Browser.open(base)) {
      for (int i = 0; i < runs; i++) {
        browser.driver().get(base + "/?q=" + SampleArchiveServer.encode(query) + "&run=" + i);
        browser.waitFor(".result");
        browser.waitUntil("the results mark", () -> Boolean.TRUE.equals(browser.script(
            "return performance.getEntriesByName('lectern:results').length > 0")));
        Number mark = (Number) browser.script("return performance.getEntriesByName('lectern:results')[0].startTime");
        Number dcl = (Number) browser.script(
            "return performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd");
        Number search = (Number) browser.script("const e = performance.getEntriesByType('resource')"
            + ".find(r => r.name.includes('/api/search')); return e ? e.duration : -1");
        System.out.printf("run %2d: results at %6.1f ms (DOMContentLoaded %6.1f ms, /api/search %6.1f ms)%n",
            i, mark.doubleValue(), dcl.doubleValue(), search.doubleValue());
        if (i > 0) { // the first run fills the browser's cache
          results.add(mark.doubleValue());
        }
      }
    }
    results.sort(null);
    System.out.printf("warm runs: median %.1f ms, max %.1f ms%n", results.get(results.size() / 2),
        results.get(results.size() - 1));
  }
}

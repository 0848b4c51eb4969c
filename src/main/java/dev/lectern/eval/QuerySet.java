package dev.lectern.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a judged query set: tab-separated {@code id, category, query, relevant}, '#' comments. */
public final class QuerySet {
  private QuerySet() {}

  public static List<JudgedQuery> read(Path file) throws IOException {
    List<JudgedQuery> queries = new ArrayList<>();
    boolean header = true;
    int lineNumber = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNumber++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String[] columns = line.split("\t", -1);
      if (columns.length < 4) {
        throw new IOException(file + ":" + lineNumber + ": expected 4 tab-separated columns, found " + columns.length);
      }
      List<JudgedQuery.Judgment> relevant = new ArrayList<>();
      for (String item : columns[3].split("\\|")) {
        if (item.isBlank()) {
          continue;
        }
        int hash = item.lastIndexOf('#');
        if (hash > 0 && item.substring(hash + 1).matches("\\d+")) {
          relevant.add(new JudgedQuery.Judgment(item.substring(0, hash), Integer.parseInt(item.substring(hash + 1))));
        } else {
          relevant.add(new JudgedQuery.Judgment(item, 0));
        }
      }
      queries.add(new JudgedQuery(columns[0].strip(), columns[1].strip(), columns[2], relevant));
    }
    return queries;
  }
}

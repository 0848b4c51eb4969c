package dev.lectern.bench.solr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.bench.load.EngineResult;
import dev.lectern.bench.load.Protocol;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrInputDocument;

/**
 * The Solr peer: an {@link EmbeddedSolrServer} with the closest schema to Lectern's, fed the same
 * generated slides, asked the same queries (edismax over the same fields and weights, grouped by talk
 * like Lectern, highlighted, faceted), measured by the same {@link Protocol}.
 *
 * <p>Arguments: slides.jsonl queries.tsv out.json clients rates warmupMs saturationMs latencyMs
 * repeats workers.
 */
public final class SolrPeer {
  private SolrPeer() {}

  public static void main(String[] args) throws Exception {
    Path slides = Path.of(args[0]);
    List<String> queries = Files.readAllLines(Path.of(args[1])).stream()
        .filter(l -> !l.isBlank()).map(l -> l.substring(l.indexOf('\t') + 1)).toList();
    Path out = Path.of(args[2]);
    Protocol protocol = new Protocol(ints(args[3]), Arrays.stream(args[4].split(",")).map(Double::parseDouble).toList(),
        Duration.ofMillis(Long.parseLong(args[5])), Duration.ofMillis(Long.parseLong(args[6])),
        Duration.ofMillis(Long.parseLong(args[7])), Integer.parseInt(args[8]), Integer.parseInt(args[9]));
    Path home = Files.createTempDirectory("solr-peer-");
    copy("/solr-home/solr.xml", home.resolve("solr.xml"));
    copy("/solr-home/bench/core.properties", home.resolve("bench/core.properties"));
    copy("/solr-home/bench/conf/solrconfig.xml", home.resolve("bench/conf/solrconfig.xml"));
    copy("/solr-home/bench/conf/schema.xml", home.resolve("bench/conf/schema.xml"));
    try (EmbeddedSolrServer solr = new EmbeddedSolrServer(home, "bench")) {
      long start = System.nanoTime();
      long count = feed(solr, slides);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.err.printf("indexed %d slides in %.1f s%n", count, seconds);
      List<SolrQuery> translated = queries.stream().map(SolrPeer::translate).toList();
      EngineResult result = protocol.measure("Solr 9.10.1 embedded (+ highlight)",
          q -> solr.query(translated.get(q)), queries.size(),
          q -> {
            try {
              QueryResponse r = solr.query(translated.get(q));
              return r.getGroupResponse().getValues().get(0).getNGroups();
            } catch (Exception e) {
              return -1;
            }
          });
      String json = result.toJson();
      json = json.substring(0, json.length() - 1)
          + String.format(java.util.Locale.ROOT, ",\"indexSeconds\":%.1f}", seconds);
      Files.writeString(out, json, StandardCharsets.UTF_8);
    }
  }

  private static long feed(EmbeddedSolrServer solr, Path slides) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<SolrInputDocument> batch = new ArrayList<>();
    long count = 0;
    try (BufferedReader in = Files.newBufferedReader(slides, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        JsonNode row = json.readTree(line);
        SolrInputDocument doc = new SolrInputDocument();
        for (String field : List.of("id", "talk_id", "title", "meetup", "format", "lang", "text", "notes")) {
          doc.addField(field, row.get(field).asText());
        }
        doc.addField("year", row.get("year").asInt());
        doc.addField("page", row.get("page").asInt());
        row.get("speaker").forEach(s -> doc.addField("speaker", s.asText()));
        batch.add(doc);
        count++;
        if (batch.size() == 1000) {
          solr.add(batch);
          batch.clear();
        }
      }
    }
    if (!batch.isEmpty()) {
      solr.add(batch);
    }
    solr.commit();
    return count;
  }

  /** Lectern's query language, as far as the mix uses it: words, "phrases", year: and format:. */
  static SolrQuery translate(String text) {
    SolrQuery query = new SolrQuery();
    List<String> words = new ArrayList<>();
    for (String token : text.split(" (?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
      if (token.startsWith("year:") || token.startsWith("format:")) {
        query.addFilterQuery(token);
      } else if (!token.isBlank()) {
        words.add(token);
      }
    }
    query.setQuery(String.join(" ", words));
    query.set("defType", "edismax");
    query.set("qf", "title^4 speaker^4 meetup text notes^0.5");
    query.set("q.op", "AND");
    query.set("mm", "100%");
    query.setRows(10);
    query.setFields("id", "talk_id", "page");
    query.set("group", true);
    query.set("group.field", "talk_id");
    query.set("group.limit", 3);
    query.set("group.ngroups", true);
    query.setFacet(true);
    query.addFacetField("year", "format", "lang");
    query.setFacetMinCount(1);
    query.setHighlight(true);
    query.set("hl.method", "unified");
    query.set("hl.fl", "text,notes");
    query.set("hl.snippets", 1);
    query.set("hl.fragsize", 180);
    return query;
  }

  private static List<Integer> ints(String csv) {
    return Arrays.stream(csv.split(",")).map(Integer::parseInt).toList();
  }

  private static void copy(String resource, Path target) throws IOException {
    Files.createDirectories(target.getParent());
    try (InputStream in = SolrPeer.class.getResourceAsStream(resource)) {
      Files.copy(in, target);
    }
  }
}

package dev.lectern.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.bench.SourcePages.SourcePage;
import dev.lectern.index.IndexedTalk;
import dev.lectern.index.JsonCodec;
import dev.lectern.index.SlideIndex;
import dev.lectern.model.DocumentMetadata;
import dev.lectern.model.Extraction;
import dev.lectern.model.ExtractionStatus;
import dev.lectern.model.FileExtraction;
import dev.lectern.model.Meetup;
import dev.lectern.model.MeetupRef;
import dev.lectern.model.Page;
import dev.lectern.model.Speaker;
import dev.lectern.model.Talk;
import dev.lectern.model.TalkFile;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A synthetic archive of {@code slides} slides, deterministic from a seed: talks of 8–40 slides,
 * 3–6 talks per meetup, 2015–2025, speakers drawn from a pool so that some speak often. Each slide
 * is a real page with about a third of its lines swapped for lines of other real pages, so term
 * statistics stay those of real decks without 100k copies of the same page.
 */
final class SyntheticCorpus {
  private static final String[] SERIES = {
    "GopherChina Meetup", "PyTorch Meetup", "Rust Meetup", "Cloud Native Night", "Java User Group",
    "DataFun Salon", "LLM Infra Meetup", "Compiler Meetup"};
  private static final String[] CITIES = {
    "Beijing", "Shanghai", "Shenzhen", "Hangzhou", "Chengdu", "Berlin", "London", "San Francisco"};
  private static final String[] FORMATS = {"pdf", "pdf", "pdf", "pdf", "pdf", "pdf", "pdf", "pdf", "pdf",
    "pdf", "pdf", "pptx", "pptx", "pptx", "pptx", "pptx", "odp", "odp", "ppt", "key"};
  private static final String[] SURNAMES = {"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang",
    "Zhou", "Wu", "Smith", "Müller", "Garcia", "Kim", "Nguyen", "Ivanova", "王", "李", "张", "刘", "陈"};
  private static final String[] GIVEN = {"Wei", "Fang", "Lei", "Jing", "Min", "Tao", "Anna", "Ben", "Carla",
    "David", "Elena", "Felix", "Grace", "Hiro", "伟", "芳", "磊", "静", "敏", "涛", "雨痕", "奇"};

  /** Totals of what was generated: the denominators of the per-slide numbers. */
  record Stats(int slides, int talks, int meetups, long textBytes) {}

  private final List<SourcePage> pages;
  private final List<String> lines;
  private final long seed;

  /**
   * Vectors for the generated slides, one per source page, in the order of {@code pages}; each slide
   * gets its source page's vector, slightly perturbed (from a generator of its own, so the text of the
   * corpus is the same with or without them). Null: a corpus without vectors, as before.
   */
  private List<float[]> vectors;
  private SplittableRandom noise;

  SyntheticCorpus withVectors(List<float[]> sourceVectors) {
    if (sourceVectors.size() != pages.size()) {
      throw new IllegalArgumentException(sourceVectors.size() + " vectors for " + pages.size() + " source pages");
    }
    this.vectors = sourceVectors;
    this.noise = new SplittableRandom(seed ^ 0x5EED_0F_7EC7L);
    return this;
  }

  SyntheticCorpus(List<SourcePage> pages, long seed) {
    if (pages.isEmpty()) {
      throw new IllegalArgumentException("no source pages to build a corpus from");
    }
    this.pages = pages;
    this.seed = seed;
    this.lines = pages.stream()
        .flatMap(p -> p.text().lines())
        .map(String::strip)
        .filter(l -> !l.isEmpty())
        .toList();
  }

  /** Writes the corpus as JSON lines (one slide a line) and into a Lectern index at {@code lucene}. */
  Stats build(int slides, Path jsonLines, Path lucene, int threads) throws Exception {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> speakers = speakerPool(random, Math.max(40, slides / 60));
    ObjectMapper json = new ObjectMapper();
    JsonCodec codec = new JsonCodec();
    Files.createDirectories(jsonLines.getParent());
    int made = 0;
    int talks = 0;
    int meetups = 0;
    long textBytes = 0;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> pending = new ArrayList<>();
    try (SlideIndex index = SlideIndex.openForWriting(lucene, codec);
        BufferedWriter out = Files.newBufferedWriter(jsonLines, StandardCharsets.UTF_8)) {
      index.deleteAll();
      while (made < slides) {
        Meetup meetup = meetup(random, meetups++);
        int talksHere = 3 + random.nextInt(4);
        for (int t = 0; t < talksHere && made < slides; t++) {
          int count = Math.min(slides - made, 8 + random.nextInt(33));
          IndexedTalk talk = talk(random, meetup, t, count, speakers);
          talks++;
          made += count;
          for (Page page : talk.files().get(0).extraction().pages()) {
            textBytes += page.text().getBytes(StandardCharsets.UTF_8).length
                + page.notes().getBytes(StandardCharsets.UTF_8).length;
            out.write(json.writeValueAsString(row(talk, page)));
            out.newLine();
          }
          pending.add(pool.submit(() -> {
            index.replace(talk);
            return null;
          }));
          if (pending.size() > 64) {
            for (Future<?> f : pending) {
              f.get();
            }
            pending.clear();
          }
        }
      }
      for (Future<?> f : pending) {
        f.get();
      }
      index.commit();
    } finally {
      pool.shutdown();
    }
    return new Stats(made, talks, meetups, textBytes);
  }

  private Meetup meetup(SplittableRandom random, int n) {
    String series = SERIES[random.nextInt(SERIES.length)];
    String city = CITIES[random.nextInt(CITIES.length)];
    int year = 2015 + random.nextInt(11);
    String date = String.format("%d-%02d-%02d", year, 1 + random.nextInt(12), 1 + random.nextInt(28));
    String id = date + "-" + series.toLowerCase().replace(' ', '-') + "-" + n;
    return new Meetup(id, series + " " + city + " " + date, date, city, "", List.of(), "", "", List.of(),
        id);
  }

  private IndexedTalk talk(SplittableRandom random, Meetup meetup, int n, int count, List<String> speakerPool) {
    String format = FORMATS[random.nextInt(FORMATS.length)];
    List<Page> slides = new ArrayList<>(count);
    float[][] slideVectors = vectors == null ? null : new float[count][];
    String title = "";
    for (int p = 1; p <= count; p++) {
      int source = random.nextInt(pages.size());
      SourcePage base = pages.get(source);
      if (slideVectors != null) {
        slideVectors[p - 1] = perturbed(vectors.get(source));
      }
      StringBuilder text = new StringBuilder();
      for (String line : base.text().split("\n")) {
        text.append(random.nextInt(3) == 0 ? lines.get(random.nextInt(lines.size())) : line).append('\n');
      }
      if (title.isEmpty()) {
        title = text.toString().lines().map(String::strip).filter(l -> l.length() > 3).findFirst().orElse("Talk");
        title = title.length() > 70 ? title.substring(0, 70) : title;
      }
      String notes = random.nextInt(5) == 0 ? lines.get(random.nextInt(lines.size())) : "";
      slides.add(new Page(p, text.toString(), notes));
    }
    List<Speaker> speakers = new ArrayList<>();
    speakers.add(new Speaker(speakerPool.get(skewed(random, speakerPool.size())), ""));
    if (random.nextInt(5) == 0) {
      speakers.add(new Speaker(speakerPool.get(random.nextInt(speakerPool.size())), ""));
    }
    String sha = hex(random);
    String path = meetup.folder() + "/talk-" + n + "." + format;
    long bytes = 50_000L * count;
    TalkFile file = new TalkFile(path, format, count, ExtractionStatus.OK.label(), "", sha, bytes);
    String language = title.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
        ? "zh" : "en";
    Talk talk = new Talk(meetup.id() + "/talk-" + n, title, MeetupRef.of(meetup), speakers, "", List.of(),
        language, "", "", List.of(file), "ok");
    Extraction extraction = new Extraction(ExtractionStatus.OK, "", slides, DocumentMetadata.NONE);
    IndexedTalk indexed = new IndexedTalk(talk, meetup, List.of(new FileExtraction(path, sha, bytes, extraction)),
        hex(random));
    return slideVectors == null ? indexed
        : indexed.withVectors(new IndexedTalk.SlideVectors(VECTOR_MODEL, List.<float[][]>of(slideVectors)));
  }

  /** What the generated vectors are recorded as: copies of real slides' vectors, not the model's output. */
  static final String VECTOR_MODEL = "synthetic-from-real-slides";

  /** The vector plus a little Gaussian noise (cosine to the original ≈ 0.9), unit length, so no two slides coincide. */
  private float[] perturbed(float[] vector) {
    float[] out = new float[vector.length];
    double norm = 0;
    synchronized (noise) {
      for (int i = 0; i < out.length; i++) {
        out[i] = (float) (vector[i] + 0.02 * gaussian(noise));
        norm += out[i] * out[i];
      }
    }
    float scale = (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < out.length; i++) {
      out[i] *= scale;
    }
    return out;
  }

  private static double gaussian(SplittableRandom random) {
    double u = Math.max(1e-12, random.nextDouble());
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
  }

  private static Map<String, Object> row(IndexedTalk talk, Page page) {
    Map<String, Object> row = new LinkedHashMap<>();
    Talk t = talk.talk();
    row.put("id", t.id() + "#" + page.number());
    row.put("talk_id", t.id());
    row.put("title", t.title());
    row.put("speaker", t.speakers().stream().map(Speaker::name).toList());
    row.put("meetup", talk.meetup().title() + "\n" + talk.meetup().city());
    row.put("year", talk.meetup().year());
    row.put("format", t.files().get(0).format());
    row.put("lang", t.language());
    row.put("page", page.number());
    row.put("text", page.text());
    row.put("notes", page.notes());
    return row;
  }

  /** Speakers by rank with a long tail: a few give many talks, most give one or two. */
  private static int skewed(SplittableRandom random, int size) {
    double u = random.nextDouble();
    return Math.min(size - 1, (int) (size * u * u * u));
  }

  private static List<String> speakerPool(SplittableRandom random, int size) {
    List<String> names = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      String surname = SURNAMES[random.nextInt(SURNAMES.length)];
      String given = GIVEN[random.nextInt(GIVEN.length)];
      boolean han = surname.codePointAt(0) > 0x2E80;
      names.add(han ? surname + given + (i / 50) : given + " " + surname + " " + i);
    }
    return names;
  }

  private static String hex(SplittableRandom random) {
    byte[] bytes = new byte[32];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) random.nextInt(256);
    }
    return HexFormat.of().formatHex(bytes);
  }
}

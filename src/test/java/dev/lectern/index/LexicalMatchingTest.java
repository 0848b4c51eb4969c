package dev.lectern.index;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How queries meet the words of talks on a real index: stop words, identifier spellings, names with
 * and without diacritics, tiers of partial matches and when a respelling is offered.
 */
class LexicalMatchingTest {
  @TempDir
  Path dir;

  private SlideIndex index;
  private TalkSearcher searcher;

  @BeforeEach
  void build() throws Exception {
    index = SlideIndex.openForWriting(dir.resolve("lucene"), new JsonCodec());
    write("logging", "Logging in Python", "Rob Van Gennip", "The logging module hands out loggers", "Log levels");
    write("metal", "Beginner's guide to Metal kernels", "Nikita Shulga", "GPU programming on Apple silicon");
    write("onnx", "What's new in torch.onnx", "Xavier Dupré", "The exporter captures the graph");
    write("underscore", "Out-of-tree backends", "", "Register the backend as private_use1 first");
    write("hyphen", "Device hooks", "", "The private-use1 hook");
    write("camel", "Dispatch keys", "", "PrivateUse1 dispatch key");
    write("joined", "Lowercase names", "", "privateuse1 in lowercase");
    write("hosts", "Lecture one", "", "Hosts: Andreas Köpf and Mark Saroufim", "The scheduler and the kernel");
    index.commit();
    index.refresh();
    searcher = new TalkSearcher(index);
  }

  @AfterEach
  void close() throws Exception {
    index.close();
  }

  @Test
  void titlesWithStopWordsFindTheirTalks() throws Exception {
    assertThat(first("Logging in Python")).isEqualTo("m/logging");
    assertThat(first("Beginner's guide to Metal kernels")).isEqualTo("m/metal");
    assertThat(first("What's new in torch.onnx")).isEqualTo("m/onnx");
    assertThat(search("Logging in Python").hits().get(0).matched()).isEqualTo(SearchResult.MATCHED_ALL);
  }

  @Test
  void aQueryOfStopWordsAloneIsNotEverything() throws Exception {
    assertThat(search("the of").total()).isLessThan(index.catalog().talkCount());
  }

  @Test
  void identifierSpellingsFindOneAnother() throws Exception {
    List<String> spelledApart = List.of("m/underscore", "m/hyphen", "m/camel", "m/joined");
    for (String query : List.of("private_use1", "private-use1", "PrivateUse1", "privateuse1", "private use1")) {
      SearchResult result = search(query);
      assertThat(result.hits().stream().filter(h -> h.matched().equals(SearchResult.MATCHED_ALL))
          .map(h -> h.talk().id())).as(query).containsAll(spelledApart);
    }
  }

  /**
   * A quoted phrase through a word the index also splits into parts (an identifier) or beside Chinese
   * finds its talk, in the slide text and in the title; an unquoted query ranks the talk holding its
   * words as a phrase first (invented decks).
   */
  @Test
  void phrasesThroughWordsTheIndexSplitsFindTheirTalks() throws Exception {
    write("party", "Zed.js Club Zed Party", "", "Welcome to the Zed.js Club");
    write("compile", "Wrap models in torch.compile today", "", "Call torch.compile before training",
        "用 torch.compile 编译模型");
    write("pool", "Buffers", "", "Reuse buffers with sync.Pool in hot paths");
    write("cpp", "C++ coroutines in practice", "", "Awaiting in C++ coroutines");
    write("plugin", "昇腾 NPU 上的 torch_npu 插件", "", "安装 torch_npu 插件的步骤");
    write("curly", "What’s next for sync.Pool", "", "Pools");
    write("apart", "Collectives", "", "groups of process use c10d");
    write("together", "Collectives", "", "use c10d process groups");
    index.commit();
    index.refresh();
    Map<String, String> phrases = new java.util.LinkedHashMap<>();
    phrases.put("\"Zed.js Club Zed Party\"", "m/party");
    phrases.put("title:\"Zed.js Club Zed\"", "m/party");
    phrases.put("\"the Zed.js Club\"", "m/party");
    phrases.put("\"torch.compile today\"", "m/compile");
    phrases.put("title:\"in torch.compile today\"", "m/compile");
    phrases.put("\"torch.compile before training\"", "m/compile");
    phrases.put("\"用 torch.compile 编译模型\"", "m/compile");
    phrases.put("\"sync.Pool in hot paths\"", "m/pool");
    phrases.put("\"C++ coroutines\"", "m/cpp");
    phrases.put("title:\"昇腾 NPU 上的 torch_npu 插件\"", "m/plugin");
    phrases.put("\"torch_npu 插件的步骤\"", "m/plugin");
    phrases.put("\"private_use1 first\"", "m/underscore");
    phrases.put("\"PrivateUse1 first\"", "m/underscore");
    phrases.put("\"private-use1 hook\"", "m/hyphen");
    phrases.put("\"PrivateUse1 dispatch key\"", "m/camel");
    phrases.put("\"c10d process groups\"", "m/together");
    phrases.put("\"What's next for sync.Pool\"", "m/curly");
    for (Map.Entry<String, String> phrase : phrases.entrySet()) {
      assertThat(talks(phrase.getKey())).as(phrase.getKey()).containsExactly(phrase.getValue());
    }
    // Both talks hold every word; the one holding them as a phrase ranks first, though written second.
    assertThat(talks("c10d process groups")).containsExactly("m/together", "m/apart");
  }

  @Test
  void namesMatchWithAndWithoutDiacritics() throws Exception {
    for (String name : List.of("Andreas Köpf", "Andreas Koepf", "Andreas Kopf")) {
      assertThat(first(name)).as(name).isEqualTo("m/hosts");
      assertThat(search(name).didYouMean()).as(name).isNull();
    }
    for (String name : List.of("Xavier Dupré", "Xavier Dupre")) {
      assertThat(first(name)).as(name).isEqualTo("m/onnx");
    }
    assertThat(search("Rob Van Gennip").didYouMean()).isNull();
  }

  @Test
  void aMissingWordLeavesTheClosestTalksRankedByTheWordsTheyHave() throws Exception {
    SearchResult result = search("scheduler kernel quantum");
    assertThat(result.matchedAll()).isZero();
    assertThat(result.hits()).isNotEmpty();
    assertThat(result.hits().get(0).talk().id()).isEqualTo("m/hosts");
    assertThat(result.hits().get(0).matched()).isEqualTo(SearchResult.MATCHED_PARTIAL);
  }

  @Test
  void chineseFunctionWordsAloneNeverMakeATalkAPartialMatch() throws Exception {
    write("goals", "目标", "", "什么是我们的目标");
    write("collector", "回收器", "", "垃圾回收器的暂停时间");
    write("memory", "内存", "", "内存回收策略");
    index.commit();
    index.refresh();
    for (String question : List.of("什么是垃圾回收", "什麼是垃圾回收")) {
      SearchResult result = search(question);
      // The talk sharing only 什么 and 是 with the question is not among the answers.
      assertThat(result.hits()).as(question).extracting(h -> h.talk().id()).containsExactly("m/collector", "m/memory");
      assertThat(result.hits().get(0).matched()).isEqualTo(SearchResult.MATCHED_ALL);
      // 回收 alone is a word of the topic: the talk with it is a partial match.
      assertThat(result.hits().get(1).matched()).isEqualTo(SearchResult.MATCHED_PARTIAL);
    }
    // A query of function words alone still finds the talks holding them, not every talk.
    assertThat(search("什么").hits()).extracting(h -> h.talk().id()).containsExactly("m/goals");
  }

  @Test
  void aRespellingIsUsedWhenTheQueryFindsNothingAndOnlyOfferedWhenItFindsMore() throws Exception {
    SearchResult typo = search("schedulr");
    assertThat(typo.didYouMean()).isEqualTo("scheduler");
    assertThat(typo.notice()).contains("showing results for scheduler");
    assertThat(typo.notices()).extracting(Notice::code).containsExactly("respelled");
    assertThat(typo.notices().get(0).params()).containsEntry("query", "scheduler");
    assertThat(typo.hits()).extracting(h -> h.talk().id()).containsExactly("m/hosts");
    // A respelling that finds no talk with every word either is not offered.
    SearchResult worse = search("kernel loggerz");
    assertThat(worse.didYouMean()).isNull();
    assertThat(worse.hits()).isNotEmpty();
    assertThat(search("kernel schedulerz").didYouMean()).isEqualTo("kernel scheduler");
  }

  @Test
  void spellingWorkIsBoundedPerQuery() throws Exception {
    Random random = new Random(12);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      StringBuilder word = new StringBuilder();
      for (int k = 0; k < 19; k++) {
        word.append((char) ('a' + random.nextInt(26)));
      }
      words.add(word.toString());
    }
    Speller speller = new Speller(FieldAnalyzers.forQuerying());
    SlideIndex.Snapshot snapshot = index.acquire();
    try {
      String long1000 = "q".repeat(1000);
      assertThat(speller.suggest(snapshot.searcher().getIndexReader(), long1000, List.of(long1000))).isNull();
      String respelled = speller.suggest(snapshot.searcher().getIndexReader(), String.join(" ", words), words);
      long changed = respelled == null ? 0
          : java.util.Arrays.stream(respelled.split(" ")).filter(w -> !words.contains(w)).count();
      assertThat(changed).isLessThanOrEqualTo(Speller.MAX_RESPELLED_WORDS);
    } finally {
      index.release(snapshot);
    }
    assertThat(search(String.join(" ", words.subList(0, 30))).total()).isZero();
  }

  /**
   * A {@code meetup:} clause finds a meetup by the name it is served with: a folder-derived name the
   * catalog respells from the slides, and a name holding a word the analysis splits (invented meetups).
   */
  @Test
  void aMeetupIsFoundByTheNameItIsServedWith() throws Exception {
    Meetup folderNamed = new Meetup("quokkabase-night-2023", "Quokkabase Night", "2023-04-05", "", "", List.of(), "",
        "", List.of(), "quokkabase-night/2023-04-05", "", "", Map.of("title", Meetup.FOLDER_NAME));
    write(folderNamed, "rows", "QuokkaBase rows", "", "QuokkaBase stores rows", "QuokkaBase on disk");
    write(new Meetup("zed-12th", "Zed.js Club Party #12", "", "", "", List.of(), "", "", List.of(), "zed/12th"),
        "hooks", "Hooks", "", "Render hooks");
    write(new Meetup("zed-1st", "Zed.js Club Party #1", "", "", "", List.of(), "", "", List.of(), "zed/1st"),
        "state", "State", "", "Global state");
    index.commit();
    index.refresh();
    String served = first("QuokkaBase rows");
    assertThat(search("QuokkaBase rows").hits().get(0).talk().meetup().title())
        .as("the catalog respells the folder's word as the slides write it").isEqualTo("QuokkaBase Night");
    assertThat(talks("meetup:\"QuokkaBase Night\"")).containsExactly(served);
    assertThat(talks("meetup:\"Zed.js Club Party #12\"")).containsExactly("m/hooks");
    assertThat(talks("meetup:\"zedjs club party 1\"")).containsExactly("m/state");
    assertThat(talks("meetup:zed-12th")).as("the id still works").containsExactly("m/hooks");
    assertThat(talks("meetup:\"Zed.js Club Party\"")).containsExactlyInAnyOrder("m/hooks", "m/state");
  }

  private List<String> talks(String query) throws Exception {
    return search(query).hits().stream().map(h -> h.talk().id()).toList();
  }

  private String first(String query) throws Exception {
    SearchResult result = search(query);
    assertThat(result.hits()).as(query).isNotEmpty();
    return result.hits().get(0).talk().id();
  }

  private SearchResult search(String q) throws Exception {
    return searcher.search(new SearchRequest(q, Map.of(), SearchRequest.Order.RELEVANCE, 1, 10, true));
  }

  private void write(String name, String title, String speaker, String... texts) throws Exception {
    write(new Meetup("m", "Systems", "2024-01-01", "Shanghai", "", List.of(), "", "", List.of(), "m"), name, title,
        speaker, texts);
  }

  private void write(Meetup meetup, String name, String title, String speaker, String... texts) throws Exception {
    List<Page> pages = new ArrayList<>();
    for (int p = 0; p < texts.length; p++) {
      pages.add(new Page(p + 1, texts[p], ""));
    }
    String path = meetup.folder() + "/" + name + ".pdf";
    TalkFile file = new TalkFile(path, "pdf", pages.size(), ExtractionStatus.OK.label(), "", "sha-" + name, 100);
    List<Speaker> speakers = speaker.isEmpty() ? List.of() : List.of(new Speaker(speaker, ""));
    Talk talk = new Talk("m/" + name, title, MeetupRef.of(meetup), speakers, "", List.of(), "en", "", "",
        List.of(file), "ok");
    Extraction extraction = new Extraction(ExtractionStatus.OK, "", pages, DocumentMetadata.NONE);
    index.replace(new IndexedTalk(talk, meetup, List.of(new FileExtraction(path, "sha-" + name, 100, extraction)),
        "fp-" + name));
  }
}

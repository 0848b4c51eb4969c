package dev.lectern.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class SlideAnalyzersTest {
  private final Analyzer indexing = FieldAnalyzers.forIndexing();
  private final Analyzer querying = FieldAnalyzers.forQuerying();

  @Test
  void identifiersAreIndexedWholeAndInParts() throws IOException {
    assertThat(terms(indexing, "use torch.compile here"))
        .contains("torch.compile").containsAll(queried("torch compile compiling"));
    assertThat(terms(indexing, "PrivateUse1")).contains("privateuse1").containsAll(queried("private use"));
    assertThat(terms(indexing, "DispatchKey")).contains("dispatchkey").containsAll(queried("dispatch"));
    assertThat(terms(indexing, "CUDA_VISIBLE_DEVICES"))
        .contains("cuda_visible_devices").containsAll(queried("cuda visible devices"));
    assertThat(terms(indexing, "torch_npu")).contains("torch_npu").containsAll(queried("npu"));
  }

  @Test
  void identifierSpellingsShareAJoinedToken() throws IOException {
    for (String written : List.of("private_use1", "private-use1", "PrivateUse1", "privateuse1")) {
      assertThat(terms(indexing, "register " + written + " here")).as(written).contains("privateuse1");
    }
    assertThat(terms(querying, "private-use1")).containsExactly("private_use1");
    assertThat(terms(indexing, "get_logger")).contains("get_logger", "getlogger", "get", "logger");
  }

  @Test
  void lettersWithATwoLetterSpellingMatchBothWays() throws IOException {
    assertThat(terms(indexing, "Andreas Köpf")).contains("kopf", "koepf");
    assertThat(terms(indexing, "Andreas Koepf")).containsAll(queried("Koepf"));
    assertThat(queried("Köpf")).contains("koepf");
    Analyzer names = dev.lectern.index.analysis.SlideAnalyzers.names(true);
    assertThat(terms(names, "Xavier Dupré")).contains("dupre");
    assertThat(terms(names, "Andreas Köpf")).contains("kopf", "koepf");
  }

  @Test
  void qualifiedNamesAnswerToTheNamesInsideThem() throws IOException {
    assertThat(terms(indexing, "torch.nn.Module")).contains("torch.nn.module", "torch.nn", "nn.module");
    assertThat(terms(indexing, "main/load_inline.py")).contains("load_inline");
  }

  @Test
  void identifiersAreQueriedWholeAndNeverSplit() throws IOException {
    assertThat(terms(querying, "torch.compile")).containsExactly("torch.compile");
    assertThat(terms(querying, "PrivateUse1")).containsExactly("privateuse1");
    assertThat(terms(querying, "DispatchKey")).containsExactly("dispatchkey");
    assertThat(terms(querying, "c10d")).containsExactly("c10d");
    assertThat(terms(querying, "int8")).containsExactly("int8");
  }

  @Test
  void englishIsStemmedAndStopWordsDrop() throws IOException {
    assertThat(terms(querying, "backends")).isEqualTo(terms(querying, "backend"));
    assertThat(terms(querying, "compiling")).isEqualTo(terms(querying, "compile"));
    assertThat(terms(querying, "the")).isEmpty();
    assertThat(terms(querying, "Café")).isEqualTo(terms(querying, "cafe"));
  }

  @Test
  void chineseIsIndexedAsCharactersAndBigramsAndQueriedAsBigrams() throws IOException {
    List<String> indexed = terms(indexing, "昇腾编译器");
    assertThat(terms(querying, "编译器")).containsExactly("编译", "译器");
    assertThat(indexed).containsAll(queried("编译器")).containsAll(queried("昇腾")).containsAll(queried("编译"))
        .containsAll(queried("器"));
    assertThat(queried("昇腾")).hasSize(1);
  }

  @Test
  void traditionalChineseFoldsToSimplified() throws IOException {
    assertThat(terms(querying, "編譯")).isEqualTo(terms(querying, "编译"));
  }

  @Test
  void compatibilityFormsFromPdfsReadAsOrdinaryCharacters() throws IOException {
    assertThat(terms(querying, "\u2F51康")).isEqualTo(terms(querying, "毛康"));
    assertThat(terms(querying, "ＰｙＴｏｒｃｈ")).isEqualTo(terms(querying, "pytorch"));
  }

  @Test
  void mixedChineseAndEnglishKeepsBoth() throws IOException {
    assertThat(terms(querying, "PyTorch 中文社区")).contains("pytorch", "中文", "社区");
  }

  /**
   * Every query token sits at the position the index gives the same token in the same text, so a
   * phrase holds wherever the index splits a word into parts (Node.js, torch.compile, sync.Pool,
   * private_use1, c10d, don't) or indexes Han characters beside the query's bigrams.
   */
  @Test
  void queryTokensSitWhereTheIndexPutsThem() throws IOException {
    for (String text : List.of("ZX Zed.js Club Zed Party", "wrap it in torch.compile before training",
        "reuse buffers with sync.Pool in hot paths", "register private_use1 dispatch keys",
        "the PrivateUse1 dispatch key", "the private-use1 hook", "c10d process groups", "don't panic now",
        "C++ coroutines in practice", "torch.nn.Module here", "昇腾 NPU 上的 torch_npu 插件", "编译器 torch.compile 加速",
        "用 torch.compile 编译模型", "Zig语言编译器简介", "编译器，运行时 and sync.Pool")) {
      List<String> indexed = positioned(indexing, text);
      List<String> queried = positioned(querying, text);
      assertThat(queried).as(text).isNotEmpty();
      assertThat(indexed).as(text).containsAll(queried);
    }
    assertThat(positioned(querying, "ZX Zed.js Club")).as("the identifier stays whole, its parts leave a gap")
        .containsExactly("zx@0", "zed.js@1", "club@3");
    assertThat(positioned(querying, "编译器 x")).as("a run of n Han characters takes n positions, as indexed")
        .containsExactly("编译@0", "译器@1", "x@3");
    assertThat(positioned(indexing, "What’s new in zed.render")).as("a typographic apostrophe reads as the typed one")
        .isEqualTo(positioned(indexing, "What's new in zed.render"));
  }

  /** Each token as term@position. */
  private static List<String> positioned(Analyzer analyzer, String text) throws IOException {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(Schema.TEXT, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        tokens.add(term + "@" + position);
      }
      stream.end();
    }
    return tokens;
  }

  private List<String> queried(String text) throws IOException {
    return terms(querying, text);
  }

  static List<String> terms(Analyzer analyzer, String text) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(Schema.TEXT, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    }
    return terms;
  }
}

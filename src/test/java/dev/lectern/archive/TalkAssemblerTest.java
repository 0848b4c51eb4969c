package dev.lectern.archive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.DocumentMetadata;
import dev.lectern.model.Extraction;
import dev.lectern.model.ExtractionStatus;
import dev.lectern.model.FileExtraction;
import dev.lectern.model.Meetup;
import dev.lectern.model.Page;
import dev.lectern.model.Speaker;
import dev.lectern.model.Talk;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TalkAssemblerTest {
  private static final Meetup MEETUP = new Meetup("go-bj", "Go Beijing", "2015-09-12", "Beijing", null, null,
      null, null, null, "go/bj");
  private final TalkAssembler assembler = new TalkAssembler();

  private static ArchiveTalk talk(String location, TalkJson declared, String... files) {
    return new ArchiveTalk("t", location, MEETUP, declared, List.of(files), "");
  }

  private static FileExtraction file(String path, String title, String author, String... pages) {
    List<Page> list = new java.util.ArrayList<>();
    for (int i = 0; i < pages.length; i++) {
      list.add(new Page(i + 1, pages[i], ""));
    }
    return new FileExtraction(path, "abc", 42, new Extraction(ExtractionStatus.OK, "", list,
        new DocumentMetadata(title, author, "", "", pages.length, "", "")));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      5.手把手实现数据库_刘奇.pdf                                  | 手把手实现数据库              | 刘奇
      Goroutine & Channel-雨痕.pdf                              | Goroutine & Channel          | 雨痕
      02. Service Mesh落地之后_为sidecar注入灵魂 - 周群力.pdf         | Service Mesh落地之后_为sidecar注入灵魂 | 周群力
      丁振凯-新浪微博-service-mesh实践-weibo-mesh.pdf                | 新浪微博 service mesh实践 weibo mesh | 丁振凯
      1.2 刘奇 Go在分布式数据库中的应用.pdf                          | Go在分布式数据库中的应用         | 刘奇
      webrtc开发快速指南_连响@dotengine.pdf                         | webrtc开发快速指南             | 连响
      Infra-Meetup-121-冯立元-TiDB 向量化执行引擎近期成果.pdf           | TiDB 向量化执行引擎近期成果       | 冯立元
      2.1.5 Go语言编译器简介.pdf                                   | Go语言编译器简介               |
      1-2 Go 在分布式系统开发中的应用.pdf                            | Go 在分布式系统开发中的应用        |
      Go微服务实践.pdf                                           | Go微服务实践                  |
      2021-10-07-The-Torch-MLIR-project.pdf                   | The Torch MLIR project      |
      5 How to integrate Graph mode into RDBMS smoothly.pptx.pdf | How to integrate Graph mode into RDBMS smoothly |
      SystemforAI-9-Compilation and Optimization.ppsx         | Compilation and Optimization |
      [GPU-MODE] Quantized training (20241006).pdf            | Quantized training           |
      X11_replacements.odp                                    | X11 replacements             |
      torch_onnx_2025_slides.pdf                              | torch onnx                   |
      架构_实践.pdf                                             | 架构 实践                     |
      """)
  void fileNamesGiveTitleAndSpeaker(String fileName, String title, String speaker) {
    Talk talk = assembler.assemble(talk("m/" + fileName, null, "m/" + fileName), List.of());
    assertThat(talk.title()).isEqualTo(title);
    assertThat(talk.speakers()).extracting(Speaker::name)
        .containsExactlyElementsOf(speaker == null ? List.of() : List.of(speaker));
  }

  @Test
  void atAffiliationIsKept() {
    Talk talk = assembler.assemble(talk("m/x_连响@dotengine.pdf", null, "m/x_连响@dotengine.pdf"), List.of());
    assertThat(talk.speakers()).containsExactly(new Speaker("连响", "dotengine"));
  }

  @Test
  void speakerFolderNamesThePerson() {
    Talk talk = assembler.assemble(talk("p/12th/Chau_Yee_Cheung", null, "p/12th/Chau_Yee_Cheung/V8 GC.pptx"),
        List.of());
    assertThat(talk.speakers()).containsExactly(new Speaker("Chau Yee Cheung", ""));
    assertThat(talk.title()).isEqualTo("V8 GC");
  }

  @Test
  void declaredMetadataWins() {
    TalkJson declared = new TalkJson("Declared", List.of(), "abs", List.of("go"), "fr", null, "v", "s", null);
    Talk talk = assembler.assemble(talk("m/a_刘奇.pdf", declared, "m/a_刘奇.pdf"),
        List.of(file("m/a_刘奇.pdf", "Document Title", "Jane Doe", "大家好")));
    assertThat(talk).extracting(Talk::title, Talk::speakers, Talk::language, Talk::abstractText, Talk::videoUrl)
        .containsExactly("Declared", List.of(), "fr", "abs", "v");
    assertThat(talk.meetup().id()).isEqualTo("go-bj");
  }

  @Test
  void meaningfulDocumentTitleBeatsTheFileName() {
    Talk talk = assembler.assemble(talk("m/deck.pptx", null, "m/deck.pptx"),
        List.of(file("m/deck.pptx", "Profiling CUDA kernels", "Mark Saroufim", "Intro")));
    assertThat(talk.title()).isEqualTo("Profiling CUDA kernels");
    assertThat(talk.speakers()).containsExactly(new Speaker("Mark Saroufim", ""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"PowerPoint Presentation", "Slide 1", "Microsoft PowerPoint - x.pptx", "untitled",
      "x.pdf", "2021-10-07", "42", "ab", "cuda_mode_lecture2"})
  void junkDocumentTitlesFallBackToTheFirstHeading(String junk) {
    Talk talk = assembler.assemble(talk("m/sparsity.pptx", null, "m/sparsity.pptx"),
        List.of(file("m/sparsity.pptx", junk, "", "\n  Sparsity in PyTorch\nmore", "page two")));
    assertThat(talk.title()).isEqualTo("Sparsity in PyTorch");
  }

  @Test
  void junkHeadingFallsBackToCleanedFileName() {
    Talk talk = assembler.assemble(talk("m/02. Service Mesh - 周群力.pdf", null, "m/02. Service Mesh - 周群力.pdf"),
        List.of(file("m/02. Service Mesh - 周群力.pdf", "", "", "Slide 1")));
    assertThat(talk.title()).isEqualTo("Service Mesh");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Administrator", "user", "Microsoft Office User", "owner", "jdoe42", "WPS_1589"})
  void machineAuthorsAreNotSpeakers(String author) {
    Talk talk = assembler.assemble(talk("m/deck.pdf", null, "m/deck.pdf"),
        List.of(file("m/deck.pdf", "", author, "text")));
    assertThat(talk.speakers()).isEmpty();
  }

  @Test
  void languageFromHanShareOrMetadata() {
    Talk zh = assembler.assemble(talk("m/a.pdf", null, "m/a.pdf"),
        List.of(file("m/a.pdf", "", "", "Go 语言的并发模型与调度器实现原理")));
    Talk en = assembler.assemble(talk("m/b.pdf", null, "m/b.pdf"),
        List.of(file("m/b.pdf", "", "", "Concurrency in Go with a 中 character")));
    assertThat(zh.language()).isEqualTo("zh");
    assertThat(en.language()).isEqualTo("en");
    FileExtraction declared = new FileExtraction("m/c.pdf", "s", 1, new Extraction(ExtractionStatus.OK, "",
        List.of(new Page(1, "hello", "")), new DocumentMetadata("", "", "", "", 1, "", "de-DE")));
    assertThat(assembler.assemble(talk("m/c.pdf", null, "m/c.pdf"), List.of(declared)).language()).isEqualTo("de");
  }

  @Test
  void filesAndStatusFollowTheExtractions() {
    FileExtraction encrypted = new FileExtraction("m/pm/pm.odp", "h1", 10,
        Extraction.failed(ExtractionStatus.ENCRYPTED, "password"));
    FileExtraction pdf = file("m/pm/pm.pdf", "", "", "one", "two");
    Talk talk = assembler.assemble(talk("m/pm", null, "m/pm/pm.odp", "m/pm/pm.pdf"), List.of(encrypted, pdf));
    assertThat(talk.status()).isEqualTo("ok");
    assertThat(talk.files()).extracting(f -> f.format() + ":" + f.pages() + ":" + f.status() + ":" + f.reason())
        .containsExactly("odp:0:encrypted:password", "pdf:2:ok:");
    assertThat(talk.files().get(0)).extracting(f -> f.sha256(), f -> f.bytes()).containsExactly("h1", 10L);
    Talk failed = assembler.assemble(talk("m/pm", null, "m/pm/pm.odp"), List.of(encrypted));
    assertThat(failed.status()).isEqualTo("encrypted");
  }
}

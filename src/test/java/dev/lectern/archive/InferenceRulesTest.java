package dev.lectern.archive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Speaker;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The reading rules on their own, with made-up names and titles in the shapes archives use. */
class InferenceRulesTest {
  private final NameForms forms = new NameForms();

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      talk-20190630.pdf              | 2019-06-30
      Intro (20241006).pdf           | 2024-10-06
      deck-2025-09-13                | 2025-09-13
      搜索/张三2018.07.29              | 2018-07-29
      Oct 25, 2023                   | 2023-10-25
      July 4th 2021                  | 2021-07-04
      3 March 2022                   | 2022-03-03
      08-22-2023                     | 2023-08-22
      24/06/2019 Jane Doe            | 2019-06-24
      2016年5月21日                    | 2016-05-21
      bob@Acme 2016.5                | 2016-05
      HUANG HUA 2021.08              | 2021-08
      """)
  void datesInTheShapesPeopleWrite(String text, String iso) {
    assertThat(DateShapes.find(text)).map(DateShapes.Found::iso).contains(iso);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Paddle v1.2", "Go 2.1.5", "Mark 20 2024", "chapter 1-3", "2024", "10.0.0.1"})
  void versionsYearsAndWordsAreNotDates(String text) {
    assertThat(DateShapes.find(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Andrea Müller   | Andrea Mueller
      Liyuan Feng     | Feng Liyuan
      冯立元           | Feng Liyuan
      王子实           | wzs
      刘连响           | lianxiang
      雨痕             | yuhen
      Nick Cameron    | nick
      Keren Zhou      | kzhou6
      Justin Chu      | justinchuby
      """)
  void oneAndTheSamePerson(String a, String b) {
    assertThat(forms.samePerson(a, b)).isTrue();
    assertThat(forms.samePerson(b, a)).isTrue();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      冯立元           | Feng Yuan
      Nick Cameron    | nicole
      邹达             | Broad Zou
      Anna Smith      | Anna Schmidt
      """)
  void differentPeople(String a, String b) {
    assertThat(forms.samePerson(a, b)).isFalse();
  }

  @Test
  void namesOnTitleSlideLines() {
    assertThat(PersonLines.read("Presented by Jane Roe")).extracting(Speaker::name).containsExactly("Jane Roe");
    assertThat(PersonLines.read("Jane Roe – 2024/10/06")).extracting(Speaker::name).containsExactly("Jane Roe");
    assertThat(PersonLines.read("Ann Lee, Bo Chen & Carl Diaz")).extracting(Speaker::name)
        .containsExactly("Ann Lee", "Bo Chen", "Carl Diaz");
    assertThat(PersonLines.read("LI WEI(李伟)")).containsExactly(new Speaker("Li Wei", "", List.of("李伟")));
    assertThat(PersonLines.read("Sam Poe (@spoe)")).containsExactly(new Speaker("Sam Poe", "", List.of("spoe")));
    assertThat(PersonLines.read("Ana Kuo (Acme Labs)")).containsExactly(new Speaker("Ana Kuo", "Acme Labs"));
    assertThat(PersonLines.read("Keren Zhoukzhou6@gmu.edu")).extracting(Speaker::name).containsExactly("Keren Zhou");
    assertThat(PersonLines.read("讲者：张三")).extracting(Speaker::name).containsExactly("张三");
    assertThat(PersonLines.read("bob@Acme 2016.5")).containsExactly(new Speaker("bob", "Acme"));
    assertThat(PersonLines.read("Ana Kuo, Kelpwave Analytics")).containsExactly(new Speaker("Ana Kuo", "Kelpwave Analytics"));
    assertThat(PersonLines.read("Ana Kuo, Bo Chen, Kelpwave Inc.")).extracting(Speaker::affiliation)
        .containsExactly("Kelpwave Inc.", "Kelpwave Inc.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Secure And Scalable", "GPU Sparsity", "Wayland and Mir", "Package Management",
      "Architecture Optimization", "jane.doe@example.com", "Introduction to Performance Engineering"})
  void titlesAreNotPeople(String line) {
    assertThat(PersonLines.read(line)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"PowerPoint-Präsentation", "Présentation PowerPoint", "PowerPoint 演示文稿",
      "Fade presentation background", "About me", "关于我", "Agenda", "Thank you!", "© Copyright 2021 Acme",
      "Click to add title", "单击此处添加标题", "Slide 3"})
  void boilerplateIsNeverATitle(String text) {
    assertThat(TitleText.boilerplate(text)).isTrue();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "# termites for breakfast | termites for breakfast",
      "### Kelp forests ### | Kelp forests",
      "> ## Quoted heading | Quoted heading",
      "**Otters** and *tools* | Otters and tools",
      "Using `git bisect` well | Using git bisect well",
      "[Sea urchins](https://example.org/urchins) at night | Sea urchins at night",
      "__Bold__ claims | Bold claims",
      "#hashtags and C# stay | #hashtags and C# stay",
      "snake_case_names stay | snake_case_names stay",
      "2 * 3 * 4 | 2 * 3 * 4"})
  void markdownMarkupIsNotPartOfATitle(String line, String title) {
    assertThat(TitleText.clean(line)).isEqualTo(title);
  }

  @Test
  void aMarkdownNoteIsTitledByItsHeadingsWords() {
    var note = TitleSlide.of(new dev.lectern.model.Extraction(dev.lectern.model.ExtractionStatus.OK, "",
        List.of(new dev.lectern.model.Page(1, "# termites for breakfast\n\nnumbats eat termites", "")),
        dev.lectern.model.DocumentMetadata.NONE));
    Candidate title = TitleChoice.choose(List.of(FileNameClues.read("numbats.md").title()), List.of(""),
        List.of(note), java.util.Set.of());
    assertThat(title.value()).isEqualTo("termites for breakfast");
    var agenda = TitleSlide.of(new dev.lectern.model.Extraction(dev.lectern.model.ExtractionStatus.OK, "",
        List.of(new dev.lectern.model.Page(1, "## Agenda\n# Kelp in winter", "")), dev.lectern.model.DocumentMetadata.NONE));
    assertThat(agenda.main()).as("a marked-up boilerplate heading is still boilerplate").isEqualTo("# Kelp in winter");
  }

  @Test
  void garbledAndEventTitles() {
    assertThat(TitleText.garbled("!\"#$%&'()*+,")).isTrue();
    assertThat(TitleText.garbled("Go语⾔实现")).isTrue();
    assertThat(TitleText.garbled("Go on Loong64")).isFalse();
    assertThat(TitleText.eventLabel("CUDA MODE: Lecture 1")).isTrue();
    assertThat(TitleText.eventLabel("cuda mode lecture2")).isTrue();
    assertThat(TitleText.eventLabel("Logging in Python")).isFalse();
  }

  @Test
  void fileNamesGiveHandlesPeopleAndDates() {
    FileNameClues series = FileNameClues.read("Infra-Meetup-117-jane-performance-engineering.pdf");
    assertThat(series.speakers()).extracting(Speaker::name).containsExactly("jane");
    assertThat(series.title().value()).isEqualTo("performance engineering");
    FileNameClues by = FileNameClues.read("Scaling Postgres by Jane Roe.pdf");
    assertThat(by.speakers()).extracting(Speaker::name).containsExactly("Jane Roe");
    assertThat(by.title().value()).isEqualTo("Scaling Postgres");
    FileNameClues handle = FileNameClues.read("webrtc入门指南 _zhangsan.key");
    assertThat(handle.speakers()).extracting(Speaker::name).containsExactly("zhangsan");
    assertThat(FileNameClues.read("[GROUP] Quantized training (20241006).pdf").date()).isEqualTo("2024-10-06");
    assertThat(FileNameClues.read("package_management.odp").speakers()).isEmpty();
    assertThat(FileNameClues.read("WhyNotAndHow.pdf").title().value()).isEqualTo("Why Not And How");
    assertThat(FileNameClues.read("slides.odp").title().confidence()).isZero();
  }

  @Test
  void slideTitleBeatsASlugAndADescriptiveFileNameBeatsATemplateTitle() {
    var slide = new TitleSlide(List.of("Bye bye Floppy", "Jane Roe"), 0, "Bye bye Floppy\nJane Roe", List.of());
    Candidate slug = FileNameClues.read("floppy_replacements.odp").title();
    assertThat(TitleChoice.choose(List.of(slug), List.of(""), List.of(slide), java.util.Set.of()).value())
        .isEqualTo("Bye bye Floppy");
    Candidate typed = FileNameClues.read("How to integrate graphs into SQL.pdf").title();
    assertThat(TitleChoice.choose(List.of(typed), List.of("Triton Introduction"), List.of(), java.util.Set.of())
        .value()).isEqualTo("How to integrate graphs into SQL");
    assertThat(TitleChoice.choose(List.of(slug), List.of("PowerPoint Presentation"), List.of(), java.util.Set.of())
        .value()).isEqualTo("floppy replacements");
  }

  @Test
  void aTitleSlideReadByOcrTitlesTheTalkOnlyWhenNothingBetterExists() {
    var recognised = new TitleSlide(List.of("SUPE | SPER", "Jane Roe"), 0, "SUPE | SPER\nJane Roe", List.of(),
        dev.lectern.model.Page.OCR);
    Candidate camel = FileNameClues.read("GraphNemo.pdf").title();
    Candidate chosen = TitleChoice.choose(List.of(camel), List.of(""), List.of(recognised), java.util.Set.of());
    assertThat(chosen.value()).isEqualTo(camel.value());
    // Text added to a page by OCR counts as OCR too.
    var partly = new TitleSlide(recognised.lines(), 0, recognised.text(), List.of(), dev.lectern.model.Page.TEXT_OCR);
    assertThat(TitleChoice.choose(List.of(camel), List.of(""), List.of(partly), java.util.Set.of()).value())
        .isEqualTo(camel.value());
    // With nothing else (a template file name), the recognised line is the title, with low confidence.
    var readWell = new TitleSlide(List.of("Flamegraph profiling"), 0, "Flamegraph profiling", List.of(),
        dev.lectern.model.Page.OCR);
    Candidate alone = TitleChoice.choose(List.of(FileNameClues.read("slides.pdf").title()), List.of(""),
        List.of(readWell), java.util.Set.of());
    assertThat(alone.value()).isEqualTo("Flamegraph profiling");
    assertThat(alone.source()).isEqualTo("title slide (OCR)");
    assertThat(alone.confidence()).isLessThanOrEqualTo(TitleChoice.RECOGNISED);
  }

  @Test
  void aLineThatLostItsBreaksIsSplitBeforeANameOrADate() {
    java.util.function.Predicate<String> onlyHere = word -> false;
    assertThat(TitleText.unglue("Deep Nets on ToastersJane RoeMay 3, 2022", onlyHere))
        .containsExactly("Deep Nets on Toasters", "Jane Roe", "May 3, 2022");
    assertThat(TitleText.unglue("Kelp forests in winterOct 12, 2019", onlyHere))
        .containsExactly("Kelp forests in winter", "Oct 12, 2019");
    assertThat(TitleText.unglue("Scaling JavaScript with TypeScript", onlyHere))
        .containsExactly("Scaling JavaScript with TypeScript");
    assertThat(TitleText.unglue("Intro to PyTorch Lightning", onlyHere)).containsExactly("Intro to PyTorch Lightning");
    // The deck says TensorFlow again elsewhere: a word, not a title glued to a name.
    assertThat(TitleText.unglue("Serving with TensorFlow ServingMar 2, 2020", "TensorFlow"::equals))
        .containsExactly("Serving with TensorFlow Serving", "Mar 2, 2020");
    var slide = TitleSlide.of(new dev.lectern.model.Extraction(dev.lectern.model.ExtractionStatus.OK, "",
        List.of(new dev.lectern.model.Page(1, "© Acme 2022\nDeep Nets on ToastersJane RoeMay 3, 2022", "")),
        dev.lectern.model.DocumentMetadata.NONE));
    assertThat(slide.main()).isEqualTo("Deep Nets on Toasters");
    assertThat(slide.nearTitle()).contains("Jane Roe");
  }

  @Test
  void theTitleSlidesSpellingIsShownOverTheSameWordsRebuiltFromAFileName() {
    Candidate camel = FileNameClues.read("KelpForestsInWinter.pptx").title();
    var slide = new TitleSlide(List.of("Kelp Forests in Winter"), 0, "Kelp Forests in Winter", List.of());
    assertThat(TitleChoice.choose(List.of(camel), List.of(""), List.of(slide), java.util.Set.of()).value())
        .isEqualTo("Kelp Forests in Winter");
  }

  @Test
  void fourHanCharactersAreANameOnlyAfterATwoCharacterSurname() {
    assertThat(PersonNames.hanName("快速入门")).isEmpty();
    assertThat(PersonNames.hanName("图像识别")).isEmpty();
    assertThat(PersonNames.hanName("欧阳明远")).map(Speaker::name).contains("欧阳明远");
    assertThat(PersonNames.hanName("张明远")).map(Speaker::name).contains("张明远");
  }

  @Test
  void aFolderSlugIsSpelledAsTheArchivesFileNamesSpellIt() {
    NameSpellings spellings = NameSpellings.of(List.of("kelpwatch-archive/2019/KelpWatch2019-intro.pdf",
        "kelpwatch-archive/2020/otterwatch.pdf"));
    assertThat(spellings.respell("Kelpwatch", Set.of())).isEqualTo("KelpWatch");
    assertThat(spellings.respell("Kelpwatch Meetups", Set.of())).isEqualTo("KelpWatch Meetups");
    assertThat(spellings.respell("Otterwatch", Set.of())).as("no one wrote it in mixed case").isEqualTo("Otterwatch");
    assertThat(spellings.respell("KELPWATCH Night", Set.of())).as("a spelling a person chose stays").isEqualTo("KELPWATCH Night");
  }

  @Test
  void aFolderWordTakesTheCapitalsTheArchivesOtherNamesGiveIt() {
    NameSpellings spellings = NameSpellings.of(List.of(
        "kelp-club/2019-05-02/[KCL] Otter census.pdf",
        "kelp-club/2019-06-02/UrchinDB intro.pptx",
        "kelp-club/2019-07-02/Reef.js in practice.key",
        "kelp-club/2019-08-02/REEFWATCH FINAL.pdf", "kelp-club/2019-08-02/Reefwatch LOGS.pdf", "kelp-club/2019-08-03/OTTERWATCH.pdf",
        "kelp-club/2019-08-02/Tide tables.PDF",
        "kelp-club/2019-09-02/Sonar-Sonar-SONAR.pdf"));
    assertThat(spellings.respell("Kcl Meetups", Set.of())).as("a short word written in capitals").isEqualTo("KCL Meetups");
    assertThat(spellings.respell("Urchindb Nights", Set.of())).as("mixed case").isEqualTo("UrchinDB Nights");
    assertThat(spellings.respell("Reefjs Club", Set.of())).as("a dotted product name").isEqualTo("Reef.js Club");
    assertThat(spellings.respell("Otterwatch", Set.of())).as("a long word in capitals is shouting").isEqualTo("Otterwatch");
    assertThat(spellings.respell("Reefwatch", Set.of())).as("a name all in capitals says nothing").isEqualTo("Reefwatch");
    assertThat(spellings.respell("Final Talks", Set.of())).as("shouting, not spelling").isEqualTo("Final Talks");
    assertThat(spellings.respell("Sonar Club", Set.of())).as("written capitalised more often than in capitals")
        .isEqualTo("Sonar Club");
    assertThat(spellings.respell("Pdf Club", Set.of())).as("an extension is not a word of the name").isEqualTo("Pdf Club");
    assertThat(spellings.respell("Tide Club", Set.of())).as("capitalised is title case already").isEqualTo("Tide Club");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "krk-gophers | KRK Gophers", "sql-night | SQL Night", "dr-kelp-talks | Dr Kelp Talks",
      "st-ives-meetup | St Ives Meetup", "gym-club | Gym Club", "by-the-sea | By The Sea",
      "OtterCon | OtterCon", "ai-nights | Ai Nights", "iOS-kelp-nights | iOS Kelp Nights", "eBPF-club | eBPF Club"})
  void aFolderSlugIsTitleCasedExceptForLetterByLetterAcronyms(String folder, String title) {
    assertThat(FolderName.humanize(folder)).isEqualTo(title);
  }

  @Test
  void datesFromTheFolderAreRefinedNotReplaced() {
    assertThat(DateChoice.choose("2017-04", List.of(), List.of("2017-04-19"), List.of()).value()).isEqualTo("2017-04-19");
    assertThat(DateChoice.choose("2017-04", List.of(), List.of("2019-01-01"), List.of()).value()).isEqualTo("2017-04");
    Candidate created = DateChoice.choose("", List.of(), List.of(), List.of("2016-08-09T09:38:00Z"));
    assertThat(created).extracting(Candidate::value, Candidate::source).containsExactly("2016-08", "document created");
    assertThat(created.confidence()).isLessThan(0.5);
    assertThat(Optional.of(DateChoice.choose("", List.of(), List.of(), List.of()).value())).contains("");
  }
}

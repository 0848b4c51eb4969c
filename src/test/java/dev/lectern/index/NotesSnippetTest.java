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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page found by its speaker notes says so with {@code inNotes}, and its snippet is the notes' own
 * words with no label in it: the label is the reader's language, which the UI and the CLI add.
 */
class NotesSnippetTest {
  @TempDir
  Path dir;

  private SlideIndex index;

  @BeforeEach
  void build() throws Exception {
    index = SlideIndex.openForWriting(dir.resolve("lucene"), new JsonCodec());
    Meetup meetup = new Meetup("m", "Systems night", "2024-05-01", "Shanghai", "", List.of(), "", "", List.of(), "m");
    List<Page> pages = List.of(
        new Page(1, "Memory allocators compared", "Mention the arena trick the wombat team used"),
        new Page(2, "Slab allocation in the wombat kernel", ""));
    TalkFile file = new TalkFile("m/alloc.pdf", "pdf", pages.size(), ExtractionStatus.OK.label(), "", "sha-alloc", 100);
    Talk talk = new Talk("m/alloc", "Allocators", MeetupRef.of(meetup), List.of(new Speaker("Ada", "")), "",
        List.of(), "en", "", "", List.of(file), "ok");
    Extraction extraction = new Extraction(ExtractionStatus.OK, "", pages, DocumentMetadata.NONE);
    index.replace(new IndexedTalk(talk, meetup, List.of(new FileExtraction("m/alloc.pdf", "sha-alloc", 100, extraction)), "fp"));
    index.commit();
    index.refresh();
  }

  @AfterEach
  void close() throws Exception {
    index.close();
  }

  @Test
  void aPageFoundByItsNotesIsMarkedAndItsSnippetCarriesNoLabel() throws Exception {
    SearchResult arena = search("arena");
    SearchResult.PageHit byNotes = arena.hits().get(0).pages().get(0);
    assertThat(byNotes.number()).isEqualTo(1);
    assertThat(byNotes.inNotes()).isTrue();
    assertThat(byNotes.snippet()).contains("arena").doesNotContain("Notes");
  }

  @Test
  void aPageFoundByItsSlideTextIsNotMarked() throws Exception {
    SearchResult slab = search("slab");
    SearchResult.PageHit bySlide = slab.hits().get(0).pages().get(0);
    assertThat(bySlide.number()).isEqualTo(2);
    assertThat(bySlide.inNotes()).isFalse();
  }

  private SearchResult search(String q) throws Exception {
    return new TalkSearcher(index).search(new SearchRequest(q, Map.of(), SearchRequest.Order.RELEVANCE, 1, 10, true));
  }
}

package dev.lectern.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Meetup;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which meetups a typed name picks out, on invented meetups. */
class MeetupNamesTest {
  private static Meetup meetup(String id, String title, String date, String city, String seriesTitle) {
    return new Meetup(id, title, date, city, "", List.of(), "", "", List.of(), id, seriesTitle.isEmpty() ? "" : "s",
        seriesTitle, Map.of());
  }

  private final MeetupNames names = MeetupNames.of(List.of(
      meetup("zed-12th", "Zed.js Club Party #12", "", "", "Zed.js Club Party"),
      meetup("zed-1st", "Zed.js Club Party #1", "", "", "Zed.js Club Party"),
      meetup("quokka-2023", "QuokkaML Night", "2023-04-05", "Ostrava", ""),
      meetup("brno-2022", "Café Kernels Brno", "2022-11", "Brno", ""),
      meetup("han", "鹦鹉 Go 聚会", "2021", "", "")));

  @Test
  void caseAccentsAndPunctuationAsideTheServedNameIsWhatATypedNameMatches() {
    assertThat(names.ids("Zed.js Club Party #12")).containsExactly("zed-12th");
    assertThat(names.ids("zedjs club")).containsExactly("zed-12th", "zed-1st");
    assertThat(names.ids("quokkaml night")).containsExactly("quokka-2023");
    assertThat(names.ids("cafe kernels")).containsExactly("brno-2022");
    assertThat(names.ids("Go 聚会")).containsExactly("han");
  }

  @Test
  void aTypedNameNeverMatchesPartOfAWordOrNumber() {
    assertThat(names.ids("Party #1")).containsExactly("zed-1st");
    assertThat(names.ids("quokka")).isEmpty();
    assertThat(names.ids("Night 2")).isEmpty();
    assertThat(names.ids("  ")).isEmpty();
  }

  @Test
  void theCityTheDateAsTheFacetShowsItAndTheSeriesNameCount() {
    assertThat(names.ids("QuokkaML Night (2023-04-05)")).containsExactly("quokka-2023");
    assertThat(names.ids("QuokkaML Night Ostrava")).containsExactly("quokka-2023");
    assertThat(names.ids("Café Kernels Brno 2022-11")).as("a city already in the title is not repeated")
        .containsExactly("brno-2022");
    assertThat(names.ids("Zed.js Club Party")).containsExactly("zed-12th", "zed-1st");
  }
}

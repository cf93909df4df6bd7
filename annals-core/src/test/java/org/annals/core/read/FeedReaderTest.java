package org.annals.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annals.core.read.Origin.DateSource;
import org.junit.jupiter.api.Test;

/** RSS and Atom feeds written for the tests: one document per item. */
class FeedReaderTest {

  private static List<ReadOutcome> items(String name, ReadOptions opts) {
    List<ReadOutcome> out = new ArrayList<>();
    Sources.Counts counts = Sources.read(Fixtures.page(name), opts, out::add);
    assertThat(counts.documents() + counts.failed()).isEqualTo(out.size());
    return out;
  }

  @Test
  void rssItemsWithFullContentOrDescriptionAndOneUndatedItem() {
    List<ReadOutcome> out = items("river-post-rss.xml", ReadOptions.defaults());
    assertThat(out).hasSize(3);
    ReadOutcome.Ok first = (ReadOutcome.Ok) out.get(0);
    assertThat(first.document().id()).isEqualTo("riverpost-10231");
    assertThat(first.document().title()).isEqualTo("Flood barrier tested ahead of autumn storms");
    assertThat(first.document().source()).isEqualTo("https://riverpost.example/region/flood-barrier-test");
    // 22:30 at -04:00 on 3 October (4 October in UTC): the publisher's date
    assertThat(first.document().date()).isEqualTo(LocalDate.of(2023, 10, 3));
    assertThat(first.origin().get().dateSource()).isEqualTo(DateSource.FEED);
    assertThat(first.document().text())
        .startsWith("Engineers closed the new flood barrier at Harlow Bend")
        .contains("\n\nThe town council said the test had gone well")
        .doesNotContain("Advertisement")
        .doesNotContain("first time this year"); // the description, not used when content exists
    ReadOutcome.Ok second = (ReadOutcome.Ok) out.get(1);
    assertThat(second.document().title()).isEqualTo("Ferry timetable & fares change next month");
    assertThat(second.document().date()).isEqualTo(LocalDate.of(2023, 10, 2));
    assertThat(second.document().id()).isEqualTo("https://riverpost.example/region/ferry-timetable");
    assertThat(second.document().text()).startsWith("The ferry company will add an early crossing");
    ReadOutcome.Failed third = (ReadOutcome.Failed) out.get(2);
    assertThat(third.message())
        .endsWith("river-post-rss.xml[item 3 https://riverpost.example/region/notice]: no date: the item has no date and no --date was given");
  }

  @Test
  void undatedItemTakesTheDateOption() {
    List<ReadOutcome> out =
        items("river-post-rss.xml", ReadOptions.defaults().withDate(LocalDate.of(2023, 10, 5)));
    ReadOutcome.Ok third = (ReadOutcome.Ok) out.get(2);
    assertThat(third.document().date()).isEqualTo(LocalDate.of(2023, 10, 5));
    assertThat(third.origin().get().dateSource()).isEqualTo(DateSource.OPTION);
  }

  @Test
  void atomEntries() {
    List<ReadOutcome> out = items("orchard-news-atom.xml", ReadOptions.defaults());
    assertThat(out).hasSize(2).allMatch(o -> o instanceof ReadOutcome.Ok);
    ReadOutcome.Ok frost = (ReadOutcome.Ok) out.get(0);
    assertThat(frost.document().id()).isEqualTo("tag:orchardnews.example,2024:frost-blossom");
    assertThat(frost.document().date()).isEqualTo(LocalDate.of(2024, 4, 17)); // published, +10:00
    assertThat(frost.document().text())
        .isEqualTo(
            "Growers in the upper orchards lit burners between the rows overnight as temperatures"
                + " fell below freezing just as the first blossom opened.\n\nThe growers'"
                + " association said it was too early to know how much of the crop had been lost.");
    ReadOutcome.Ok cider = (ReadOutcome.Ok) out.get(1);
    assertThat(cider.document().date()).isEqualTo(LocalDate.of(2024, 4, 16)); // only updated
    assertThat(cider.document().text()).startsWith("The cider festival will be held");
  }

  @Test
  void malformedAndEmptyFeedsFailWithOneLine() {
    ReadOutcome.Failed broken =
        Fixtures.onlyFailed(
            Fixtures.read("broken.xml", "<rss version=\"2.0\"><channel><item><title>x</item>", ReadOptions.defaults()));
    assertThat(broken.message()).startsWith("broken.xml: malformed feed XML:");
    ReadOutcome.Failed empty =
        Fixtures.onlyFailed(
            Fixtures.read("empty.xml", "<rss version=\"2.0\"><channel><title>t</title></channel></rss>", ReadOptions.defaults()));
    assertThat(empty.message()).isEqualTo("empty.xml: the feed has no items");
    ReadOutcome.Failed doctype =
        Fixtures.onlyFailed(
            Fixtures.read(
                "entity.xml",
                "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                    + "<rss version=\"2.0\"><channel><item><description>&x;</description></item></channel></rss>",
                ReadOptions.defaults()));
    assertThat(doctype.message()).startsWith("entity.xml: malformed feed XML:").contains("DOCTYPE");
  }
}

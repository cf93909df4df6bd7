package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.annals.model.ArticleRecord;
import org.annals.model.EntityId;
import org.annals.model.EntityKind;
import org.annals.model.EventType;
import org.annals.model.Status;
import org.annals.store.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's timeline lines, from records stored in a fresh knowledge base (no pipeline). */
class DemoTimelineTest {

  @TempDir Path dir;

  private List<String> lines(ArticleRecord... records) {
    try (KnowledgeBase kb = KnowledgeBase.open(dir.resolve("t.duckdb"))) {
      for (ArticleRecord r : records) {
        kb.ingest(r);
      }
      return DemoTimeline.lines(kb);
    }
  }

  private static final String VISIT =
      "The chief of Chile's navy, Admiral Rosa Ibarra, on Tuesday arrived in Peru for her first"
          + " official visit to the Andean country since taking command.";

  private static ArticleRecord visit(String id, String value, String earliest, String latest, Status status) {
    Records.Builder b = new Records.Builder(id, "2023-02-22", VISIT);
    EntityId ibarra = b.entity("Rosa Ibarra", EntityKind.PERSON, "CHL");
    EntityId peru = b.entity("Peru", EntityKind.COUNTRY, "PER");
    return b.event(EventType.CONSULT, "visit", ibarra, peru, peru, value, earliest, latest, status, "visit")
        .build();
  }

  @Test
  void lineShowsDateTypeActorsPlaceStatusExcerptAndArticle() {
    assertThat(lines(visit("article.txt", "2023-02-21", "2023-02-21", "2023-02-21", Status.OCCURRED)))
        .containsExactly(
        "2023-02-21  CONSULT/visit       Rosa Ibarra (CHL) → Peru (PER)  @Peru  [occurred]  "
            + "\"…in Peru for her first official visit to the Andean country since taking command.\""
            + "  (article.txt)");
  }

  @Test
  void sameHappeningInTwoArticlesIsShownOnceWithTheMorePreciseDate() {
    ArticleRecord a = visit("a.txt", "2023-02", "2023-02-01", "2023-02-28", Status.OCCURRED);
    ArticleRecord b = visit("b.txt", "2023-02-21", "2023-02-21", "2023-02-21", Status.OCCURRED);
    List<String> lines = lines(a, b);
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0)).startsWith("2023-02-21  CONSULT/visit").endsWith("(2 reports: a.txt, b.txt)");
  }

  @Test
  void differentDatesTypesOrNegationStayApartAndSortByDate() {
    ArticleRecord march = visit("march.txt", "2023-03-05", "2023-03-05", "2023-03-05", Status.OCCURRED);
    ArticleRecord feb = visit("feb.txt", "2023-02-21", "2023-02-21", "2023-02-21", Status.OCCURRED);
    ArticleRecord denied = visit("denied.txt", "2023-02-21", "2023-02-21", "2023-02-21", Status.NEGATED);
    List<String> lines = lines(march, feb, denied);
    assertThat(lines).extracting(l -> l.substring(0, 10))
        .containsExactly("2023-02-21", "2023-02-21", "2023-03-05");
    assertThat(lines.get(0)).endsWith("(feb.txt)");
    assertThat(lines.get(1)).contains("[negated]");
  }

  @Test
  void twoEventsOfOneArticleAreNotMerged() {
    Records.Builder b = new Records.Builder("one.txt", "2023-02-22", VISIT);
    EntityId ibarra = b.entity("Rosa Ibarra", EntityKind.PERSON, "CHL");
    EntityId peru = b.entity("Peru", EntityKind.COUNTRY, "PER");
    b.event(EventType.CONSULT, "visit", ibarra, peru, null, "2023-02", "2023-02-01", "2023-02-28",
        Status.OCCURRED, "visit");
    b.event(EventType.CONSULT, "visit", ibarra, peru, null, "2023-02-21", "2023-02-21", "2023-02-21",
        Status.OCCURRED, "arrived");
    assertThat(lines(b.build())).hasSize(2);
  }

  @Test
  void excerptFitsAndKeepsTheTrigger() {
    String text = "word ".repeat(40) + "TRIGGER " + "more ".repeat(40);
    String excerpt = DemoTimeline.excerpt(text, text.indexOf("TRIGGER"), 90);
    assertThat(excerpt).hasSizeLessThanOrEqualTo(90).contains("TRIGGER").startsWith("…").endsWith("…");
    assertThat(DemoTimeline.excerpt("Short  and\nsweet.", 0, 90)).isEqualTo("Short and sweet.");
  }
}

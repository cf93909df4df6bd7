package org.annals.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annals.model.ArticleRecord;
import org.annals.model.Basis;
import org.annals.model.Document;
import org.annals.model.Entity;
import org.annals.model.EntityId;
import org.annals.model.EntityKind;
import org.annals.model.Event;
import org.annals.model.EventDate;
import org.annals.model.EventId;
import org.annals.model.EventType;
import org.annals.model.Mention;
import org.annals.model.Provenance;
import org.annals.model.Status;
import org.annals.model.TimeMention;
import org.annals.model.TimeType;

/**
 * Invented article records built in code (no language models): countries are found in the body by
 * name, and each sentence with one of a few verbs becomes an event between the first two countries
 * it names. {@link #ANALYZER} is the same rule as an {@link Analyzer}, the fast stand-in for the
 * pipeline in API tests.
 */
final class Fixtures {

  private static final Map<String, String> COUNTRIES =
      Map.of("Norway", "NOR", "Chile", "CHL", "Kenya", "KEN", "Peru", "PER");

  private record Verb(String word, EventType type, String cameo, double goldstein) {}

  private static final List<Verb> VERBS = List.of(
      new Verb("met", EventType.CONSULT, "040", 1.0),
      new Verb("signed", EventType.AGREE, "057", 8.0),
      new Verb("accused", EventType.ACCUSE, "112", -2.0),
      new Verb("shelled", EventType.ASSAULT, "195", -10.0));

  static final Provenance PROVENANCE = new Provenance("test", "fixtures", Map.of());

  static final Analyzer ANALYZER = article -> record(article.document());

  private Fixtures() {}

  /** The record of {@code doc} under the rule of this class; every event is dated to the article's day. */
  static ArticleRecord record(Document doc) {
    String body = doc.text();
    List<Entity> entities = new ArrayList<>();
    Map<String, EntityId> ids = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, String> c : new java.util.TreeMap<>(COUNTRIES).entrySet()) {
      List<Mention> mentions = new ArrayList<>();
      for (int at = body.indexOf(c.getKey()); at >= 0; at = body.indexOf(c.getKey(), at + 1)) {
        mentions.add(new Mention(c.getKey(), at, at + c.getKey().length()));
      }
      if (!mentions.isEmpty()) {
        EntityId id = EntityId.of(entities.size() + 1);
        ids.put(c.getKey(), id);
        entities.add(new Entity(id, EntityKind.COUNTRY, c.getKey(), Optional.of(c.getValue()), Optional.of("GOV"),
            List.of(), List.of(), Optional.empty(), List.of(), mentions));
      }
    }
    List<Event> events = new ArrayList<>();
    int start = 0;
    for (String sentence : body.split("(?<=\\.)\\s+")) {
      int s = body.indexOf(sentence, start);
      start = s + sentence.length();
      for (Verb v : VERBS) {
        int w = sentence.indexOf(" " + v.word + " ");
        if (w < 0) {
          continue;
        }
        List<EntityId> actors = new ArrayList<>();
        List<Integer> where = new ArrayList<>();
        for (Map.Entry<String, EntityId> c : ids.entrySet()) {
          int at = sentence.indexOf(c.getKey());
          if (at >= 0) {
            where.add(at);
            actors.add(c.getValue());
          }
        }
        if (actors.size() < 2) {
          continue;
        }
        // the country written first is the source
        if (where.get(0) > where.get(1)) {
          actors = List.of(actors.get(1), actors.get(0));
        }
        String day = doc.date().toString();
        events.add(new Event(EventId.of(events.size() + 1), v.type, Optional.empty(), List.of(), v.cameo, v.goldstein,
            List.of(actors.get(0)), List.of(actors.get(1)), Optional.empty(),
            new EventDate(day, Optional.of(doc.date()), Optional.of(doc.date()), Optional.empty(), Basis.DOCUMENT),
            Status.OCCURRED, new Mention(v.word, s + w + 1, s + w + 1 + v.word.length()),
            new Mention(sentence, s, s + sentence.length()), Optional.empty(), 0.7, List.of("FIXTURE"), List.of()));
        break;
      }
    }
    List<TimeMention> times = new ArrayList<>();
    int y = body.indexOf("yesterday");
    if (y >= 0) {
      LocalDate d = doc.date().minusDays(1);
      times.add(new TimeMention("yesterday", y, y + 9, TimeType.DATE, d.toString(), Optional.of(d), Optional.of(d),
          Optional.empty()));
    }
    return new ArticleRecord(doc, entities, times, events, List.of(), List.of(), PROVENANCE);
  }

  static Document doc(String id, String date, String title, String text) {
    return Document.of(id, LocalDate.parse(date), title, "https://news.example.org/" + id, text);
  }

  /** Three invented articles: two days of Norway–Chile talks, and a Kenya–Peru accusation. */
  static List<Document> articles() {
    return List.of(
        doc("talks-1", "2021-03-04", "Norway and Chile open fisheries talks",
            "Delegates from Norway met officials of Chile in Oslo yesterday. The talks covered salmon quotas."),
        doc("talks-2", "2021-05-19", "Fisheries pact",
            "Norway signed a fisheries pact with Chile on Tuesday. Kenya was not part of it."),
        doc("protest-1", "2022-01-10", "Kenya and Peru trade barbs",
            "Kenya accused Peru of dumping cheap flowers. Peru rejected the claim."));
  }
}

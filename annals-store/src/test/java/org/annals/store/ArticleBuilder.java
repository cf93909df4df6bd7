package org.annals.store;

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
import org.annals.model.Quote;
import org.annals.model.Status;
import org.annals.model.TimeMention;
import org.annals.model.TimeType;

/**
 * Builds invented article records in code, without the pipeline: the body is the sentences given,
 * mentions are found in it by their text, so every offset is right.
 */
final class ArticleBuilder {

  private final String id;
  private final LocalDate date;
  private final String source;
  private final StringBuilder body = new StringBuilder();
  private final List<int[]> sentences = new ArrayList<>();
  private final List<Entity> entities = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();
  private final List<Quote> quotes = new ArrayList<>();
  private final List<TimeMention> times = new ArrayList<>();

  ArticleBuilder(String id, String date, String source) {
    this.id = id;
    this.date = LocalDate.parse(date);
    this.source = source;
  }

  static ArticleBuilder article(String id, String date) {
    return new ArticleBuilder(id, date, "https://" + id.replaceAll("[^a-z0-9]", "") + ".example.org/" + id);
  }

  ArticleBuilder sentence(String text) {
    if (body.length() > 0) {
      body.append(' ');
    }
    sentences.add(new int[] {body.length(), body.length() + text.length()});
    body.append(text);
    return this;
  }

  private Mention find(String text, int from) {
    int at = body.indexOf(text, from);
    if (at < 0) {
      throw new IllegalArgumentException("'" + text + "' is not in the body of " + id + ": " + body);
    }
    return new Mention(text, at, at + text.length());
  }

  /** An entity mentioned by each of {@code mentions} (first occurrences, in order). */
  EntityId entity(EntityKind kind, String name, String country, String sector, List<String> titles,
      Optional<EntityId> memberOf, String... mentions) {
    EntityId eid = EntityId.of(entities.size() + 1);
    List<Mention> ms = new ArrayList<>();
    for (String m : mentions) {
      ms.add(find(m, 0));
    }
    entities.add(new Entity(eid, kind, name, Optional.ofNullable(country), Optional.ofNullable(sector), titles,
        List.of(), memberOf, List.of(), ms));
    return eid;
  }

  EntityId country(String name, String code, String... mentions) {
    return entity(EntityKind.COUNTRY, name, code, "GOV", List.of(), Optional.empty(),
        mentions.length == 0 ? new String[] {name} : mentions);
  }

  EntityId person(String name, String code, List<String> titles, Optional<EntityId> memberOf, String... mentions) {
    return entity(EntityKind.PERSON, name, code, "GOV", titles, memberOf,
        mentions.length == 0 ? new String[] {name} : mentions);
  }

  /** An event reported by sentence {@code sentence} (0-based), its trigger the first {@code trigger} in it. */
  ArticleBuilder event(EventType type, String cameo, List<EntityId> source, List<EntityId> target, String earliest,
      String latest, Status status, int sentence, String trigger) {
    int[] s = sentences.get(sentence);
    Mention evidence = new Mention(body.substring(s[0], s[1]), s[0], s[1]);
    Mention trig = find(trigger, s[0]);
    Optional<LocalDate> e = Optional.ofNullable(earliest).map(LocalDate::parse);
    Optional<LocalDate> l = Optional.ofNullable(latest).map(LocalDate::parse);
    String value = earliest == null ? "FUTURE_REF" : earliest.equals(latest) ? earliest : earliest.substring(0, 7);
    EventDate date = new EventDate(value, e, l, Optional.empty(), Basis.EXPLICIT);
    events.add(new Event(EventId.of(events.size() + 1), type, Optional.empty(), List.of(), cameo, 1.0, source,
        target, Optional.empty(), date, status, trig, evidence, Optional.empty(), 0.8, List.of("T0001"),
        List.of(evidence)));
    return this;
  }

  ArticleBuilder quote(String text, EntityId speaker) {
    Mention m = find(text, 0);
    quotes.add(new Quote(text, m.start(), m.end(), Optional.of(speaker)));
    return this;
  }

  ArticleBuilder time(String text, String value) {
    Mention m = find(text, 0);
    LocalDate d = LocalDate.parse(value);
    times.add(new TimeMention(text, m.start(), m.end(), TimeType.DATE, value, Optional.of(d), Optional.of(d),
        Optional.empty()));
    return this;
  }

  ArticleRecord build() {
    Document d = Document.of(id, date, "title of " + id, source, body.toString());
    return new ArticleRecord(d, entities, times, events, quotes, List.of(),
        new Provenance("test", "test-spec", Map.of()));
  }
}

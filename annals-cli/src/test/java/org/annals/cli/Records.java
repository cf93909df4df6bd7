package org.annals.cli;

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

/** Hand-built records for tests that need no language models. */
final class Records {

  static final Provenance PROVENANCE = new Provenance("test", "test-pipeline", Map.of());

  private Records() {}

  static Document document(String id, String date, String text) {
    return Document.of(id, LocalDate.parse(date), "", id, text);
  }

  /** A record of {@code doc} with nothing found in it. */
  static ArticleRecord empty(Document doc, List<String> warnings) {
    return new ArticleRecord(doc, List.of(), List.of(), List.of(), List.of(), warnings, PROVENANCE);
  }

  /** A builder of one article's entities and events; mentions point at the first occurrence of the name. */
  static final class Builder {
    private final Document doc;
    private final List<Entity> entities = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<TimeMention> times = new ArrayList<>();

    Builder(String id, String date, String text) {
      this.doc = document(id, date, text);
    }

    EntityId entity(String name, EntityKind kind, String country) {
      EntityId id = EntityId.of(entities.size() + 1);
      int at = Math.max(0, doc.text().indexOf(name));
      Mention m = Mention.of(doc.text(), at, Math.min(doc.text().length(), at + name.length()));
      entities.add(new Entity(id, kind, name, Optional.ofNullable(country), Optional.empty(), List.of(),
          List.of(), Optional.empty(), List.of(), List.of(m)));
      return id;
    }

    Builder time(String text, String value) {
      int at = doc.text().indexOf(text);
      times.add(new TimeMention(text, at, at + text.length(), org.annals.model.TimeType.DATE, value,
          Optional.empty(), Optional.empty(), Optional.empty()));
      return this;
    }

    /** An event whose trigger is {@code trigger} and evidence the whole text. */
    Builder event(EventType type, String mode, EntityId source, EntityId target, EntityId place,
        String value, String earliest, String latest, Status status, String trigger) {
      int at = doc.text().indexOf(trigger);
      EventDate date = new EventDate(value, Optional.ofNullable(earliest).map(LocalDate::parse),
          Optional.ofNullable(latest).map(LocalDate::parse), Optional.empty(), Basis.EXPLICIT);
      events.add(new Event(EventId.of(events.size() + 1), type, Optional.ofNullable(mode), List.of(), "042",
          1.9, List.of(source), target == null ? List.of() : List.of(target), Optional.ofNullable(place), date,
          status, Mention.of(doc.text(), at, at + trigger.length()), Mention.of(doc.text(), 0, doc.text().length()),
          Optional.empty(), 0.8, List.of(), List.of()));
      return this;
    }

    ArticleRecord build() {
      return new ArticleRecord(doc, entities, times, events, List.of(), List.of(), PROVENANCE);
    }
  }
}

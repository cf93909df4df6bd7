package org.annals.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Everything Annals extracted from one article: the contract of ../shared/docs/output-format.md. */
public record ArticleRecord(Document document, List<Entity> entities, List<TimeMention> times, List<Event> events,
                            List<Quote> quotes, List<String> warnings, Provenance provenance) {
    public ArticleRecord {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(provenance, "provenance");
        entities = List.copyOf(entities);
        times = List.copyOf(times);
        events = List.copyOf(events);
        quotes = List.copyOf(quotes);
        warnings = List.copyOf(warnings);
    }

    public Optional<Entity> entity(EntityId id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}

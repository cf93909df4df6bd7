package org.annals.core.lexicon;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.annals.model.EntityKind;

/**
 * A named actor of the actor dictionary ({@code actors.tsv} or a user's file): an organisation or person
 * whose country or sector the text does not say ("Hezbollah" is Lebanese and armed).
 *
 * @param country ISO alpha-3 or {@code IGO}; empty for actors of no state (NGOs, transnational groups)
 * @param source  the file the row comes from, for provenance
 */
public record ActorEntry(String name, List<String> aliases, EntityKind kind, Optional<String> country,
                         Optional<String> sector, String rowId, String source) {
    public ActorEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(rowId, "rowId");
        Objects.requireNonNull(source, "source");
        aliases = List.copyOf(aliases);
        if (kind != EntityKind.PERSON && kind != EntityKind.ORGANIZATION) {
            throw new IllegalArgumentException("actor " + name + ": kind must be PERSON or ORGANIZATION");
        }
    }
}

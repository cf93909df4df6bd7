package org.annals.core.pipeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.annals.model.ArticleRecord;
import org.annals.model.Document;
import org.annals.model.Entity;
import org.annals.model.EntityKind;
import org.annals.model.Mention;
import org.annals.model.TimeMention;

/** Test helpers shared by the model-backed stage tests: extract an invented article, find entities in it. */
public final class Articles {
    private Articles() {
    }

    /** The record of an invented article, through the one shared pipeline of this test JVM. */
    public static ArticleRecord extract(String id, LocalDate date, String text) {
        return SharedPipeline.get().extract(Document.of(id, date, "test article " + id, "test:" + id, text));
    }

    /** The entity with a mention of exactly this text. */
    public static Entity byMention(ArticleRecord r, String text) {
        return r.entities().stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(text)))
                .findFirst().orElseThrow(() -> new AssertionError("no entity mentioned as '" + text + "' in "
                        + r.document().id() + ":" + listing(r)));
    }

    public static Entity country(ArticleRecord r, String alpha3) {
        return r.entities().stream().filter(e -> e.kind() == EntityKind.COUNTRY)
                .filter(e -> e.country().equals(Optional.of(alpha3))).findFirst()
                .orElseThrow(() -> new AssertionError("no country " + alpha3 + " in " + r.document().id() + ":"
                        + listing(r)));
    }

    public static List<String> texts(Entity e) {
        return e.mentions().stream().map(Mention::text).toList();
    }

    /** One line per entity, for assertion messages. */
    public static String listing(ArticleRecord r) {
        StringBuilder b = new StringBuilder();
        for (Entity e : r.entities()) {
            b.append("\n  ").append(e.id()).append(' ').append(e.kind()).append(" '").append(e.name()).append("' ")
                    .append(e.country().orElse("-")).append('/').append(e.sector().orElse("-")).append(' ')
                    .append(texts(e));
        }
        return b.toString();
    }

    /** The times whose text contains {@code text}, in text order; fails listing all times when there is none. */
    public static List<TimeMention> times(ArticleRecord r, String text) {
        List<TimeMention> found = r.times().stream().filter(m -> m.text().contains(text)).toList();
        if (found.isEmpty()) {
            throw new AssertionError("no time '" + text + "' in " + r.document().id() + ": "
                    + r.times().stream().map(m -> m.text() + "=" + m.value() + " " + m.type()).toList());
        }
        return found;
    }
}

package org.annals.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.annals.model.ArticleRecord;
import org.annals.model.Entity;
import org.annals.model.Event;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The place an act is aimed at ("into" a city) gives the target's country ({@link Roles}); invented sentences. */
class PlaceTargetTest {
    static final String TEXT = "Striking farmers blocked traffic into Brussels on Monday.";

    static ArticleRecord r;

    @BeforeAll
    static void extract() {
        r = EventCoderTest.extract("place-target", TEXT);
    }

    @Test
    void aCityTheActIsAimedIntoGivesTheTargetCountry() {
        Event e = r.events().stream().filter(x -> x.trigger().text().equals("blocked")).findFirst()
                .orElseThrow(() -> new AssertionError("no event on 'blocked' in " + r.events()));
        Set<String> target = new TreeSet<>();
        e.target().forEach(id -> r.entity(id).flatMap(Entity::country).ifPresent(target::add));
        assertThat(target).as("%s", r.entities()).containsExactly("BEL");
    }
}

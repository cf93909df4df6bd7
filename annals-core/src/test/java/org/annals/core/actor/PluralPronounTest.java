package org.annals.core.actor;

import static org.annals.core.pipeline.Articles.byMention;
import static org.annals.core.pipeline.Articles.extract;
import static org.annals.core.pipeline.Articles.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.annals.model.ArticleRecord;
import org.annals.model.Entity;
import org.annals.model.EntityKind;
import org.annals.model.Event;
import org.annals.model.EventType;
import org.junit.jupiter.api.Test;

/** "they" refers back to the group or plural organization named just before. */
class PluralPronounTest {
    @Test
    void theyIsTheGroupNamedBefore() {
        ArticleRecord r = extract("they-group", LocalDate.of(2022, 5, 4),
                "Chile and Peru ended a week of border talks in Lima on Tuesday. The two countries said they "
                        + "would meet again in June.");
        Entity group = byMention(r, "The two countries");
        assertThat(group.kind()).isEqualTo(EntityKind.GROUP);
        assertThat(texts(group)).contains("they");
        Event meeting = r.events().stream().filter(e -> e.type() == EventType.CONSULT
                && e.trigger().text().equals("meet")).findFirst().orElseThrow();
        assertThat(meeting.source()).hasSize(2);
    }

    @Test
    void theyIsNotAPersonOrASingleCountry() {
        ArticleRecord r = extract("they-none", LocalDate.of(2022, 5, 4),
                "Minister Ana Ruiz visited Chile on Monday. They said the road would open next year.");
        assertThat(r.entities().stream().flatMap(e -> texts(e).stream())).doesNotContain("They");
    }
}

package org.annals.core.time;

import static org.annals.core.pipeline.Articles.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annals.model.ArticleRecord;
import org.annals.model.TimeMention;
import org.junit.jupiter.api.Test;

/**
 * SUTime keeps state between documents (CoreNLP issue #1061: a past or future reading of "Monday" or "March" in one
 * document sticks to the shared temporal constants and changes how the next document is read). The times of a
 * document must not depend on what was processed before it.
 */
class DocumentOrderTest {
    /** Past-tense readings of weekdays, months and seasons right next to the verbs. */
    static final String PAST = "The finance ministry announced Monday that exports fell in March and stalled "
            + "Monday morning; analysts said growth slowed last summer and sales dropped on March 5.";
    /** Future readings of the same words. */
    static final String FUTURE = "The finance ministry will announce Monday whether exports will rise in March, and"
            + " a vote will come Monday morning; traders will watch the summer and will meet on March 5.";
    /** No tense next to the time words: the reading SUTime would take from the state left by the others. */
    static final String NEUTRAL = "Monday: a holiday. March: the budget month. Monday morning: markets shut. "
            + "March 5: the deadline. The summer: the season of the recess.";

    private static List<String> times(ArticleRecord r) {
        return r.times().stream().map(t -> t.text() + "@" + t.start() + "=" + t.value() + " " + t.type()).toList();
    }

    @Test
    void aDocumentsTimesDoNotDependOnTheDocumentBeforeIt() {
        LocalDate date = LocalDate.of(2022, 6, 15);
        List<String> first = times(extract("order-neutral-1", date, NEUTRAL));
        extract("order-past", date, PAST);
        List<String> afterPast = times(extract("order-neutral-2", date, NEUTRAL));
        extract("order-future", date, FUTURE);
        List<String> afterFuture = times(extract("order-neutral-3", date, NEUTRAL));
        extract("order-past-again", date, PAST);
        List<String> afterPastAgain = times(extract("order-neutral-4", date, NEUTRAL));
        assertThat(first).as("times of the neutral document").isNotEmpty();
        assertThat(afterPast).isEqualTo(first);
        assertThat(afterFuture).isEqualTo(first);
        assertThat(afterPastAgain).isEqualTo(first);
    }

    @Test
    void twoDocumentsGiveTheSameTimesInEitherOrder() {
        LocalDate date = LocalDate.of(2021, 12, 31);
        ArticleRecord pastFirst = extract("order-a", date, PAST);
        ArticleRecord futureSecond = extract("order-b", date, FUTURE);
        ArticleRecord futureFirst = extract("order-b", date, FUTURE);
        ArticleRecord pastSecond = extract("order-a", date, PAST);
        assertThat(times(pastSecond)).isEqualTo(times(pastFirst));
        assertThat(times(futureFirst)).isEqualTo(times(futureSecond));
        assertThat(pastFirst.times()).extracting(TimeMention::value).doesNotContain("");
    }
}

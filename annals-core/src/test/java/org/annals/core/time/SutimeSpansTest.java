package org.annals.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annals.core.annotate.AnnotatedDocument;
import org.annals.core.annotate.Sentence;
import org.annals.core.annotate.TimexAnnotation;
import org.annals.core.annotate.Token;
import org.annals.model.Document;
import org.annals.model.TimeMention;
import org.annals.model.TimeType;
import org.junit.jupiter.api.Test;

/**
 * Spans SUTime gives only in some states (CoreNLP #1061), so that no invented sentence through the real CoreNLP
 * reproduces them reliably: the annotator's output is written here by hand, over an invented sentence, and the
 * resolver's correction checked. No models.
 */
class SutimeSpansTest {
    /** One sentence of whitespace-separated tokens, every token tagged NN except those given. */
    private static AnnotatedDocument doc(LocalDate date, String text, List<TimexAnnotation> timexes) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String w : text.split(" ")) {
            tokens.add(new Token(tokens.size(), at, at + w.length(), w, w.toLowerCase(java.util.Locale.ROOT),
                    w.matches("[,.]") ? w : "NN", "O"));
            at += w.length() + 1;
        }
        Sentence s = new Sentence(0, 0, text.length(), tokens, List.of());
        return new AnnotatedDocument(Document.of("sutime-spans", date, "t", "test:sutime-spans", text), List.of(s),
                timexes, List.of());
    }

    private static TimexAnnotation timex(String text, int tokenBegin, int tokenEnd, String phrase, String type,
                                         String value) {
        int start = text.indexOf(phrase);
        return new TimexAnnotation(0, tokenBegin, tokenEnd, start, start + phrase.length(), phrase, type, value);
    }

    @Test
    void aMonthDaySutimeStartedAtTheCommaIsTheDayAlone() {
        String text = "In a press conference at 16:15 UTC , June 1st , the chief spoke .";
        AnnotatedDocument d = doc(LocalDate.of(2009, 6, 4), text, List.of(
                timex(text, 5, 6, "16:15", "TIME", "2009-06-01T16:15+0000"),
                timex(text, 7, 10, ", June 1st", "TIME", "2009-06-01T16:15+0000")));
        List<TimeMention> m = new TimeResolver().resolve(d).mentions();
        assertThat(m).extracting(TimeMention::text).containsExactly("16:15", "June 1st");
        assertThat(m.get(1).type()).isEqualTo(TimeType.DATE);
        assertThat(m.get(1).value()).isEqualTo("2009-06-01");
    }
}

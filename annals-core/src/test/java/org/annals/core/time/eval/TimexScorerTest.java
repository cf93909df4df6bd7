package org.annals.core.time.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.annals.core.time.eval.TimexScorer.DocumentScore;
import org.junit.jupiter.api.Test;

/** TempEval-3 Task A counts and scores on small TimeML documents written for this test. */
class TimexScorerTest {
    private static final String DCT = "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2019-06-12\" temporalFunction="
            + "\"false\" functionInDocument=\"CREATION_TIME\">2019-06-12</TIMEX3></DCT>";

    private static TimeMlTimexes doc(String text) {
        return TimeMlTimexes.parse("<?xml version=\"1.0\" ?>\n<TimeML><DOCID>x</DOCID>" + DCT + "<TEXT>" + text
                + "</TEXT></TimeML>");
    }

    private static final TimeMlTimexes GOLD = doc("The mayor resigned <TIMEX3 tid=\"t1\" type=\"DATE\" "
            + "value=\"2019-06-11\">on Tuesday</TIMEX3> after <TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P3Y\">three"
            + " years</TIMEX3> in office &amp; said the council meets <TIMEX3 tid=\"t3\" type=\"SET\" "
            + "value=\"P1W\">weekly</TIMEX3>; the vote is <TIMEX3 tid=\"t4\" type=\"DATE\" value=\"2019-07\">next"
            + " month</TIMEX3>.");

    @Test
    void readsTheBodyTheSpansAndTheCreationTimeButDoesNotScoreTheDct() {
        assertThat(GOLD.creationTime()).contains("2019-06-12");
        assertThat(GOLD.body()).startsWith("The mayor resigned on Tuesday after three years in office & said");
        assertThat(GOLD.timexes()).extracting(Timex::text)
                .containsExactly("on Tuesday", "three years", "weekly", "next month");
        Timex first = GOLD.timexes().get(0);
        assertThat(GOLD.body().substring(first.start(), first.end())).isEqualTo("on Tuesday");
        assertThat(GOLD.timexes().get(2).start()).isEqualTo(GOLD.body().indexOf("weekly"));
    }

    @Test
    void identicalOutputScoresOne() {
        DocumentScore s = TimexScorer.score("d", GOLD.timexes(), GOLD.timexes());
        assertThat(s.score()).isEqualTo(new TimexScore(4, 4, 4, 4, 4, 4));
        assertThat(s.score().valueF1()).isEqualTo(1.0);
        assertThat(s.valueErrors()).isEmpty();
    }

    @Test
    void relaxedMatchesOverlapsAndAttributesAreScoredOnThem() {
        // "Tuesday" without "on": relaxed only; "three years" right; "weekly" typed DATE with a wrong value;
        // "next month" missed; "the council" spurious
        TimeMlTimexes sys = doc("The mayor resigned on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2019-06-11\">Tuesday"
                + "</TIMEX3> after <TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P3Y\">three years</TIMEX3> in office "
                + "&amp; said <TIMEX3 tid=\"t5\" type=\"DATE\" value=\"PRESENT_REF\">the council</TIMEX3> meets "
                + "<TIMEX3 tid=\"t3\" type=\"DATE\" value=\"XXXX-WXX\">weekly</TIMEX3>; the vote is next month.");
        assertThat(sys.body()).isEqualTo(GOLD.body());
        DocumentScore s = TimexScorer.score("d", GOLD.timexes(), sys.timexes());
        assertThat(s.score()).isEqualTo(new TimexScore(4, 4, 2, 3, 2, 2));
        TimexScore t = s.score();
        assertThat(t.strictPrecision()).isEqualTo(0.5);
        assertThat(t.strictRecall()).isEqualTo(0.5);
        assertThat(t.relaxedF1()).isCloseTo(0.75, within(1e-9));
        assertThat(t.typeF1()).isCloseTo(0.75 * 2 / 3, within(1e-9));
        assertThat(t.valueF1()).isCloseTo(0.5, within(1e-9));
        assertThat(s.valueErrors()).singleElement().satisfies(e -> {
            assertThat(e.gold().value()).isEqualTo("P1W");
            assertThat(e.system().value()).isEqualTo("XXXX-WXX");
        });
        assertThat(s.missed()).extracting(Timex::text).containsExactly("next month");
        assertThat(s.spurious()).extracting(Timex::text).containsExactly("the council");
    }

    @Test
    void oneLongSystemSpanMatchesOnlyOneGoldExpression() {
        TimeMlTimexes gold = doc("It ran from <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2018-05\">May 2018</TIMEX3> to "
                + "<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2019-01\">January 2019</TIMEX3>.");
        TimeMlTimexes sys = doc("It ran from <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2018-05\">May 2018 to January"
                + " 2019</TIMEX3>.");
        DocumentScore s = TimexScorer.score("d", gold.timexes(), sys.timexes());
        assertThat(s.score()).isEqualTo(new TimexScore(2, 1, 0, 1, 1, 1));
        assertThat(s.score().relaxedPrecision()).isEqualTo(1.0);
        assertThat(s.score().relaxedRecall()).isEqualTo(0.5);
        assertThat(s.missed()).extracting(Timex::text).containsExactly("January 2019");
    }

    @Test
    void anExactSpanIsPreferredOverALargerOverlap() {
        TimeMlTimexes gold = doc("Sales fell <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2019-Q1\">in the first quarter"
                + "</TIMEX3>.");
        Timex exact = gold.timexes().get(0);
        Timex inner = new Timex(exact.start() + 3, exact.end(), "the first quarter", "DATE", "XXXX-Q1");
        DocumentScore s = TimexScorer.score("d", gold.timexes(), List.of(inner, exact));
        assertThat(s.score()).isEqualTo(new TimexScore(1, 2, 1, 1, 1, 1));
        assertThat(s.spurious()).containsExactly(inner);
    }

    @Test
    void totalsAddUpAndEmptyScoresAreZero() {
        assertThat(TimexScore.ZERO.valueF1()).isZero();
        TimexScore a = new TimexScore(4, 4, 2, 3, 2, 2);
        assertThat(a.plus(new TimexScore(1, 0, 0, 0, 0, 0))).isEqualTo(new TimexScore(5, 4, 2, 3, 2, 2));
        assertThatThrownBy(() -> new TimexScore(1, 1, 0, 1, 2, 0)).hasMessageContaining("inconsistent counts");
    }

    @Test
    void notTimeMlIsOneLineReason() {
        assertThatThrownBy(() -> TimeMlTimexes.parse("<TimeML><DOCID>x</DOCID></TimeML>"))
                .hasMessage("no <TEXT> element: not a TimeML document");
        assertThatThrownBy(() -> TimeMlTimexes.parse("<TimeML><TEXT>open</TimeML>"))
                .hasMessageStartingWith("malformed XML");
    }
}

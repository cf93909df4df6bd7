package org.annals.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.annals.core.annotate.Dependency;
import org.annals.core.annotate.Sentence;
import org.annals.core.annotate.Token;
import org.junit.jupiter.api.Test;

/**
 * The fallbacks {@link EventCoder} uses when the parse hangs a doer or an object away from its verb, on hand-built
 * parses of invented sentences (the misparses are the parser's, so they are written out here).
 */
class RoleFallbacksTest {

    private static Sentence parse(String tagged, String... arcs) {
        return HandParses.parse(tagged, arcs);
    }

    @Test
    void aRelativePronounStandsForTheNounItsClauseModifies() {
        // rebels(0) who(1) shelled(2) the(3) town(4) fled(5)
        Sentence s = parse("rebels/NNS who/WP shelled/VBD the/DT town/NN fled/VBD",
                "nsubj 5 0", "nsubj 2 1", "acl:relcl 0 2", "det 4 3", "obj 2 4", "root -1 5");
        assertThat(EventCoder.antecedent(s, 1)).isEqualTo(0);
        assertThat(EventCoder.roleTokens(s, 2, "subj")).containsExactly(0);
        // a pronoun that is no relative one stays itself
        assertThat(EventCoder.antecedent(s, 0)).isEqualTo(0);
    }

    @Test
    void theDoerOfAnInfinitiveOnAPredicateNounIsTheCopulasSubject() {
        // Chile(0) was(1) the(2) first(3) state(4) to(5) sign(6)
        Sentence s = parse("Chile/NNP was/VBD the/DT first/JJ state/NN to/TO sign/VB",
                "nsubj 4 0", "cop 4 1", "det 4 2", "amod 4 3", "root -1 4", "mark 6 5", "acl 4 6");
        assertThat(EventCoder.infinitiveSubject(s, 6)).containsExactly(0);
        // "a plan to withdraw": no copula, no doer read off the noun
        Sentence t = parse("a/DT plan/NN to/TO withdraw/VB", "det 1 0", "root -1 1", "mark 3 2", "acl 1 3");
        assertThat(EventCoder.infinitiveSubject(t, 3)).isEmpty();
    }

    @Test
    void aRootNounBeforeAVerbHungBelowItIsTheVerbsSubject() {
        // minister(0) ,(1) who(2) met(3) envoys(4) ,(5) agreed(6)
        Sentence s = parse("minister/NN ,/, who/WP met/VBD envoys/NNS ,/, agreed/VBD",
                "root -1 0", "punct 0 1", "nsubj 3 2", "acl:relcl 0 3", "obj 3 4", "punct 3 5", "dep 3 6");
        assertThat(EventCoder.fragmentSubject(s, 6)).containsExactly(0);
        // a verb that is the root has no such subject
        Sentence t = parse("agreed/VBD to/TO talks/NNS", "root -1 0", "case 2 1", "obl 0 2");
        assertThat(EventCoder.fragmentSubject(t, 0)).isEmpty();
    }

    @Test
    void theSubjectOfASmallClauseAfterTheVerbIsItsObject() {
        // police(0) freed(1) them(2) unharmed(3)
        Sentence s = parse("police/NNS freed/VBD them/PRP unharmed/JJ",
                "nsubj 1 0", "root -1 1", "nsubj 3 2", "xcomp 1 3");
        assertThat(EventCoder.smallClauseObjects(s, 1)).containsExactly(2);
        assertThat(EventCoder.roleTokens(s, 1, "obj")).containsExactly(2);
    }

    @Test
    void theObjectSpanIsTheNounPhraseRightAfterTheVerb() {
        // Oslo(0) defended(1) Kiev(2) 's(3) right(4) to(5) respond(6)
        Sentence s = parse("Oslo/NNP defended/VBD Kiev/NNP 's/POS right/JJ to/TO respond/VB",
                "nsubj 1 0", "root -1 1", "obj 1 2", "case 2 3", "advmod 6 4", "mark 6 5", "acl 2 6");
        assertThat(EventCoder.objectSpan(s, 1)).containsExactly(2, 3, 4);
    }
}

package org.annals.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.annals.core.annotate.Dependency;
import org.annals.core.annotate.Sentence;
import org.annals.core.annotate.Token;
import org.junit.jupiter.api.Test;

/**
 * The doer of a verb trigger the parser hung on a noun as a participle ({@link EventCoder#participleSubject}), on
 * hand-built parses of invented sentences (the misparses are the parser's, so they are written out here).
 */
class ParticipleSubjectTest {

    private static Sentence parse(String tagged, String... arcs) {
        return HandParses.parse(tagged, arcs);
    }

    @Test
    void aPastVerbWithAnObjectMisreadAsAReducedRelativeHasTheWholeNounPhraseAsSubject() {
        // Nurses(0) from(1) two(2) charities(3) donated(4) and(5) delivered(6) medicine(7)
        Sentence s = parse("Nurses/NNS from/IN two/CD charities/NNS donated/VBN and/CC delivered/VBD medicine/NN",
                "root -1 0", "case 3 1", "nummod 3 2", "nmod:from 0 3", "acl 3 4", "cc 6 5", "conj:and 4 6",
                "obj 4 7");
        assertThat(EventCoder.participleSubject(s, 4)).containsExactly(0);
        assertThat(EventCoder.roleTokens(s, 4, "subj")).containsExactly(0);
        // the conjunct "delivered" shares it
        assertThat(EventCoder.participleSubject(s, 6)).containsExactly(0);
    }

    @Test
    void aTruePassiveParticipleHasNoSuchSubject() {
        // the(0) aid(1) donated(2) by(3) Norway(4) arrived(5)
        Sentence s = parse("the/DT aid/NN donated/VBN by/IN Norway/NNP arrived/VBD",
                "det 1 0", "nsubj 5 1", "acl 1 2", "case 4 3", "obl:by 2 4", "root -1 5");
        assertThat(EventCoder.participleSubject(s, 2)).isEmpty();
        // a participle without an object is passive too: "the food donated to the school"
        Sentence t = parse("the/DT food/NN donated/VBN to/IN schools/NNS arrived/VBD",
                "det 1 0", "nsubj 5 1", "acl 1 2", "case 4 3", "obl:to 2 4", "root -1 5");
        assertThat(EventCoder.participleSubject(t, 2)).isEmpty();
    }

    @Test
    void anActiveParticipleIsDoneByTheNounItModifiesButNotAPrepositionalGerund() {
        // gunmen(0) firing(1) rockets(2) hit(3) the(4) base(5)
        Sentence s = parse("gunmen/NNS firing/VBG rockets/NNS hit/VBD the/DT base/NN",
                "nsubj 3 0", "acl 0 1", "obj 1 2", "root -1 3", "det 5 4", "obj 3 5");
        assertThat(EventCoder.participleSubject(s, 1)).containsExactly(0);
        // workers(0) in(1) demanding(2) wages(3): who demands is not read off "workers"
        Sentence t = parse("workers/NNS in/IN demanding/VBG wages/NNS", "root -1 0", "acl 0 2", "obj 2 3");
        assertThat(EventCoder.participleSubject(t, 2)).isEmpty();
    }

    @Test
    void aVerbWithItsOwnSubjectIsNotAParticiple() {
        Sentence s = parse("Norway/NNP donated/VBD medicine/NN", "nsubj 1 0", "root -1 1", "obj 1 2");
        assertThat(EventCoder.participleSubject(s, 1)).isEmpty();
        assertThat(EventCoder.roleTokens(s, 1, "subj")).containsExactly(0);
    }
}

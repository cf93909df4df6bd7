package org.annals.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.annals.core.pipeline.SharedPipeline;
import org.annals.model.ArticleRecord;
import org.annals.model.Document;
import org.annals.model.Event;
import org.annals.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * The general phrasings of the trigger lexicon that need more than a word match, on invented one-sentence
 * articles through the real CoreNLP: the sentence's top event (highest confidence) must have the expected type.
 */
class EventPhrasesTest {
    private static final LocalDate DATE = LocalDate.of(2024, 5, 7);

    private static Optional<Event> top(String text) {
        ArticleRecord r = SharedPipeline.get().extract(Document.of("phrase-" + Math.abs(text.hashCode()), DATE,
                "test article", "test:phrases", text));
        return r.events().stream().max(Comparator.comparingDouble(Event::confidence));
    }

    private static void assertTop(String text, EventType type) {
        Optional<Event> top = top(text);
        assertThat(top.map(Event::type)).as("top event of: %s (got %s)", text,
                top.map(e -> e.type() + " on '" + e.trigger().text() + "'").orElse("none")).contains(type);
    }

    @Test
    void aVerbalProtestIsDisapprovalNotADemonstration() {
        assertTop("Mongolia protested that Chinese trucks had crossed its border without permission.", EventType.ACCUSE);
        assertTop("Thousands of farmers protested in Ulaanbaatar against the new land law.", EventType.PROTEST);
    }

    @Test
    void aWarningOfWhatTheSpeakerWillDoIsAThreatAForecastIsNot() {
        assertTop("The Latvian interior minister warned that police will disperse any unauthorised march.",
                EventType.THREATEN);
        assertThat(top("The Latvian central bank warned that inflation might rise next year.")).isEmpty();
    }

    @Test
    void concedingToDemandsIsYieldingNotARequest() {
        assertTop("The Bolivian president finally conceded to the miners' demands for higher royalties.",
                EventType.CONCEDE);
        assertTop("The Bolivian government yielded to pressure from the miners' union.", EventType.CONCEDE);
    }

    @Test
    void willingOrReadyToActIsAnExpressionOfIntent() {
        assertTop("Armenia says it is willing to resume talks with Azerbaijan.", EventType.AGREE);
        assertTop("Georgia expressed its readiness to cooperate with Armenia on border controls.", EventType.AGREE);
    }

    @Test
    void aVowToUseForceIsAThreat() {
        assertTop("The Sudanese army vowed to crush the revolt in the east.", EventType.THREATEN);
    }

    @Test
    void reportedObligationOnAnAdjectivePredicateIsADemand() {
        assertTop("Kenya said Somalia must be ready to withdraw its militia from the border.", EventType.REQUEST);
    }

    @Test
    void aGerundUsedAsANounAndParticlesTaggedAsAdverbs() {
        assertTop("Fighting between Ethiopian and Eritrean troops flared near the border town.", EventType.ASSAULT);
        assertTop("Ethiopian troops pulled out of the disputed village on Sunday.", EventType.RETREAT);
        assertTop("Dock workers in Mombasa went on strike on Monday.", EventType.PROTEST);
    }

    @Test
    void observersReceivedAreInternationalInvolvement() {
        assertTop("The Tajik president received a mission of observers from the United Nations.", EventType.RETREAT);
    }

    @Test
    void curfewEasingIsAConcessionAndSabotageOfPropertyIsCoercion() {
        assertTop("Nepal lifted the night curfew in Kathmandu on Friday.", EventType.CONCEDE);
        assertTop("Maoist rebels blew up two electricity pylons outside Kathmandu.", EventType.COERCE);
    }

    @Test
    void noTopEventForATripOfNobodyInParticular() {
        assertThat(top("A second cargo plane is travelling to Nairobi on Monday.").map(Event::type)
                .filter(t -> t == EventType.CONSULT)).isEmpty();
    }

    @Test
    void aPluralObjectTheLemmatizerMisreadStillFitsTheRow() {
        // CoreNLP lemmatizes "bases" as "basis": the row's object list is matched by the plural's spelling too
        assertTop("Turkish warplanes struck Kurdish rebel bases in northern Iraq.", EventType.ASSAULT);
    }

    @Test
    void aForToClauseAfterTheVerbStillGivesItsParticle() {
        // "appealed for X to …" is parsed as a clause marked by "for", not as the verb's for-phrase
        assertTop("Ghana appealed for emergency food aid to reach the drought-hit north.", EventType.REQUEST);
    }

    @Test
    void whatIsGivenMayStandInAWithPhraseOrAfterAnAmount() {
        assertTop("Norway provided the refugees with food and blankets.", EventType.AID);
        assertTop("Japan gave Vietnam $200 million in loans last year.", EventType.AID);
    }

    @Test
    void outOfTheQuestionReportedByASpeakerIsTheSpeakersRejection() {
        assertTop("Moldova's foreign minister said a military solution to the dispute was out of the question.",
                EventType.REJECT);
        // the speech verb closing the sentence, parsed as a parataxis of the clause it reports
        assertTop("A return to the old borders is out of the question, the Armenian government said on Friday.",
                EventType.REJECT);
        // no speaker, no rejection
        assertThat(top("The weather made a picnic out of the question for the family.").map(Event::type)
                .filter(t -> t == EventType.REJECT)).isEmpty();
    }
}

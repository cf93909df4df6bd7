package org.annals.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.annals.core.annotate.Token;
import org.annals.core.pipeline.SharedPipeline;
import org.annals.model.ArticleRecord;
import org.annals.model.Document;
import org.annals.model.Event;
import org.annals.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * The common news verbs and nominalisations of each PLOVER type added in version 5 of {@code triggers.tsv}
 * (T0590 on), on invented one-sentence articles through the real CoreNLP: the sentence's top event must have the
 * expected type. Each sentence codes nothing, or another type, without its row.
 */
class EventVocabularyTest {
    private static final LocalDate DATE = LocalDate.of(2024, 5, 7);

    private static Optional<Event> top(String text) {
        ArticleRecord r = SharedPipeline.get().extract(Document.of("vocab-" + Math.abs(text.hashCode()), DATE,
                "test article", "test:vocabulary", text));
        return r.events().stream().max(Comparator.comparingDouble(Event::confidence));
    }

    private static void assertTop(String text, EventType type) {
        Optional<Event> top = top(text);
        assertThat(top.map(Event::type)).as("top event of: %s (got %s)", text,
                top.map(e -> e.type() + " on '" + e.trigger().text() + "' " + e.rules()).orElse("none")).contains(type);
    }

    @Test
    void discussionsDialogueAndSittingDownAreConsultations() {
        assertTop("Discussions between Peru and Chile on the maritime border resumed in Lima.", EventType.CONSULT);
        assertTop("Colombian officials sat down with the rebel leaders in Havana.", EventType.CONSULT);
    }

    @Test
    void inkingOrClinchingADealIsAnAgreement() {
        assertTop("Vietnam and Laos inked a trade deal on Tuesday.", EventType.AGREE);
        assertTop("Ghana clinched an agreement with the International Monetary Fund.", EventType.AGREE);
    }

    @Test
    void backingPraiseAndRallyingBehindAreSupport() {
        assertTop("Senegal voiced its backing for the Malian transition government.", EventType.SUPPORT);
        assertTop("Japan had high praise for Indonesia's handling of the crisis.", EventType.SUPPORT);
        assertTop("Arab League members rallied behind Qatar on Sunday.", EventType.SUPPORT);
    }

    @Test
    void joiningForcesIsCooperation() {
        assertTop("Brazil and Argentina joined forces to fight cattle smuggling on the border.", EventType.COOPERATE);
        assertTop("Thai police teamed up with Malaysian police to dismantle a smuggling ring.", EventType.COOPERATE);
    }

    @Test
    void reliefAndAidWithAGiverAreAid() {
        assertTop("The European Union announced emergency relief for flood victims in Pakistan.", EventType.AID);
        assertTop("Kuwait's aid to Yemen arrived in Aden on Monday.", EventType.AID);
    }

    @Test
    void resignationAndCapitulationAreRetreats() {
        assertTop("The Bolivian interior minister's resignation was announced on Friday.", EventType.RETREAT);
        assertTop("Rebel commanders capitulated to the army after a two-week siege.", EventType.RETREAT);
    }

    @Test
    void reprimandingAndBlastingAPlanAreDisapproval() {
        assertTop("The Thai prime minister reprimanded the army chief over the coup rumours.", EventType.ACCUSE);
        assertTop("Pakistan blasted India's decision to build the dam.", EventType.ACCUSE);
    }

    @Test
    void ignoringAnUltimatumAndBalkingAreRejections() {
        assertTop("Serbia ignored the NATO ultimatum and kept its troops in Kosovo.", EventType.REJECT);
        assertTop("Kenyan unions balked at the government's wage offer.", EventType.REJECT);
    }

    @Test
    void workersWalkingOutIsAStrike() {
        assertTop("Thousands of Nigerian oil workers walked out on Monday over unpaid wages.", EventType.PROTEST);
    }

    @Test
    void expellingDiplomatsIsASanctionDeportingPeopleCoercion() {
        assertTop("Ecuador ordered the expulsion of two Colombian diplomats.", EventType.SANCTION);
        assertTop("Burundi began the deportation of Rwandan refugees on Tuesday.", EventType.COERCE);
    }

    @Test
    void razingSealingOffAndMartialLawAreCoercion() {
        assertTop("The Israeli army razed three houses in Rafah.", EventType.COERCE);
        assertTop("Egyptian police sealed off the centre of Cairo.", EventType.COERCE);
        assertTop("The Thai army declared martial law across the country.", EventType.COERCE);
    }

    @Test
    void offensivesPoundingAndExchangesOfFireAreAssaults() {
        assertTop("Government troops launched an offensive against rebel positions in the north.", EventType.ASSAULT);
        assertTop("Indian and Pakistani troops exchanged fire across the border.", EventType.ASSAULT);
        assertTop("Russian artillery pounded rebel positions near Grozny.", EventType.ASSAULT);
        assertTop("The Syrian army's bombardment of Homs continued for a fifth day.", EventType.ASSAULT);
    }

    @Test
    void aPressConferenceAndTaxReliefAreNoEvents() {
        assertThat(top("The Peruvian minister held a press conference in Lima.")).isEmpty();
        assertThat(top("The Irish government announced tax relief for small farmers.")).isEmpty();
    }

    @Test
    void settlingADisputeAndAnOfferAreAgreements() {
        assertTop("Belize and Guatemala settled their border dispute in 2031.", EventType.AGREE);
        assertTop("Uruguay's offer to mediate was made public on Monday.", EventType.AGREE);
    }

    @Test
    void meetingOrHeedingDemandsIsAConcession() {
        assertTop("The Chilean government met the copper miners' demands on Friday.", EventType.CONCEDE);
        assertTop("The Malian junta heeded the call of West African leaders.", EventType.CONCEDE);
    }

    @Test
    void rushingAidAndArmingRebelsAreAid() {
        assertTop("Turkey rushed food and tents to the earthquake zone in Syria.", EventType.AID);
        assertTop("Rwanda armed the rebels in eastern Congo, a United Nations panel said.", EventType.AID);
    }

    @Test
    void refutingAClaimIsARejection() {
        assertTop("Ethiopia refuted the claims made by Egypt about the dam.", EventType.REJECT);
    }

    @Test
    void rushingOrPlacingTroopsIsMobilization() {
        assertTop("Armenia rushed troops to the border with Azerbaijan.", EventType.MOBILIZE);
        assertTop("Venezuelan police stepped up security around the presidential palace.", EventType.MOBILIZE);
    }

    @Test
    void aPluralIsMatchedByItsSpellingWhateverItsLemma() {
        assertThat(EventCoder.singular(new Token(0, 0, 5, "bases", "basis", "NNS", "O"))).isEqualTo("base");
        assertThat(EventCoder.singular(new Token(0, 0, 6, "Troops", "troop", "NNS", "O"))).isEqualTo("troop");
        assertThat(EventCoder.singular(new Token(0, 0, 5, "press", "press", "NN", "O"))).isEqualTo("press");
        assertThat(EventCoder.singular(new Token(0, 0, 7, "address", "address", "NNS", "O"))).isEqualTo("address");
    }
}

package org.annals.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annals.core.pipeline.Articles;
import org.annals.model.ArticleRecord;
import org.annals.model.Entity;
import org.annals.model.EntityKind;
import org.annals.model.Quote;
import org.annals.testkit.RecordInvariants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quotations and their speakers on short invented articles, through the real CoreNLP: the speaker after the quote
 * ({@code "…," the ministry said}), before it ({@code X said: "…"}), and a quote without a speech verb right after
 * an attributed one, when the speaker changes between quotes.
 */
class QuoteFinderTest {
    /** Ministry after the quote, then a person before the quote, then a bare quote continuing the person. */
    static final String BORDER_TEXT = "\"The attack on our border post is a grave violation of international law,\" the "
            + "Egyptian foreign ministry said on Sunday. Foreign Minister Karim Farouk said: \"We will not accept "
            + "attacks on our soldiers.\" \"Cairo expects a full explanation from Khartoum within days.\"";
    /** A person before the quote, "he added" after the next; then a ministry after, and a bare quote continuing it. */
    static final String PARTNER_TEXT = "Indian Foreign Minister Anil Kapoor said: \"Our navies will train together "
            + "next year.\" \"We see Australia as a close partner,\" he added. \"This cooperation threatens regional "
            + "stability,\" China's foreign ministry said in a statement. \"It is aimed at no third country.\"";

    static ArticleRecord border;
    static ArticleRecord partner;

    @BeforeAll
    static void extract() {
        border = extract("quote-border", BORDER_TEXT);
        partner = extract("quote-partner", PARTNER_TEXT);
    }

    static ArticleRecord extract(String id, String text) {
        return Articles.extract(id, LocalDate.of(2023, 10, 18), text);
    }

    @Test
    void everyQuotationIsFoundWithoutItsMarks() {
        assertThat(border.quotes()).extracting(Quote::text).containsExactly(
                "The attack on our border post is a grave violation of international law,",
                "We will not accept attacks on our soldiers.",
                "Cairo expects a full explanation from Khartoum within days.");
        assertThat(partner.quotes()).hasSize(4);
        for (ArticleRecord r : List.of(border, partner)) {
            String body = r.document().text();
            for (Quote q : r.quotes()) {
                assertThat(body.substring(q.start(), q.end())).isEqualTo(q.text());
                assertThat(body.charAt(q.start() - 1)).as("mark before '%s'", q.text()).isEqualTo('"');
                assertThat(body.charAt(q.end())).as("mark after '%s'", q.text()).isEqualTo('"');
            }
        }
    }

    @Test
    void theMinistrySaidAfterTheQuoteIsItsSpeaker() {
        Entity ministry = speaker(border, 0);
        assertThat(ministry.kind()).isEqualTo(EntityKind.ORGANIZATION);
        assertThat(ministry.country()).contains("EGY");
        assertThat(ministry.sector()).contains("GOV");
        assertThat(ministry.mentions()).extracting(m -> m.text()).contains("Egyptian foreign ministry");

        Entity chinese = speaker(partner, 2);
        assertThat(chinese.kind()).isEqualTo(EntityKind.ORGANIZATION);
        assertThat(chinese.country()).contains("CHN");
        assertThat(chinese.mentions()).extracting(m -> m.text()).contains("China's foreign ministry");
    }

    @Test
    void aPersonWhoSaidColonBeforeTheQuoteIsItsSpeaker() {
        Entity farouk = speaker(border, 1);
        assertThat(farouk.kind()).isEqualTo(EntityKind.PERSON);
        assertThat(farouk.name()).isEqualTo("Karim Farouk");
        Entity kapoor = speaker(partner, 0);
        assertThat(kapoor.name()).isEqualTo("Anil Kapoor");
        assertThat(kapoor.country()).contains("IND");
    }

    @Test
    void aPronounSpeakerAfterTheQuoteIsThePersonItStandsFor() {
        assertThat(speaker(partner, 1).name()).isEqualTo("Anil Kapoor");
    }

    @Test
    void aQuoteWithNoSpeechVerbRightAfterAnAttributedOneKeepsThatSpeaker() {
        // the ministry spoke first, then Farouk: the bare quote is Farouk's, not the ministry's
        assertThat(speaker(border, 2)).isEqualTo(speaker(border, 1));
        assertThat(speaker(border, 2)).isNotEqualTo(speaker(border, 0));
        // Kapoor spoke first, then China's ministry: the bare quote is the ministry's
        assertThat(speaker(partner, 3)).isEqualTo(speaker(partner, 2));
        assertThat(speaker(partner, 3)).isNotEqualTo(speaker(partner, 0));
    }

    @Test
    void recordInvariantsHold() {
        RecordInvariants.assertValid(border);
        RecordInvariants.assertValid(partner);
    }

    private static Entity speaker(ArticleRecord r, int quote) {
        assertThat(r.quotes()).as("quotes of %s", r.document().id()).hasSizeGreaterThan(quote);
        Quote q = r.quotes().get(quote);
        return q.speaker().flatMap(r::entity)
                .orElseThrow(() -> new AssertionError("no speaker for quote " + quote + " '" + q.text() + "'"));
    }
}

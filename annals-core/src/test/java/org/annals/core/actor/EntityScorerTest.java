package org.annals.core.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annals.model.Entity;
import org.annals.model.EntityId;
import org.annals.model.EntityKind;
import org.annals.model.Mention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entity scorer and the MEANTIME reader on small invented documents. */
class EntityScorerTest {

    //                                   1         2         3         4         5         6         7
    //                         0123456789012345678901234567890123456789012345678901234567890123456789012345
    static final String BODY = "The chief executive of Lumaco, Dara Voss, met Kenyan officials. She said Lumaco "
            + "would sell 40 tractors in Nairobi.";

    static int at(String s) {
        return BODY.indexOf(s);
    }

    static int at(String s, int from) {
        return BODY.indexOf(s, from);
    }

    static GoldMention gold(String text, int from, String type, String chain) {
        int s = at(text, from);
        return new GoldMention(s, s + text.length(), type, chain);
    }

    static Entity entity(int id, EntityKind kind, String... texts) {
        List<Mention> ms = new ArrayList<>();
        int from = 0;
        for (String t : texts) {
            int s = BODY.indexOf(t, texts.length > 1 && ms.size() > 0 ? ms.get(ms.size() - 1).end() : from);
            ms.add(Mention.of(BODY, s, s + t.length()));
        }
        return new Entity(EntityId.of(id), kind, texts[0], Optional.empty(), Optional.empty(), List.of(), List.of(),
                Optional.empty(), List.of(), ms);
    }

    static List<GoldMention> goldMentions() {
        return List.of(
                gold("The chief executive of Lumaco", 0, "PER", "p1"),
                gold("Lumaco", 0, "ORG", "o1"),
                gold("Dara Voss", 0, "PER", "p1"),
                gold("She", 0, "PER", "p1"),
                gold("Lumaco", at("She"), "ORG", "o1"),
                gold("Nairobi", 0, "LOC", "l1"),
                gold("40 tractors", 0, "PRO", "t1"));
    }

    @Test
    void headIsTheLastWordBeforeAPostModifier() {
        int[] h = EntityScorer.head(BODY, 0, at(", Dara"));
        assertThat(BODY.substring(h[0], h[1])).isEqualTo("executive");
        String poss = "Kenya's trade minister said so.";
        int[] p = EntityScorer.head(poss, 0, poss.indexOf(" said"));
        assertThat(poss.substring(p[0], p[1])).isEqualTo("minister");
        int[] q = EntityScorer.head(poss, 0, poss.indexOf("'s") + 2);
        assertThat(poss.substring(q[0], q[1])).isEqualTo("Kenya");
    }

    @Test
    void perfectOutputScoresOne() {
        EntityScorer s = new EntityScorer();
        s.add(BODY, goldMentions(), List.of(
                entity(1, EntityKind.PERSON, "The chief executive of Lumaco", "Dara Voss", "She"),
                entity(2, EntityKind.ORGANIZATION, "Lumaco", "Lumaco"),
                entity(3, EntityKind.LOCATION, "Nairobi")));
        assertThat(s.strict().tp()).isEqualTo(6);
        assertThat(s.strict().gold()).isEqualTo(6); // the PRO mention is not an actor
        assertThat(s.strict().f1()).isEqualTo(1.0);
        assertThat(s.b3F1()).isEqualTo(1.0);
        assertThat(s.perType().get("PER").f1()).isEqualTo(1.0);
    }

    @Test
    void headMatchesCountRelaxedNotStrictAndSpuriousMentionsCostPrecision() {
        EntityScorer s = new EntityScorer();
        s.add(BODY, goldMentions(), List.of(
                // shorter than the gold span, same head: relaxed only
                entity(1, EntityKind.PERSON, "chief executive", "Dara Voss"),
                entity(2, EntityKind.ORGANIZATION, "Lumaco"),
                // a country where the gold has nothing: a false positive
                entity(4, EntityKind.COUNTRY, "Kenyan"),
                // the product mention is neither right nor wrong
                entity(5, EntityKind.ORGANIZATION, "tractors")));
        // system mentions counted: chief executive, Dara Voss, Lumaco, Kenyan = 4
        assertThat(s.strict().system()).isEqualTo(4);
        assertThat(s.strict().tp()).isEqualTo(2);
        assertThat(s.relaxed().tp()).isEqualTo(3);
        assertThat(s.relaxed().precision()).isCloseTo(0.75, within(1e-9));
        assertThat(s.relaxed().recall()).isCloseTo(0.5, within(1e-9));
        assertThat(s.perType().get("LOC").system()).isEqualTo(1);
        assertThat(s.perType().get("LOC").tp()).isZero();
        assertThat(s.misses()).extracting(m -> m.what() + " " + m.type() + " " + m.text())
                .containsExactlyInAnyOrder("spurious LOC Kenyan", "missed PER She", "missed ORG Lumaco",
                        "missed LOC Nairobi");
    }

    @Test
    void typedScoresNeedTheRightType() {
        EntityScorer s = new EntityScorer();
        s.add(BODY, goldMentions(), List.of(entity(1, EntityKind.ORGANIZATION, "Dara Voss")));
        assertThat(s.relaxed().tp()).isEqualTo(1);
        assertThat(s.perType().get("PER").tp()).isZero();
        assertThat(s.perType().get("ORG").tp()).isZero();
        assertThat(s.perType().get("ORG").system()).isEqualTo(1);
    }

    @Test
    void bCubedPenalisesSplitAndMergedChains() {
        // the person's three mentions split into two entities, and the org merged with the place
        EntityScorer split = new EntityScorer();
        split.add(BODY, goldMentions(), List.of(
                entity(1, EntityKind.PERSON, "The chief executive of Lumaco", "Dara Voss"),
                entity(2, EntityKind.PERSON, "She"),
                entity(3, EntityKind.ORGANIZATION, "Lumaco", "Nairobi")));
        // matched: exec, Voss, She, Lumaco(1st), Nairobi = 5 mentions
        assertThat(split.b3Mentions()).isEqualTo(5);
        // precision: exec 1, Voss 1, She 1, Lumaco 1/2, Nairobi 1/2 -> 4/5
        assertThat(split.b3Precision()).isCloseTo(0.8, within(1e-9));
        // recall: exec 2/3, Voss 2/3, She 1/3, Lumaco 1, Nairobi 1 -> (5/3 + 2)/5
        assertThat(split.b3Recall()).isCloseTo((5.0 / 3 + 2) / 5, within(1e-9));
    }

    @Test
    void readsMentionsChainsAndTypesFromCat(@TempDir Path dir) throws Exception {
        String file = "date 2020-01-01 Title words\n\n" + BODY + "\n";
        int body = file.indexOf(BODY);
        String[] words = {"Title", "words", "The", "chief", "executive", "of", "Lumaco"};
        StringBuilder tsv = new StringBuilder("t_id\tsentence\tstart\tend\n");
        StringBuilder tokens = new StringBuilder();
        int from = 0;
        for (int i = 0; i < words.length; i++) {
            int s = file.indexOf(words[i], from);
            from = s + words[i].length();
            tsv.append(i + 1).append('\t').append(i < 2 ? 0 : 2).append('\t').append(s).append('\t').append(from)
                    .append('\n');
            tokens.append("<token t_id=\"").append(i + 1).append("\" sentence=\"0\" number=\"").append(i)
                    .append("\">").append(words[i]).append("</token>\n");
        }
        tsv.append("8\t1\t-1\t-1\n");
        String xml = "<?xml version=\"1.0\" ?><Document doc_id=\"1\">\n" + tokens + "<token t_id=\"8\">x</token>"
                + "<Markables>\n"
                + "<ENTITY_MENTION m_id=\"1\"><token_anchor t_id=\"3\"/><token_anchor t_id=\"4\"/>"
                + "<token_anchor t_id=\"5\"/><token_anchor t_id=\"6\"/><token_anchor t_id=\"7\"/></ENTITY_MENTION>\n"
                + "<ENTITY_MENTION m_id=\"2\"><token_anchor t_id=\"7\"/></ENTITY_MENTION>\n"
                + "<ENTITY_MENTION m_id=\"3\"><token_anchor t_id=\"1\"/></ENTITY_MENTION>\n"
                + "<ENTITY_MENTION m_id=\"4\"><token_anchor t_id=\"8\"/></ENTITY_MENTION>\n"
                + "<EVENT_MENTION m_id=\"5\"><token_anchor t_id=\"2\"/></EVENT_MENTION>\n"
                + "<ENTITY m_id=\"10\" ent_type=\"PER\" instance_id=\"P1\"/>"
                + "<ENTITY m_id=\"11\" ent_type=\"ORG\" instance_id=\"O1\"/>"
                + "<EVENT m_id=\"12\" instance_id=\"V1\"/>"
                + "</Markables><Relations>\n"
                + "<REFERS_TO r_id=\"1\"><source m_id=\"1\"/><target m_id=\"10\"/></REFERS_TO>\n"
                + "<REFERS_TO r_id=\"2\"><source m_id=\"2\"/><source m_id=\"3\"/><target m_id=\"11\"/></REFERS_TO>\n"
                + "<REFERS_TO r_id=\"3\"><source m_id=\"5\"/><target m_id=\"12\"/></REFERS_TO>\n"
                + "</Relations></Document>\n";
        Path x = Files.writeString(dir.resolve("a.xml"), xml);
        Path t = Files.writeString(dir.resolve("a.tokens.tsv"), tsv.toString());
        List<GoldMention> g = MeantimeGold.read(x, t, body, BODY.length());
        // the title mention (3) and the dateline mention (4) are not in the body
        assertThat(g).containsExactly(
                new GoldMention(0, "The chief executive of Lumaco".length(), "PER", "10"),
                new GoldMention(at("Lumaco"), at("Lumaco") + 6, "ORG", "11"));
    }
}

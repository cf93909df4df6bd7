package org.annals.core.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.annals.model.EventType;
import org.junit.jupiter.api.Test;

class TriggerLexiconTest {
    private final TriggerLexicon lexicon = TriggerLexicon.standard();
    private final CameoLexicon cameo = CameoLexicon.standard();

    @Test
    void rowIdsAreUniqueAndEveryCodeExists() {
        Set<String> ids = new HashSet<>();
        for (TriggerRule r : lexicon.all()) {
            assertThat(ids.add(r.id())).as("duplicate id %s", r.id()).isTrue();
            assertThat(cameo.byCode(r.cameo())).as("%s: CAMEO %s", r.id(), r.cameo()).isPresent();
        }
        assertThat(lexicon.all()).hasSizeGreaterThan(100);
    }

    @Test
    void typeAgreesWithTheCameoMappingOrTheNoteSaysWhy() {
        for (TriggerRule r : lexicon.all()) {
            CameoCode c = cameo.require(r.cameo());
            if (c.ploverType().isPresent() && c.ploverType().get() != r.type()) {
                assertThat(r.note()).as("%s %s: type %s but CAMEO %s maps to %s and the note gives no reason",
                        r.id(), r.lemma(), r.type(), r.cameo(), c.ploverType().get()).isNotBlank();
            }
        }
    }

    @Test
    void mostPloverTypesHaveTriggers() {
        Set<EventType> covered = EnumSet.noneOf(EventType.class);
        lexicon.all().forEach(r -> covered.add(r.type()));
        assertThat(covered).containsAll(EnumSet.allOf(EventType.class));
    }

    @Test
    void constrainedRowsComeFirst() {
        List<TriggerRule> welcome = lexicon.forLemma("welcome", Pos.V);
        assertThat(welcome).hasSizeGreaterThanOrEqualTo(2);
        assertThat(welcome.get(0).objects()).isNotEmpty();
        List<TriggerRule> visit = lexicon.forLemma("visit", Pos.V);
        assertThat(visit).first().satisfies(r -> {
            assertThat(r.type()).isEqualTo(EventType.CONSULT);
            assertThat(r.mode()).contains("visit");
            assertThat(r.cameo()).isEqualTo("042");
        });
        assertThat(lexicon.forLemma("visit", Pos.N)).isNotEmpty();
        assertThat(lexicon.forLemma("sign", Pos.V).get(0).objects()).contains("memorandum", "agreement");
    }
}

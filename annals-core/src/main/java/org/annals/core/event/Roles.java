package org.annals.core.event;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.Map;
import org.annals.core.actor.ActorMention;
import org.annals.core.actor.Actors;
import org.annals.core.annotate.Dependency;
import org.annals.core.annotate.Sentence;
import org.annals.model.Entity;
import org.annals.model.EntityId;
import org.annals.model.EntityKind;

/**
 * Where to look for the other party of an event when the trigger row's roles name none.
 *
 * <p>Event coders (PLOVER, ICEWS) code a recipient whenever the sentence shows one, not only in the slot the
 * verb's frame predicts: "issued an ultimatum <u>to Ecuador</u>", "threatened to impose restrictions <u>against
 * German goods</u>", "reneged on his commitment <u>to the Zambian people</u>", and, for acts done to a country
 * rather than to a named party, the country where they happen ("demonstrated <u>in Serbia</u>", "extended the
 * curfew <u>in Abidjan</u>"). This class walks the trigger's complements (objects, prepositional phrases,
 * the verb it controls) breadth first, never its subject, its adverbial clauses or phrases that only date or
 * explain it ("after talks with", "despite Israel's wish"), and hands back the tokens in the order found,
 * counterparts apart from places.
 */
final class Roles {
    /**
     * Prepositions whose object is a place, not a party. "into" is the place an act is aimed at: "blocked
     * transport into the capital", "sent troops into Lebanon" (its country is the target when no party is named).
     */
    static final Set<String> PLACE_PREPS = Set.of("in", "inside", "near", "outside", "across", "throughout",
            "within", "at", "into");
    /** Prepositions that introduce circumstances, never a party of the act. */
    private static final Set<String> NOT_PARTY_PREPS = Set.of("despite", "after", "before", "following", "during",
            "amid", "amidst", "because", "since", "until", "like", "unlike", "according", "as", "than", "besides",
            "including", "via", "by");
    /** Relations along which the walk goes on. */
    private static final Set<String> FOLLOW = Set.of("obj", "iobj", "obl", "nmod", "xcomp", "compound", "appos",
            "conj", "acl");
    private static final int MAX_DEPTH = 6;

    /**
     * Tokens reached from the trigger, in the order found: counterparts, and tokens inside a place phrase ("in
     * Lebanon", "at a jail in northern Israel", "in protest of the government").
     */
    record Reach(List<Integer> parties, List<Integer> places) {
        Reach {
            parties = List.copyOf(parties);
            places = List.copyOf(places);
        }
    }

    private Roles() {
    }

    /**
     * The complements of trigger {@code i}, breadth first. A token is a place when the phrase that led to it
     * is introduced by a place preposition ("in", "near", "at" …).
     */
    static Reach reach(Sentence s, int i) {
        List<Integer> parties = new ArrayList<>();
        List<Integer> places = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        seen.add(i);
        Deque<int[]> queue = new ArrayDeque<>(); // token, depth, place (0/1)
        queue.add(new int[] {i, 0, 0});
        Optional<Dependency> up = s.head(i);
        if (s.token(i).isNoun() && up.isPresent() && up.get().governor() >= 0 && up.get().baseRel().equals("obj")
                && s.token(up.get().governor()).isVerb()) {
            // "began a hunger strike to demand …", "continued their strike in protest of …": what the verb that
            // carries the act aims at
            seen.add(up.get().governor());
            queue.add(new int[] {up.get().governor(), 1, 0});
        }
        while (!queue.isEmpty()) {
            int[] cur = queue.poll();
            if (cur[1] >= MAX_DEPTH) {
                continue;
            }
            for (Dependency d : s.children(cur[0])) {
                int t = d.dependent();
                String base = d.baseRel();
                boolean patient = d.rel().equals("nsubj:pass") && cur[0] == i; // "a camp for refugees was attacked"
                if (!(FOLLOW.contains(base) || patient) || !seen.add(t) || d.rel().endsWith(":tmod")
                        || d.rel().endsWith(":npmod")) {
                    continue;
                }
                if (base.equals("conj") && cur[0] == i) {
                    continue; // a second act of the sentence, not a party of this one
                }
                if (base.equals("acl") && !s.token(t).pos().equals("VBN")) {
                    continue; // "property seized by …" is followed, "a plan to …" is not
                }
                String prep = preposition(s, t).orElse("");
                if (NOT_PARTY_PREPS.contains(prep) && !(prep.equals("by") && (base.equals("nmod") || cur[1] > 0))) {
                    // a "by" phrase of the trigger itself is its agent; deeper ones ("property seized by
                    // government forces", "calls by Belarus's rulers") name a party
                    continue;
                }
                boolean place = cur[2] == 1 || PLACE_PREPS.contains(prep);
                (place ? places : parties).add(t);
                queue.add(new int[] {t, cur[1] + 1, place ? 1 : 0});
            }
        }
        return new Reach(parties, places);
    }

    /** The preposition ("case" dependent) that introduces token {@code t}, lower-cased; multiword ones joined. */
    static Optional<String> preposition(Sentence s, int t) {
        List<Integer> cases = s.children(t, "case");
        if (cases.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder();
        for (int c : cases) {
            if (s.token(c).pos().equals("POS")) {
                continue;
            }
            sb.append(sb.length() == 0 ? "" : " ").append(s.token(c).word().toLowerCase(Locale.ROOT));
        }
        String p = sb.toString();
        int space = p.indexOf(' ');
        return p.isEmpty() ? Optional.empty() : Optional.of(space < 0 ? p : p.substring(0, space));
    }

    /**
     * The one country the sentence names besides the source's, when there is exactly one: in "Druze of the
     * Syrian Golan threatened a strike unless Israel rescinded …" the act is aimed at Israel. Mentions in the
     * attribution ("…, Belgrade radio said", "according to …") and in the trigger's own subject do not count.
     */
    static List<EntityId> otherCountry(Actors actors, Sentence s, int i, Set<EntityId> src) {
        Set<String> own = new HashSet<>();
        for (EntityId e : src) {
            actors.get(e).country().ifPresent(own::add);
        }
        Set<Integer> excluded = new HashSet<>();
        for (int t = 0; t < s.size(); t++) {
            String lemma = s.token(t).lemma();
            if (t != i && s.token(t).isVerb() && QuoteFinder.SPEECH.contains(lemma) && !s.dominates(t, i)) {
                excluded.addAll(s.subtree(t)); // a speech verb outside the trigger's clause: "…, police said"
            }
            if (s.token(t).isVerb() && QuoteFinder.SPEECH.contains(lemma) && s.dominates(t, i)) {
                for (int subj : s.children(t, "nsubj")) {
                    excluded.addAll(s.subtree(subj)); // "Belgrade radio said that …"
                }
            }
            if (preposition(s, t).filter(p -> p.equals("according")).isPresent()) {
                excluded.addAll(s.subtree(t));
            }
        }
        for (int subj : s.children(i, "nsubj")) {
            excluded.addAll(s.subtree(subj));
        }
        Map<String, EntityId> found = new LinkedHashMap<>();
        for (ActorMention m : actors.inSentence(s.index())) {
            if (excluded.contains(m.head()) || src.contains(m.entity())) {
                continue;
            }
            Entity e = actors.get(m.entity());
            if (e.kind() != EntityKind.COUNTRY || e.country().isEmpty() || own.contains(e.country().get())) {
                continue;
            }
            found.putIfAbsent(e.country().get(), m.entity());
        }
        return found.size() == 1 ? List.copyOf(found.values()) : List.of();
    }
}

package org.annals.core.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annals.model.Entity;
import org.annals.model.EntityKind;
import org.annals.model.Mention;

/**
 * Scores entity mentions and their linking against gold mentions (MEANTIME's entity layer), one document
 * at a time, summing over documents.
 *
 * <h2>What is compared</h2>
 * Gold: the mentions of type PER, ORG and LOC (the actor types; MEANTIME's PRO products and FIN financial
 * entities are not actors). System: every mention of every entity except AGREEMENT; COUNTRY and LOCATION
 * count as LOC, PERSON as PER, ORGANIZATION as ORG, GROUP as a type of its own. A system mention that
 * matches (relaxed) a gold PRO/FIN or untyped mention is left out of precision: it found something the
 * gold annotates, just not an actor.
 *
 * <h2>Mention detection</h2>
 * <ul>
 *   <li><b>strict</b>: the character spans are equal;</li>
 *   <li><b>relaxed</b> (head match): each span contains the other's head. The head of a span is its last
 *       word before any post-modifier ({@code of}, a comma, a relative pronoun, a preposition, a
 *       parenthesis), a trailing {@code 's} removed: "the chief executive of Apple" is headed by
 *       "executive", so "chief executive" matches it, "Apple" does not.</li>
 * </ul>
 * Matching is one-to-one: equal spans first, then pairs by decreasing overlap. Precision is matched system
 * mentions over system mentions, recall matched gold over gold, F1 their harmonic mean. Per type, a match
 * counts only when both sides have that type.
 *
 * <h2>Linking (coreference)</h2>
 * B³ (Bagga and Baldwin 1998) over the relaxed-matched mentions only, so that detection errors are not
 * counted twice: for each matched mention m, with G(m) its gold chain and S(m) its system entity, both
 * restricted to matched mentions, precision(m) = |G(m) ∩ S(m)| / |S(m)| and recall(m) = |G(m) ∩ S(m)| /
 * |G(m)|; the scores are the means over all matched mentions of all documents. B³ rather than MUC because
 * MUC ignores singletons, which are most of the entities of a news article. A gold mention with no instance
 * is a chain of its own.
 */
public final class EntityScorer {

    /** The gold types scored as actors. */
    public static final List<String> ACTOR_TYPES = List.of("PER", "ORG", "LOC");

    private static final Set<String> HEAD_STOPS = Set.of("of", "who", "whom", "whose", "which", "that", "in", "at",
            "for", "with", "from", "on", "by", "to", "under", "over", "since", "after", "before", "as", "(", "-lrb-",
            ",", ";", ":", "and", "\"");

    private int documents;
    private final Prf strict = new Prf();
    private final Prf relaxed = new Prf();
    private final Map<String, Prf> perType = new LinkedHashMap<>();
    private double b3Precision;
    private double b3Recall;
    private int b3Mentions;

    public EntityScorer() {
        for (String t : ACTOR_TYPES) {
            perType.put(t, new Prf());
        }
    }

    /** Counts of one measure; precision, recall and F1 are 0 when undefined. */
    public static final class Prf {
        int tp;
        int system;
        int gold;

        public int tp() { return tp; }
        public int system() { return system; }
        public int gold() { return gold; }
        public double precision() { return system == 0 ? 0 : (double) tp / system; }
        public double recall() { return gold == 0 ? 0 : (double) tp / gold; }
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (%d matched, %d system, %d gold)",
                    precision(), recall(), f1(), tp, system, gold);
        }
    }

    private record Sys(int start, int end, int headStart, int headEnd, String type, String entity) {
    }

    private record Gold(int start, int end, int headStart, int headEnd, String type, String chain) {
    }

    /**
     * A mention that relaxed matching left alone: {@code spurious} (system only) or {@code missed} (gold only),
     * with its type (gold type, or the system kind's type) and text.
     */
    public record Miss(String document, String what, String type, int start, int end, String text) {
    }

    private final List<Miss> misses = new ArrayList<>();

    /** Adds one document: its body, its gold mentions, the entities the system found. */
    public void add(String body, List<GoldMention> gold, List<Entity> entities) {
        add("", body, gold, entities);
    }

    /** As {@link #add(String, List, List)}, naming the document in {@link #misses()}. */
    public void add(String document, String body, List<GoldMention> gold, List<Entity> entities) {
        documents++;
        List<Sys> sys = new ArrayList<>();
        for (Entity e : entities) {
            if (e.kind() == EntityKind.AGREEMENT) {
                continue;
            }
            for (Mention m : e.mentions()) {
                int[] h = head(body, m.start(), m.end());
                sys.add(new Sys(m.start(), m.end(), h[0], h[1], typeOf(e.kind()), e.id().toString()));
            }
        }
        List<Gold> actors = new ArrayList<>();
        List<Gold> others = new ArrayList<>();
        int n = 0;
        for (GoldMention g : gold) {
            int[] h = head(body, g.start(), g.end());
            String chain = g.chain().isEmpty() ? "#" + n++ : g.chain();
            Gold gm = new Gold(g.start(), g.end(), h[0], h[1], g.type(), chain);
            (ACTOR_TYPES.contains(g.type()) ? actors : others).add(gm);
        }
        // a system mention that only matches a non-actor gold mention is neither right nor wrong
        List<Sys> kept = new ArrayList<>();
        for (Sys s : sys) {
            boolean actorMatch = actors.stream().anyMatch(g -> relaxed(s, g));
            boolean otherMatch = others.stream().anyMatch(g -> relaxed(s, g));
            if (actorMatch || !otherMatch) {
                kept.add(s);
            }
        }
        Map<Sys, Gold> strictPairs = match(kept, actors, true);
        Map<Sys, Gold> relaxedPairs = match(kept, actors, false);
        count(strict, kept.size(), actors.size(), strictPairs.size());
        count(relaxed, kept.size(), actors.size(), relaxedPairs.size());
        for (Map.Entry<String, Prf> t : perType.entrySet()) {
            String type = t.getKey();
            long s = kept.stream().filter(x -> x.type().equals(type)).count();
            long g = actors.stream().filter(x -> x.type().equals(type)).count();
            long tp = relaxedPairs.entrySet().stream()
                    .filter(p -> p.getKey().type().equals(type) && p.getValue().type().equals(type)).count();
            count(t.getValue(), (int) s, (int) g, (int) tp);
        }
        b3(relaxedPairs);
        for (Sys x : kept) {
            if (!relaxedPairs.containsKey(x)) {
                misses.add(new Miss(document, "spurious", x.type(), x.start(), x.end(), body.substring(x.start(), x.end())));
            }
        }
        java.util.Set<Gold> found = new java.util.HashSet<>(relaxedPairs.values());
        for (Gold g : actors) {
            if (!found.contains(g)) {
                misses.add(new Miss(document, "missed", g.type(), g.start(), g.end(), body.substring(g.start(), g.end())));
            }
        }
    }

    /** Every unmatched mention so far, document by document. */
    public List<Miss> misses() {
        return List.copyOf(misses);
    }

    private static void count(Prf prf, int system, int gold, int tp) {
        prf.system += system;
        prf.gold += gold;
        prf.tp += tp;
    }

    private void b3(Map<Sys, Gold> pairs) {
        Map<String, Integer> goldSize = new HashMap<>();
        Map<String, Integer> sysSize = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        for (Map.Entry<Sys, Gold> p : pairs.entrySet()) {
            goldSize.merge(p.getValue().chain(), 1, Integer::sum);
            sysSize.merge(p.getKey().entity(), 1, Integer::sum);
            both.merge(p.getValue().chain() + "\u0000" + p.getKey().entity(), 1, Integer::sum);
        }
        for (Map.Entry<Sys, Gold> p : pairs.entrySet()) {
            int common = both.get(p.getValue().chain() + "\u0000" + p.getKey().entity());
            b3Precision += (double) common / sysSize.get(p.getKey().entity());
            b3Recall += (double) common / goldSize.get(p.getValue().chain());
            b3Mentions++;
        }
    }

    private static Map<Sys, Gold> match(List<Sys> sys, List<Gold> gold, boolean strictOnly) {
        record Pair(Sys s, Gold g, boolean exact, int overlap) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (Sys s : sys) {
            for (Gold g : gold) {
                boolean exact = s.start() == g.start() && s.end() == g.end();
                if (exact || (!strictOnly && relaxed(s, g))) {
                    int overlap = Math.min(s.end(), g.end()) - Math.max(s.start(), g.start());
                    pairs.add(new Pair(s, g, exact, overlap));
                }
            }
        }
        pairs.sort(Comparator.comparing((Pair p) -> !p.exact()).thenComparing(p -> -p.overlap()));
        Map<Sys, Gold> out = new LinkedHashMap<>();
        Map<Gold, Boolean> used = new HashMap<>();
        for (Pair p : pairs) {
            if (!out.containsKey(p.s()) && !used.containsKey(p.g())) {
                out.put(p.s(), p.g());
                used.put(p.g(), true);
            }
        }
        return out;
    }

    private static boolean relaxed(Sys s, Gold g) {
        return s.start() <= g.headStart() && g.headEnd() <= s.end()
                && g.start() <= s.headStart() && s.headEnd() <= g.end();
    }

    /** Gold types by system kind: PER, ORG, LOC, or GROUP. */
    static String typeOf(EntityKind k) {
        return switch (k) {
            case PERSON -> "PER";
            case ORGANIZATION -> "ORG";
            case COUNTRY, LOCATION -> "LOC";
            case GROUP -> "GROUP";
            case AGREEMENT -> "AGREEMENT";
        };
    }

    /**
     * The head word of {@code body[start, end)}: the last word before the first post-modifier, without a
     * trailing possessive. Returns {@code [headStart, headEnd)}.
     */
    static int[] head(String body, int start, int end) {
        List<int[]> words = new ArrayList<>();
        int i = start;
        while (i < end) {
            char c = body.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int j = i;
            if (Character.isLetterOrDigit(c)) {
                while (j < end && (Character.isLetterOrDigit(body.charAt(j)) || body.charAt(j) == '-'
                        || body.charAt(j) == '.' || body.charAt(j) == '&')) {
                    j++;
                }
            } else {
                j = i + 1;
            }
            words.add(new int[] {i, j});
            i = j;
        }
        int[] last = null;
        for (int w = 0; w < words.size(); w++) {
            int[] word = words.get(w);
            String text = body.substring(word[0], word[1]).toLowerCase(Locale.ROOT);
            if (w > 0 && last != null && HEAD_STOPS.contains(text)) {
                break;
            }
            if (text.equals("'") || text.equals("’") || (text.equals("s") && last != null && word[0] > 0
                    && (body.charAt(word[0] - 1) == '\'' || body.charAt(word[0] - 1) == '’'))) {
                continue;
            }
            if (Character.isLetterOrDigit(text.charAt(0))) {
                last = word;
            }
        }
        if (last == null) {
            return new int[] {start, end};
        }
        int e = last[1];
        while (e > last[0] + 1 && body.charAt(e - 1) == '.') {
            e--;
        }
        return new int[] {last[0], e};
    }

    public int documents() { return documents; }
    public Prf strict() { return strict; }
    public Prf relaxed() { return relaxed; }
    /** Relaxed, typed scores for PER, ORG and LOC. */
    public Map<String, Prf> perType() { return java.util.Collections.unmodifiableMap(perType); }
    public int b3Mentions() { return b3Mentions; }
    public double b3Precision() { return b3Mentions == 0 ? 0 : b3Precision / b3Mentions; }
    public double b3Recall() { return b3Mentions == 0 ? 0 : b3Recall / b3Mentions; }
    public double b3F1() {
        double p = b3Precision();
        double r = b3Recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}

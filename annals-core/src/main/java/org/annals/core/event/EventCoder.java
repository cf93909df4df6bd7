package org.annals.core.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.annals.core.actor.ActorMention;
import org.annals.core.actor.Actors;
import org.annals.core.annotate.AnnotatedDocument;
import org.annals.core.annotate.Clauses;
import org.annals.core.annotate.Dependency;
import org.annals.core.annotate.Sentence;
import org.annals.core.annotate.Token;
import org.annals.core.lexicon.CameoCode;
import org.annals.core.lexicon.CameoLexicon;
import org.annals.core.lexicon.Country;
import org.annals.core.lexicon.CountryLexicon;
import org.annals.core.lexicon.Pos;
import org.annals.core.lexicon.TitleLexicon;
import org.annals.core.lexicon.TriggerLexicon;
import org.annals.core.lexicon.TriggerRule;
import org.annals.core.lexicon.TsvTable;
import org.annals.core.time.EventDater;
import org.annals.core.time.Timeline;
import org.annals.model.Basis;
import org.annals.model.Entity;
import org.annals.model.EntityId;
import org.annals.model.EntityKind;
import org.annals.model.Event;
import org.annals.model.EventDate;
import org.annals.model.EventId;
import org.annals.model.EventType;
import org.annals.model.Mention;
import org.annals.model.Quote;
import org.annals.model.Status;

/**
 * PLOVER events from trigger words matched against the dependency parse.
 *
 * <p>For each verb or common noun whose lemma is in the trigger lexicon (and whose object or modifier fits the
 * row's constraint), the roles of the row give source and target: only entities in the trigger's own clause (or
 * the clause it is the complement of) count, so actors are never stitched together from unrelated parts of the
 * article. An event needs a source actor; reciprocal rows (meetings, agreements) put every party in the source.
 * Then status (negated, hypothetical, planned, occurred), attribution (a quote's speaker, or the subject of the
 * speech verb governing the clause), place, date ({@link EventDater}) and contexts; finally mentions of one
 * happening in the article are merged into one event that keeps every report.
 * Stateless and thread-safe.
 */
public final class EventCoder {
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
    private static final Set<String> NEG_GOVERNORS = Set.of("refuse", "deny", "fail", "decline", "reject", "avoid");
    private static final Set<String> PLAN_GOVERNORS = Set.of("plan", "expect", "intend", "schedule", "prepare",
            "aim", "hope", "seek", "want", "set", "due", "promise", "pledge", "vow", "agree", "scheduled", "slate",
            "willing", "prepared", "ready", "commit", "committed", "readiness", "willingness", "intention",
            "commitment", "determination");
    private static final Set<String> HYPO_GOVERNORS = Set.of("propose", "offer", "consider", "suggest", "threaten",
            "urge", "demand", "call", "ask", "warn", "may", "might", "could");
    /** Refusing is rejecting; failing or avoiding is not ("failed to sign" stays a negated signing). */
    private static final Set<String> REFUSALS = Set.of("refuse", "decline", "reject");
    private static final Set<String> OFFER_GOVERNORS = Set.of("offer", "propose", "pledge", "promise", "vow",
            "willing", "prepared", "ready", "commit", "committed", "agree", "readiness", "willingness");
    /** Nouns of intent whose to-complement is announced, not done: "expressed its readiness to cooperate". */
    private static final Set<String> INTENT_NOUNS = Set.of("readiness", "willingness", "intention", "commitment",
            "determination", "plan", "offer", "pledge", "promise");
    /**
     * An act without a known doer is kept only in the sentence's main clause, or one the parser left unlabelled
     * ("500,000 workers …, stopped work"): the killings a sentence mentions in passing are not coded.
     */
    private static final double UNNAMED_PROMINENCE = 0.85;
    /** Promises whose complement, when it is a trigger, is the event: the promise only sets its status. */
    private static final Set<String> INTENT_FRAMES = Set.of("vow", "pledge", "promise", "offer", "willing",
            "ready", "prepared", "undertake");
    private static final Set<String> REQUEST_GOVERNORS = Set.of("urge", "call", "ask", "demand", "press", "push",
            "appeal", "request", "want", "encourage", "invite");
    private static final Set<String> QUANTITY_HEADS = Set.of("part", "some", "most", "all", "many", "much", "half",
            "kg", "kilogram", "ton", "tonne", "tons", "worth", "number", "dozen", "hundred", "hundreds", "thousand",
            "thousands", "million", "millions", "lot", "batch", "shipment", "consignment", "portion", "group",
            "member", "one", "each", "none", "any", "several", "few", "third", "quarter", "percent", "amount");
    /** Heads that name a body of what the object really is: "received a mission of observers". */
    private static final Set<String> GROUP_HEADS = Set.of("mission", "team", "contingent", "convoy", "delegation",
            "detachment", "unit", "body");
    private static final Set<String> TIME_UNITS = Set.of("day", "week", "month", "year", "hour", "night");
    /** Nouns that frame an act named by their compound: "a mediation effort", "a strike campaign". */
    private static final Set<String> FRAME_NOUNS = Set.of("effort", "bid", "campaign", "initiative", "mission",
            "operation", "process", "drive", "attempt", "round", "programme", "program", "plan", "wave", "series");
    private static final Set<String> HYPO_AUX = Set.of("could", "might", "would", "may", "should", "can", "must");
    private static final Set<String> PLAN_ADJ = Set.of("planned", "upcoming", "scheduled", "proposed", "future",
            "expected", "forthcoming");
    private static final Set<String> LIGHT_VERBS = Set.of("make", "pay", "conduct", "hold", "carry", "undertake",
            "begin", "have", "launch", "start", "sign", "reach", "conclude", "stage", "mount", "host", "attend",
            "ink", "clinch", "seal", "strike", "finalize", "finalise", "announce", "win", "secure", "impose",
            "remain", "stay", "put", "place", "go", "continue", "declare", "call", "issue", "lodge", "file",
            "organize", "organise", "lead", "join", "end", "resume", "step", "intensify", "escalate", "order",
            "express", "voice", "reiterate", "reaffirm", "extend", "lend", "complete", "finish", "renew", "repeat",
            "take");
    private static final Set<String> PLACE_PREPS = Set.of("in", "at");
    private static final Set<String> PARTY_NOUNS = Set.of("counterpart", "delegation", "official", "leader",
            "envoy", "representative", "negotiator", "team", "side", "government", "opposition", "rebel",
            "lawmaker", "diplomat", "ambassador", "partner", "ally", "neighbour", "neighbor");
    private static final Set<String> MOTION_VERBS = Set.of("arrive", "travel", "land", "fly", "come", "go", "head",
            "leave", "depart", "return", "set");

    /**
     * Acts whose clausal complement is what they are about, not a second happening: a demand, a threat, an
     * accusation or a denial ("denied that its troops had shelled the village" is a rejection, nothing was shelled
     * by the coder's account).
     */
    private static final Set<EventType> CONTENT_ACTS = Set.of(EventType.REQUEST, EventType.THREATEN,
            EventType.ACCUSE, EventType.REJECT);

    private static final CountryLexicon CAPITALS = CountryLexicon.standard();
    private final TriggerLexicon triggers;
    private final CountryLexicon countries = CountryLexicon.standard();
    private final TitleLexicon titles = TitleLexicon.standard();
    private final CameoLexicon cameo;
    private final List<String[]> contextCues;
    private final EventDater dater = new EventDater();

    public EventCoder() {
        this(TriggerLexicon.standard(), CameoLexicon.standard());
    }

    public EventCoder(TriggerLexicon triggers, CameoLexicon cameo) {
        this.triggers = triggers;
        this.cameo = cameo;
        List<String[]> cues = new ArrayList<>();
        for (TsvTable.Row r : TsvTable.load("/org/annals/core/lexicon/contexts.tsv").rows()) {
            cues.add(new String[] {r.get("cue"), r.get("context"), r.id()});
        }
        this.contextCues = List.copyOf(cues);
    }

    /** An event being built. */
    private static final class Draft {
        TriggerRule rule;
        Sentence sentence;
        int trigger;
        EventType type;
        Optional<String> mode;
        String cameo;
        List<EntityId> source = new ArrayList<>();
        List<EntityId> target = new ArrayList<>();
        Optional<EntityId> location = Optional.empty();
        Status status;
        EventDate date;
        Optional<EntityId> attribution = Optional.empty();
        LinkedHashSet<String> contexts = new LinkedHashSet<>();
        List<String> rules = new ArrayList<>();
        List<Mention> reports = new ArrayList<>();
        double confidence;
        double prominence = 1.0;
        boolean anaphoric;
        Mention triggerMention;
        Mention evidence;
    }

    public List<Event> code(AnnotatedDocument doc, Actors actors, Timeline timeline, List<Quote> quotes) {
        List<Draft> drafts = new ArrayList<>();
        List<EventDater.Dated> dated = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            Map<Integer, TriggerRule> matched = new java.util.TreeMap<>();
            for (Token t : s.tokens()) {
                match(s, t, actors).ifPresent(r -> matched.put(t.index(), r));
            }
            // "vowed to crush the revolt", "pledged to cooperate": the promised act is coded (as a threat or an
            // intent, by recode), not the bare promise
            Set<Integer> frames = new java.util.HashSet<>();
            for (Map.Entry<Integer, TriggerRule> m : matched.entrySet()) {
                Optional<Dependency> up = s.head(m.getKey());
                if (up.isPresent() && up.get().rel().equals("xcomp") && matched.containsKey(up.get().governor())
                        && INTENT_FRAMES.contains(s.token(up.get().governor()).lemma())
                        && matched.get(up.get().governor()).type() == EventType.AGREE
                        && m.getValue().type() != EventType.AGREE) {
                    frames.add(up.get().governor());
                }
            }
            frames.forEach(matched::remove);
            // a trigger that is what a governing trigger codes waits for it: coded when the governing one is not
            // ("agreed to withdraw" whose "agreed" found no doer in a misparse is still a withdrawal)
            Map<Integer, Integer> deferred = new java.util.LinkedHashMap<>();
            Set<Integer> built = new java.util.HashSet<>();
            for (Map.Entry<Integer, TriggerRule> m : matched.entrySet()) {
                int i = m.getKey();
                OptionalInt governing = governingTrigger(s, i, m.getValue(), matched);
                if (governing.isPresent()) {
                    deferred.put(i, governing.getAsInt());
                    continue;
                }
                if (buildInto(doc, actors, timeline, quotes, s, i, m.getValue(), drafts, dated)) {
                    built.add(i);
                }
            }
            Map<Integer, Boolean> coded = new java.util.HashMap<>();
            for (int i : deferred.keySet()) {
                coded(i, deferred, built, coded, k -> !hasDoer(actors, s, deferred.get(k), matched.get(deferred.get(k)))
                        && buildInto(doc, actors, timeline, quotes, s, k, matched.get(k), drafts, dated));
            }
        }
        // an act without a known doer is coded only as its sentence's main happening: the background killings and
        // battles a sentence mentions in passing are where dictionary coders over-generate
        List<Draft> kept = new ArrayList<>();
        for (Draft d : drafts) {
            boolean outranked = drafts.stream().anyMatch(o -> o != d && o.sentence == d.sentence
                    && !o.source.isEmpty() && o.confidence > d.confidence);
            if (d.anaphoric || !(d.source.isEmpty() && (outranked || d.prominence < UNNAMED_PROMINENCE))) {
                kept.add(d);
            }
        }
        List<Draft> merged = merge(kept);
        merged.sort(Comparator.comparingInt((Draft d) -> d.triggerMention.start()));
        List<Event> out = new ArrayList<>();
        int n = 1;
        for (Draft d : merged) {
            double goldstein = cameo.byCode(d.cameo).map(CameoCode::goldstein).orElse(0.0);
            out.add(new Event(EventId.of(n++), d.type, d.mode, List.copyOf(d.contexts), d.cameo, goldstein,
                    d.source, d.target, d.location, d.date, d.status, d.triggerMention, d.evidence, d.attribution,
                    Math.max(0.05, Math.min(0.99, d.confidence)), d.rules, d.reports));
        }
        return out;
    }

    private boolean buildInto(AnnotatedDocument doc, Actors actors, Timeline timeline, List<Quote> quotes, Sentence s,
                              int i, TriggerRule rule, List<Draft> drafts, List<EventDater.Dated> dated) {
        Optional<Draft> d = build(doc, actors, timeline, quotes, s, i, rule, dated);
        d.ifPresent(x -> {
            drafts.add(x);
            dated.add(new EventDater.Dated(s.index(), i, s.token(i).lemma(), x.date, x.status == Status.PLANNED));
        });
        return d.isPresent();
    }

    /**
     * True when the roles of trigger {@code g} name an actor: then it coded nothing for a reason of its own (a
     * meeting with nobody, a negated complement), and what it governs is not coded in its place.
     */
    private boolean hasDoer(Actors actors, Sentence s, int g, TriggerRule rule) {
        for (String role : rule.source()) {
            if (!entities(actors, s, roleTokens(s, g, role)).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** True when trigger {@code i} or the trigger governing it (transitively) coded an event; builds it if not. */
    private static boolean coded(int i, Map<Integer, Integer> deferred, Set<Integer> built, Map<Integer, Boolean> memo,
                                 java.util.function.IntPredicate build) {
        if (built.contains(i)) {
            return true;
        }
        if (!deferred.containsKey(i)) {
            return false;
        }
        Boolean known = memo.get(i);
        if (known != null) {
            return known;
        }
        boolean r = coded(deferred.get(i), deferred, built, memo, build);
        if (!r && build.test(i)) {
            built.add(i);
            r = true;
        }
        memo.put(i, r);
        return r;
    }

    /**
     * The trigger that codes trigger {@code i} as part of its own act, if any: the verb it is the to-complement of
     * ("agreed to deepen ties"), whose object it is ("signed an agreement"), whose particle phrase it fills, whose
     * demand or threat it states ("demanded that Syria withdraw"), or whose answered demand it names ("yielded to
     * the demands").
     */
    private static OptionalInt governingTrigger(Sentence s, int i, TriggerRule rule, Map<Integer, TriggerRule> matched) {
        Optional<Dependency> up = s.head(i);
        if (up.isEmpty() || up.get().governor() < 0 || !matched.containsKey(up.get().governor())) {
            return OptionalInt.empty();
        }
        int g = up.get().governor();
        TriggerRule gr = matched.get(g);
        String rel = up.get().rel();
        String base = up.get().baseRel();
        if (rel.equals("xcomp") || base.equals("obj") && rule.pos() == Pos.N || rule.pos() == Pos.N
                && base.equals("obl") && gr.particle().filter(p -> s.children(i, "case").stream()
                .anyMatch(c -> s.token(c).word().equalsIgnoreCase(p))).isPresent()) {
            return OptionalInt.of(g); // "agreed to deepen ties", "signed an agreement"
        }
        if (rel.equals("ccomp") && s.token(g).isVerb() && CONTENT_ACTS.contains(gr.type())) {
            return OptionalInt.of(g); // "demanded that Syria withdraw", "warned that it will strike": the content
        }
        if (rule.pos() == Pos.N && base.equals("obl") && s.children(i, "case").stream().anyMatch(c ->
                gr.target().contains("prep:" + s.token(c).word().toLowerCase(Locale.ROOT)))) {
            return OptionalInt.of(g); // "yielded to the demands": the noun is what the governing act answers
        }
        return OptionalInt.empty();
    }

    // ------------------------------------------------------------------ trigger matching

    private Optional<TriggerRule> match(Sentence s, Token t, Actors actors) {
        Pos pos;
        if (t.pos().startsWith("JJ") && !s.children(t.index(), "cop").isEmpty() && obligation(s, t.index())
                && !speakerTokens(s, t.index()).isEmpty()) {
            // "X said Y must be ready to …": the obligation sits on the adjective predicate
            return triggers.forLemma(OBLIGATION, Pos.V).stream().findFirst();
        }
        if (t.pos().startsWith("JJ") && !s.children(t.index(), "cop").isEmpty()
                && !s.children(t.index(), "xcomp").isEmpty()) {
            // "X is willing to withdraw": an adjective predicate with a to-complement, as the @xcomp rows say
            return triggers.forLemma(t.lemma(), Pos.V).stream().filter(r -> r.objects().contains("@xcomp")).findFirst();
        }
        if (t.pos().equals("VBG") && s.children(t.index(), "nsubj").isEmpty() && s.children(t.index(), "obj").isEmpty()
                && s.head(t.index()).filter(d -> Set.of("nsubj", "nsubj:pass", "obj").contains(d.rel())).isPresent()
                && !triggers.forLemma(t.word().toLowerCase(Locale.ROOT), Pos.N).isEmpty()) {
            // "Fighting between X and Y intensified": a gerund used as a noun is the noun's trigger
            return triggers.forLemma(t.word().toLowerCase(Locale.ROOT), Pos.N).stream()
                    .filter(r -> r.particle().isEmpty() && r.objects().isEmpty()).findFirst();
        }
        if (t.pos().startsWith("VB")) {
            pos = Pos.V;
        } else if ((t.pos().equals("NN") || t.pos().equals("NNS")) && !s.children(t.index(), "aux").isEmpty()) {
            pos = Pos.V; // "Britain could sanction Russia": tagged as a noun, used as a verb
        } else if (t.pos().equals("NN") || t.pos().equals("NNS")) {
            pos = Pos.N;
        } else {
            return Optional.empty();
        }
        if (pos == Pos.V && obligation(s, t.index()) && speakerTokens(s, t.index()).size() > 0) {
            // "X said (that) Y must / should do Z": X demands it of Y, whatever Z is (CAMEO 10)
            for (TriggerRule r : triggers.forLemma(OBLIGATION, Pos.V)) {
                return Optional.of(r);
            }
        }
        for (TriggerRule r : triggers.forLemma(t.lemma(), pos)) {
            if (r.particle().isPresent() && !hasParticle(s, t.index(), r.particle().get())) {
                continue;
            }
            if (r.objects().contains("@clause") && !(pos == Pos.V && reportsClause(s, t.index()))
                    || r.objects().contains("@xcomp") && !(pos == Pos.V && !s.children(t.index(), "xcomp").isEmpty()
                    && s.children(t.index(), "obj").isEmpty())) {
                continue;
            }
            if (!r.objects().isEmpty() && !r.objects().contains("@clause") && !r.objects().contains("@xcomp")
                    && !objectFits(s, t.index(), pos, r.objects(), actors)) {
                continue;
            }
            return Optional.of(r);
        }
        return Optional.empty();
    }

    /**
     * The verb reports a clause: "X protested that …", "X warned (that) police will …", or closes the sentence
     * after it, "…, a rights group protested". Not "warned there could be …", "warned that it might run out of
     * money", "warned that the figure is preliminary": a forecast or an assessment reports no act.
     */
    private static boolean reportsClause(Sentence s, int v) {
        if (!s.children(v, "obj").isEmpty()) {
            return false;
        }
        List<Integer> clauses = new ArrayList<>(s.children(v, "ccomp"));
        clauses.addAll(s.children(v, "parataxis"));
        for (int c : clauses) {
            boolean forecast = !s.token(c).pos().startsWith("VB") || !s.children(c, "expl").isEmpty()
                    || s.children(c, "aux").stream().anyMatch(a -> Set.of("could", "might", "may")
                    .contains(s.token(a).word().toLowerCase(Locale.ROOT)));
            if (c > v && !forecast) {
                return true;
            }
        }
        Optional<Dependency> up = s.head(v);
        if (up.isPresent() && up.get().governor() >= 0 && up.get().governor() < v
                && Set.of("parataxis", "dep", "ccomp").contains(up.get().rel())) {
            List<Integer> subj = s.children(v, "nsubj");
            if (!subj.isEmpty()) {
                int first = s.subtree(subj.get(0)).stream().mapToInt(Integer::intValue).min().orElse(v);
                return first > 0 && s.token(first - 1).word().equals(",");
            }
        }
        return false;
    }

    /**
     * A plural common noun's singular by its spelling ("bases" is "base"), for when the lemmatizer chose another
     * word ("bases" lemmatized as "basis"); the word itself when it is no plural noun.
     */
    static String singular(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        if (!t.pos().equals("NNS") || w.length() < 4 || !w.endsWith("s") || w.endsWith("ss")) {
            return w;
        }
        return w.substring(0, w.length() - 1);
    }

    /**
     * "pull out", "call for X": a particle of the verb, or the preposition right after it heading its complement.
     * ("called podcasting a toy for radio" has "for" too, but not next to the verb.)
     */
    /** Particles that may stand after the object they split from their verb ("pulled its troops out"). */
    private static final Set<String> SPLIT_PARTICLES = Set.of("out", "back", "off", "down", "up", "over", "away",
            "in", "aside");

    private static boolean hasParticle(Sentence s, int v, String particle) {
        int next = SPLIT_PARTICLES.contains(particle.toLowerCase(Locale.ROOT)) ? afterObject(s, v) : -1;
        for (Dependency d : s.children(v)) {
            if (d.rel().equals("compound:prt") && s.token(d.dependent()).word().equalsIgnoreCase(particle)) {
                return true;
            }
            if (d.rel().equals("advmod") && (d.dependent() == v + 1 || d.dependent() == next)
                    && s.token(d.dependent()).word().equalsIgnoreCase(particle)) {
                return true; // "pulled out of the town", "pulled its troops back": the particle tagged as an adverb
            }
            if (d.rel().equals("case") && s.token(v).pos().startsWith("NN")
                    && s.token(d.dependent()).word().equalsIgnoreCase(particle)) {
                return true; // a noun's own preposition: "went on strike"
            }
            if (Set.of("advcl", "ccomp", "xcomp").contains(d.baseRel())
                    && s.children(d.dependent(), "mark").stream().anyMatch(c -> c == v + 1
                    && s.token(c).word().equalsIgnoreCase(particle))) {
                return true; // "appealed for food aid to reach …", "called for Israel to withdraw": for-to clause
            }
            if (d.baseRel().equals("obl") || d.baseRel().equals("obj")
                    || d.baseRel().equals("nmod") && s.token(v).pos().startsWith("NN")) {
                for (int c : s.children(d.dependent(), "case")) {
                    if ((c == v + 1 || c == next && d.baseRel().equals("obl"))
                            && s.token(c).word().equalsIgnoreCase(particle)) {
                        return true; // "pulled its soldiers out of Somalia": "out" parsed as the place's preposition
                    }
                }
            }
        }
        return false;
    }

    /** Parts of speech a noun phrase right after its verb is made of (an adjective tag for a mis-tagged noun). */
    private static final Set<String> NP_TAGS = Set.of("DT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS",
            "POS", "CD", "HYPH");

    /**
     * The words of the noun phrase right after verb {@code v} ("defended [Israel 's right] to respond"): where its
     * object stands, whatever head the parser chose. Read only against a row's object list, so that a misparsed
     * possessive or compound still shows what is acted on.
     */
    static List<Integer> objectSpan(Sentence s, int v) {
        List<Integer> out = new ArrayList<>();
        for (int k = v + 1; k < s.size() && k <= v + 6 && NP_TAGS.contains(s.token(k).pos()); k++) {
            out.add(k);
        }
        return out;
    }

    /**
     * The object the parser made the subject of a small clause after the verb: "released [40 prisoners] held since
     * the uprising", "freed [them] unharmed" (nsubj of the verb's xcomp, standing between the verb and the xcomp).
     */
    static List<Integer> smallClauseObjects(Sentence s, int v) {
        List<Integer> out = new ArrayList<>();
        for (int c : s.children(v, "xcomp")) {
            for (int n : s.children(c, "nsubj")) {
                if (v < n && n < c) {
                    out.add(n);
                }
            }
        }
        return out;
    }

    /**
     * The token right after the verb's direct object ("pulled [its soldiers] out"), or -1 when the verb has none:
     * where a particle stands when the object splits it from its verb, which the parser then hangs on the next
     * phrase ("out of Somalia") or as an adverb ("back").
     */
    private static int afterObject(Sentence s, int v) {
        List<Integer> objs = s.children(v, "obj");
        if (objs.isEmpty() || objs.get(0) < v) {
            return -1;
        }
        List<Integer> sub = s.subtree(objs.get(0));
        int lo = sub.stream().mapToInt(Integer::intValue).min().orElse(v);
        int hi = sub.stream().mapToInt(Integer::intValue).max().orElse(v);
        return lo == v + 1 && hi + 1 < s.size() ? hi + 1 : -1;
    }

    /**
     * True when the object (for a noun: a modifier) has one of the lemmas; the pseudo-lemma {@code @actor} matches
     * an object that is an actor ("received the minister", "received Wiratmaja").
     */
    private static boolean objectFits(Sentence s, int i, Pos pos, Set<String> objects, Actors actors) {
        List<Integer> cands = new ArrayList<>();
        if (pos == Pos.V) {
            cands.addAll(s.children(i, "obj"));
            cands.addAll(s.children(i, "nsubj:pass"));
            if (cands.isEmpty()) {
                cands.addAll(smallClauseObjects(s, i));
            }
        } else {
            cands.addAll(s.children(i, "compound"));
            cands.addAll(s.children(i, "amod"));
            cands.addAll(s.children(i, "nmod"));
        }
        if (objects.contains("@none") && pos == Pos.V && s.children(i, "obj").isEmpty()
                && s.children(i, "nsubj:pass").isEmpty()) {
            return true; // "protesters demonstrated" (but not "Apple demonstrated its new phone")
        }
        for (int c : new ArrayList<>(cands)) {
            if (pos == Pos.V && (QUANTITY_HEADS.contains(s.token(c).lemma()) || GROUP_HEADS.contains(s.token(c).lemma()))
                    || s.token(c).pos().equals("CD") || s.token(c).pos().equals("$")) {
                // "two of its nationals", "part of the aid programme", "700 kg of medicine", "a mission of observers",
                // "$200 million in loans"
                for (Dependency d : s.children(c)) {
                    if (d.baseRel().equals("nmod")) {
                        cands.add(d.dependent());
                    }
                }
            }
        }
        for (int c : new ArrayList<>(cands)) {
            cands.addAll(s.children(c, "conj"));
            cands.addAll(s.children(c, "compound"));
        }
        if (pos == Pos.V) {
            // "provided the rebels with weapons", "supplied X with food": what is given, in a with-phrase (a word of
            // the list, never an actor: "fought with Iraq" is not "fought Iraq")
            List<Dependency> phrases = new ArrayList<>(s.children(i));
            for (int o : s.children(i, "obj")) {
                phrases.addAll(s.children(o)); // "provided the rebels with weapons" parsed inside the object
            }
            for (Dependency d : phrases) {
                if ((d.baseRel().equals("obl") || d.baseRel().equals("nmod")) && s.children(d.dependent(), "case")
                        .stream().anyMatch(c -> s.token(c).word().equalsIgnoreCase("with"))) {
                    List<Integer> with = new ArrayList<>(List.of(d.dependent()));
                    with.addAll(s.children(d.dependent(), "conj"));
                    for (int w : List.copyOf(with)) {
                        if (QUANTITY_HEADS.contains(s.token(w).lemma()) || s.token(w).pos().equals("CD")
                                || s.token(w).pos().equals("$")) {
                            s.children(w).stream().filter(x -> x.baseRel().equals("nmod"))
                                    .forEach(x -> with.add(x.dependent()));
                        }
                    }
                    for (int w : with) {
                        if (objects.contains(s.token(w).lemma()) || objects.contains(singular(s.token(w)))) {
                            return true;
                        }
                    }
                }
            }
        }
        if (pos == Pos.V && objects.contains("@count") && s.children(i, "obj").stream().anyMatch(o ->
                s.token(o).pos().equals("CD") && s.children(o).stream().noneMatch(d -> d.baseRel().equals("nmod")))) {
            return true; // "a car bomb kills 20": a bare count of victims
        }
        if (pos == Pos.V) {
            // "defended Israel's right to …" with "Israel" taken for the object: the words of the phrase after the
            // verb count for the lemma list (not for @actor, which needs the object itself)
            for (int c : objectSpan(s, i)) {
                if (objects.contains(s.token(c).lemma()) || objects.contains(singular(s.token(c)))) {
                    return true;
                }
            }
        }
        for (int c : cands) {
            if (objects.contains(s.token(c).lemma()) || objects.contains(s.token(c).word().toLowerCase(Locale.ROOT))
                    || objects.contains(singular(s.token(c)))) {
                return true;
            }
            if (objects.contains("@actor") && pos == Pos.V && actors.at(s.index(), c)
                    .map(e -> actors.get(e).kind()).filter(k -> k == EntityKind.PERSON || k == EntityKind.ORGANIZATION
                            || k == EntityKind.GROUP || k == EntityKind.COUNTRY).isPresent()) {
                return true;
            }
            if (objects.contains("@actor") && pos == Pos.V && actors.at(s.index(), c).map(actors::get)
                    .filter(e -> e.kind() == EntityKind.LOCATION && e.country().flatMap(CAPITALS::byAlpha3)
                            .flatMap(Country::capital).filter(e.name()::equalsIgnoreCase).isPresent()).isPresent()) {
                return true; // "warned Damascus": a capital speaks for its government
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ one event

    private Optional<Draft> build(AnnotatedDocument doc, Actors actors, Timeline timeline, List<Quote> quotes,
                                  Sentence s, int i, TriggerRule rule, List<EventDater.Dated> dated) {
        Draft d = new Draft();
        d.rule = rule;
        d.sentence = s;
        d.trigger = i;
        d.type = rule.type();
        d.mode = rule.mode();
        d.cameo = rule.cameo();
        d.rules.add(rule.id());
        LinkedHashSet<EntityId> src = new LinkedHashSet<>();
        for (String role : rule.source()) {
            src.addAll(entities(actors, s, roleTokens(s, i, role)));
        }
        if (src.isEmpty() && rule.pos() == Pos.N) {
            src.addAll(countryModifiers(actors, s, i)); // "Palestinian riots", "U.S. air strikes"
        }
        LinkedHashSet<EntityId> tgt = new LinkedHashSet<>();
        boolean visit = rule.mode().filter("visit"::equals).isPresent();
        for (String role : rule.target()) {
            tgt.addAll(entities(actors, s, roleTokens(s, i, role), visit, 0));
        }
        if (tgt.isEmpty() && !rule.reciprocal() && rule.pos() == Pos.V && !rule.lemma().equals(OBLIGATION)) {
            // "demanded that the United States match …", "accused Y of …" left no object: the one the reported
            // clause is about
            for (int c : s.children(i, "ccomp")) {
                List<Integer> subj = new ArrayList<>(s.children(c, "nsubj"));
                subj.addAll(s.children(c, "nsubj:pass"));
                tgt.addAll(entities(actors, s, subj));
            }
            tgt.removeAll(src);
        }
        if (tgt.isEmpty() && rule.target().contains("prep:with")) {
            // "signed a memorandum … outlining relations with Morocco": the counterpart inside the object
            for (int o : s.children(i, "obj")) {
                for (int k : s.subtree(o)) {
                    if (k != o && s.children(k, "case").stream().anyMatch(c -> s.token(c).word().equalsIgnoreCase("with"))) {
                        tgt.addAll(entities(actors, s, List.of(k)));
                    }
                }
            }
        }
        if (tgt.isEmpty() && !rule.reciprocal() && src.size() < 2) {
            // (a joint act of several parties, "A and B signed … in Cairo", has no target to find)
            tgt.addAll(implicitTarget(actors, s, i, src));
        }
        if (rule.reciprocal()) {
            src.addAll(tgt);
            tgt.clear();
        }
        tgt.removeAll(src);
        boolean unnamed = false;
        if (src.isEmpty() && rule.pos() == Pos.N && definite(s, i)) {
            d.anaphoric = true; // "the visit", "this trip": a later mention of a happening already coded
        }
        if (src.isEmpty()) {
            if (!d.anaphoric && !unnamedSource(s, i, rule)) {
                return Optional.empty();
            }
            unnamed = true; // "Prisoners rioted", "a roadside bomb killed …": the act is coded, its actor unnamed
        }
        if (rule.reciprocal() && rule.type() == EventType.CONSULT && rule.pos() == Pos.V && src.size() < 2
                && !meetsSomeone(s, i, rule)) {
            return Optional.empty(); // "X discussed new features": a meeting needs someone to meet
        }
        d.source.addAll(src);
        d.target.addAll(tgt);
        d.status = rule.lemma().equals(OBLIGATION) ? Status.OCCURRED : status(s, i, rule.pos());
        recode(d, s, i);
        boolean plannedDate = d.status == Status.PLANNED;
        d.attribution = attribution(doc, actors, quotes, s, i);
        d.location = location(actors, s, i, d);
        d.date = dater.date(doc, timeline, s.index(), i, plannedDate, dated);
        rule.context().ifPresent(d.contexts::add);
        d.contexts.addAll(contexts(s));
        refineCameo(d);
        Token t = s.token(i);
        d.triggerMention = Mention.of(doc.text(), t.start(), t.end());
        d.evidence = Mention.of(doc.text(), s.start(), s.end());
        d.reports.add(d.evidence);
        double c = rule.precision().orElse(rule.weight());
        if (!rule.reciprocal() && d.target.isEmpty()) {
            c *= 0.85;
        }
        if (unnamed) {
            c *= 0.6;
        }
        d.prominence = prominence(s, rule.pos() == Pos.V ? i : Clauses.clauseHead(s, i).orElse(i));
        c *= d.prominence;
        if (d.date.basis() == Basis.DOCUMENT) {
            c *= 0.9;
        }
        d.confidence = c;
        return Optional.of(d);
    }

    /**
     * An act whose doer is not a known actor is still coded when the clause names a doer ("prisoners rioted",
     * "a car bomb killed three") or is a passive without agent ("three were killed"): PLOVER codes such events
     * with an unnamed actor. Nouns need a doer too ("a hunger strike by prisoners"), or a violent type.
     */
    private static boolean unnamedSource(Sentence s, int i, TriggerRule rule) {
        if (rule.type() == EventType.CONSULT && (rule.reciprocal() || rule.mode().filter("visit"::equals).isPresent())) {
            return false; // a meeting or a trip of nobody in particular is not worth coding
        }
        for (String role : rule.source()) {
            for (int t : roleTokens(s, i, role)) {
                String pos = s.token(t).pos();
                String w = s.token(t).word().toLowerCase(Locale.ROOT);
                if ((pos.startsWith("NN") || pos.equals("PRP") || pos.equals("CD")) && !Set.of("it", "this", "that",
                        "which", "what").contains(w)) {
                    return true;
                }
            }
        }
        boolean passive = !s.children(i, "aux:pass").isEmpty() || !s.children(i, "nsubj:pass").isEmpty();
        if (rule.pos() == Pos.V && passive) {
            return true;
        }
        return rule.type() == EventType.ASSAULT || rule.type() == EventType.PROTEST;
    }

    /**
     * How central the trigger's clause is to the sentence: 1 for the main clause (or what a speech verb reports),
     * less for each adverbial, relative or modifying clause or phrase it sits in ("after X shot down a jet",
     * "refugees whom they had taken hostage"). The sentence's main happening ranks first.
     */
    static double prominence(Sentence s, int i) {
        double f = 1.0;
        int cur = i;
        for (int hops = 0; hops < 8; hops++) {
            Optional<Dependency> up = s.head(cur);
            if (up.isEmpty() || up.get().governor() < 0) {
                break;
            }
            String rel = up.get().rel();
            String base = up.get().baseRel();
            int g = up.get().governor();
            if (QuoteFinder.SPEECH.contains(s.token(g).lemma()) && (rel.equals("ccomp") || rel.equals("parataxis")
                    || rel.startsWith("advcl") && s.children(cur, "mark").isEmpty() && s.children(cur, "advmod")
                    .stream().noneMatch(a -> s.token(a).word().equalsIgnoreCase("after")))) {
                cur = g; // "X happened, the agency reported": what is reported is the main happening
                continue;
            }
            if (rel.equals("ccomp") || rel.equals("parataxis")) {
                f *= 0.9;
            } else if (rel.equals("dep")) {
                f *= 0.85; // an unlabelled attachment is mostly a parse the parser gave up on, not a side remark
            } else if (rel.startsWith("advcl") || rel.startsWith("acl") || base.equals("obl") || base.equals("nmod")
                    || rel.startsWith("csubj") || rel.equals("appos") || rel.equals("amod")) {
                // (amod: a participle describing a noun, "two kidnapped engineers", "the besieged city")
                f *= base.equals("nmod") || base.equals("obl") ? 0.75 : 0.8;
            }
            cur = g;
        }
        return f;
    }

    /**
     * The speaker a subject pronoun of reported speech stands for, when coreference left it open: in "Norway said
     * it would …" or "X announced that they had …" the pronoun is the subject of the speech verb that reports the
     * clause, provided the pronoun fits it (it: a country or organization; he/she: a person; they: a group,
     * organization or country).
     */
    private static Optional<EntityId> speakerOf(Actors actors, Sentence s, int pronoun) {
        String w = s.token(pronoun).word().toLowerCase(Locale.ROOT);
        Optional<Dependency> own = s.head(pronoun);
        if (own.isEmpty() || !own.get().baseRel().equals("nsubj")) {
            return Optional.empty();
        }
        int cur = own.get().governor();
        for (int hops = 0; hops < 4; hops++) {
            Optional<Dependency> up = s.head(cur);
            if (up.isEmpty() || up.get().governor() < 0) {
                return Optional.empty();
            }
            String rel = up.get().rel();
            int g = up.get().governor();
            if ((rel.equals("ccomp") || rel.equals("parataxis")) && QuoteFinder.SPEECH.contains(s.token(g).lemma())
                    || rel.equals("ccomp") && Set.of("confirm", "warn", "insist", "claim", "decide", "report", "reveal",
                    "indicate", "signal", "admit", "reiterate").contains(s.token(g).lemma())) {
                for (int subj : s.children(g, "nsubj")) {
                    Optional<EntityId> e = actors.at(s.index(), subj);
                    if (e.isPresent()) {
                        EntityKind k = actors.get(e.get()).kind();
                        boolean fits = switch (w) {
                            case "it" -> k == EntityKind.COUNTRY || k == EntityKind.ORGANIZATION;
                            case "he", "she" -> k == EntityKind.PERSON;
                            case "they", "we" -> k != EntityKind.LOCATION && k != EntityKind.AGREEMENT;
                            default -> false;
                        };
                        return fits ? e : Optional.empty();
                    }
                }
                return Optional.empty();
            }
            if (!(rel.equals("conj") || rel.equals("xcomp"))) {
                return Optional.empty();
            }
            cur = g;
        }
        return Optional.empty();
    }

    /** The lemma of the lexicon rows that code "Y must do Z" reported from X as X's demand. */
    static final String OBLIGATION = "must";

    private static boolean obligation(Sentence s, int v) {
        return s.children(v, "aux").stream().anyMatch(a ->
                Set.of("must", "should").contains(s.token(a).word().toLowerCase(Locale.ROOT)));
    }

    /**
     * Who reports the clause of {@code v}: the subject of the speech verb it is the complement of ("Paris said Y
     * must …"), or of the verb whose object noun it complements ("X issued a reminder to Y that it must …").
     */
    static List<Integer> speakerTokens(Sentence s, int v) {
        int cur = v;
        for (int hops = 0; hops < 3; hops++) {
            Optional<Dependency> up = s.head(cur);
            if (up.isEmpty() || up.get().governor() < 0) {
                return List.of();
            }
            String rel = up.get().rel();
            int g = up.get().governor();
            Token gt = s.token(g);
            if ((rel.equals("ccomp") || rel.equals("parataxis")) && gt.pos().startsWith("VB")
                    && (QuoteFinder.SPEECH.contains(gt.lemma()) || REPORTING.contains(gt.lemma()))) {
                return roleTokens(s, g, "subj");
            }
            if (rel.equals("ccomp") && gt.pos().startsWith("VB") && s.children(g, "obj").stream()
                    .anyMatch(o -> REPORTING_NOUNS.contains(s.token(o).lemma()))) {
                return roleTokens(s, g, "subj"); // "X issued a reminder to Y that it must …", parsed flat
            }
            if ((rel.equals("ccomp") || rel.startsWith("acl")) && REPORTING_NOUNS.contains(gt.lemma())) {
                Optional<Dependency> nounUp = s.head(g);
                if (nounUp.isPresent() && nounUp.get().governor() >= 0 && nounUp.get().baseRel().equals("obj")) {
                    return roleTokens(s, nounUp.get().governor(), "subj");
                }
                return List.of();
            }
            if (!rel.equals("conj")) {
                return List.of();
            }
            cur = g;
        }
        return List.of();
    }

    /**
     * The speaker of a main clause that a speech verb closes: "Y is out of the question, the government said"
     * (the speech verb parsed as a parataxis of the clause it reports).
     */
    private static List<Integer> closingSpeaker(Sentence s, int v) {
        if (s.head(v).filter(d -> d.governor() >= 0).isPresent()) {
            return List.of();
        }
        for (int p : s.children(v, "parataxis")) {
            Token pt = s.token(p);
            if (p > v && pt.pos().startsWith("VB") && QuoteFinder.SPEECH.contains(pt.lemma())) {
                return s.children(p, "nsubj");
            }
        }
        return List.of();
    }

    private static final Set<String> REPORTING = Set.of("declare", "reiterate", "insist", "stress", "warn",
            "remind", "tell", "argue", "maintain", "demand", "say", "add", "state", "write");
    private static final Set<String> REPORTING_NOUNS = Set.of("reminder", "warning", "statement", "message",
            "declaration", "demand", "call", "insistence", "ultimatum");

    /** "the visit", "this trip", "that meeting": a noun that refers back rather than introduces. */
    private static boolean definite(Sentence s, int i) {
        return s.children(i, "det").stream().anyMatch(t -> Set.of("the", "this", "that")
                .contains(s.token(t).word().toLowerCase(Locale.ROOT)));
    }

    /** Token indices that fill a role of trigger {@code i}. */
    static List<Integer> roleTokens(Sentence s, int i, String role) {
        boolean passive = s.children(i, "aux:pass").size() > 0 || s.children(i, "nsubj:pass").size() > 0;
        List<Integer> out = new ArrayList<>();
        switch (role) {
            case "subj" -> {
                if (passive) {
                    out.addAll(prep(s, i, "by"));
                } else {
                    for (int n : s.children(i, "nsubj")) {
                        out.add(antecedent(s, n));
                    }
                    if (out.isEmpty()) {
                        out.addAll(inheritedSubject(s, i));
                    }
                    if (out.isEmpty()) {
                        out.addAll(participleSubject(s, i));
                    }
                    if (out.isEmpty()) {
                        out.addAll(infinitiveSubject(s, i));
                    }
                    if (out.isEmpty()) {
                        out.addAll(fragmentSubject(s, i));
                    }
                }
            }
            case "agent" -> out.addAll(prep(s, i, "by"));
            case "speaker" -> {
                out.addAll(speakerTokens(s, i));
                if (out.isEmpty()) {
                    out.addAll(closingSpeaker(s, i));
                }
            }
            case "obj" -> {
                out.addAll(passive ? s.children(i, "nsubj:pass") : s.children(i, "obj"));
                if (out.isEmpty() && !passive) {
                    out.addAll(smallClauseObjects(s, i));
                }
            }
            case "iobj" -> out.addAll(s.children(i, "iobj"));
            case "poss" -> out.addAll(s.children(i, "nmod:poss"));
            case "lightsubj" -> {
                Optional<Dependency> up = s.head(i);
                if (up.isPresent() && (up.get().rel().equals("compound") || up.get().baseRel().equals("nmod")
                        && s.children(i, "case").stream().anyMatch(c -> s.token(c).word().equalsIgnoreCase("of")))
                        && (FRAME_NOUNS.contains(s.token(up.get().governor()).lemma())
                        || QUANTITY_HEADS.contains(s.token(up.get().governor()).lemma())
                        || TIME_UNITS.contains(s.token(up.get().governor()).lemma()))) {
                    up = s.head(up.get().governor()); // "launched a mediation effort", "began 10 days of war games"
                }
                if (up.isPresent() && up.get().governor() >= 0) {
                    int v = up.get().governor();
                    Token vt = s.token(v);
                    // the light verb's object ("held talks", "paid a visit"), or a state it is put in ("remained on
                    // alert"), not a phrase that only dates it ("during the visit, X signed")
                    Dependency rel = up.get();
                    boolean light = LIGHT_VERBS.contains(vt.lemma()) && (rel.baseRel().equals("obj")
                            || rel.rel().equals("nsubj:pass") || rel.baseRel().equals("obl")
                            && s.children(i, "case").stream().anyMatch(c -> Set.of("on", "into", "in", "under")
                            .contains(s.token(c).word().toLowerCase(Locale.ROOT))));
                    // "arrived in Colombo for a visit", "flew to Paris for talks"
                    boolean motion = MOTION_VERBS.contains(vt.lemma()) && up.get().baseRel().equals("obl")
                            && s.children(i, "case").stream().anyMatch(c ->
                            Set.of("for", "on").contains(s.token(c).word().toLowerCase(Locale.ROOT)));
                    if (vt.pos().startsWith("VB") && (light || motion)) {
                        out.addAll(roleTokens(s, v, "subj"));
                    }
                }
            }
            default -> {
                if (role.startsWith("prep:")) {
                    out.addAll(prep(s, i, role.substring(5)));
                }
            }
        }
        return out;
    }

    /**
     * The other party of an event whose row roles name none ({@link Roles}): the first actor among the trigger's
     * complements, else the place it happens in (its country), else the one other country the sentence names
     * outside its attribution ("…, Belgrade radio said").
     */
    private List<EntityId> implicitTarget(Actors actors, Sentence s, int i, Set<EntityId> src) {
        Roles.Reach reach = Roles.reach(s, i);
        for (int t : reach.parties()) {
            List<EntityId> found = new ArrayList<>(entities(actors, s, List.of(t), false, 0));
            found.removeAll(src);
            if (!found.isEmpty()) {
                return found;
            }
        }
        for (int t : reach.places()) {
            // "demonstrated in front of the U.S. embassy", "a strike in protest of the Russian government"
            Optional<EntityId> at = actors.at(s.index(), t).filter(x -> !actors.isPlace(x) && !src.contains(x)
                    && actors.get(x).kind() != EntityKind.AGREEMENT && actors.get(x).kind() != EntityKind.GROUP);
            if (at.isPresent()) {
                return List.of(at.get());
            }
        }
        for (int t : reach.places()) {
            Optional<EntityId> at = actors.at(s.index(), t);
            if (at.isEmpty() || src.contains(at.get())) {
                continue;
            }
            Entity place = actors.get(at.get());
            if (place.kind() == EntityKind.COUNTRY) {
                return List.of(at.get());
            }
            if (place.kind() == EntityKind.LOCATION && place.country().isPresent()) {
                return List.of(place.country().flatMap(actors::country).orElse(at.get()));
            }
        }
        return Roles.otherCountry(actors, s, i, src);
    }

    /** The countries a noun trigger's own modifiers name: "Palestinian riots", "U.S. air strikes". */
    private static List<EntityId> countryModifiers(Actors actors, Sentence s, int i) {
        List<EntityId> out = new ArrayList<>();
        for (Dependency d : s.children(i)) {
            if (d.rel().equals("amod") || d.rel().equals("compound")) {
                actors.at(s.index(), d.dependent()).filter(e -> actors.get(e).kind() == EntityKind.COUNTRY)
                        .ifPresent(out::add);
            }
        }
        return out;
    }

    /** The other side of a meeting is a person or group even when unnamed: "met his counterpart". */
    private boolean meetsSomeone(Sentence s, int i, TriggerRule rule) {
        for (String role : rule.target()) {
            for (int t : roleTokens(s, i, role)) {
                String lemma = s.token(t).lemma();
                if (titles.match(lemma).isPresent() || PARTY_NOUNS.contains(lemma)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that");

    /**
     * The noun a relative pronoun stands for: in "troops, who invaded Cambodia, …" the doer of "invaded" is the
     * troops. The parse keeps the pronoun as the subject of the relative clause (basic dependencies), which names
     * no actor; its antecedent is the noun the clause modifies.
     */
    static int antecedent(Sentence s, int t) {
        Token w = s.token(t);
        if (!(w.pos().startsWith("W") || w.pos().equals("IN") || w.pos().equals("DT"))
                || !RELATIVE_PRONOUNS.contains(w.word().toLowerCase(Locale.ROOT))) {
            return t;
        }
        Optional<Dependency> clause = s.head(t).flatMap(d -> s.head(d.governor()));
        if (clause.isPresent() && clause.get().rel().startsWith("acl") && clause.get().governor() >= 0
                && s.token(clause.get().governor()).pos().startsWith("NN")) {
            return clause.get().governor();
        }
        return t;
    }

    /**
     * The doer of a to-infinitive that modifies a predicate noun: "Romania was the first state to recognise …",
     * "Peru became the last country to sign …" (the parser hangs the infinitive on the noun as {@code acl}; the
     * doer is the subject of the copula, or of "become").
     */
    static List<Integer> infinitiveSubject(Sentence s, int i) {
        Optional<Dependency> up = s.head(i);
        if (up.isEmpty() || !up.get().rel().equals("acl") || up.get().governor() < 0
                || s.children(i, "mark").stream().noneMatch(m -> s.token(m).word().equalsIgnoreCase("to"))) {
            return List.of();
        }
        int noun = up.get().governor();
        if (!s.token(noun).pos().startsWith("NN")) {
            return List.of();
        }
        if (!s.children(noun, "cop").isEmpty()) {
            return s.children(noun, "nsubj");
        }
        Optional<Dependency> pred = s.head(noun);
        if (pred.isPresent() && pred.get().governor() >= 0 && Set.of("xcomp", "obj").contains(pred.get().rel())
                && Set.of("become", "remain").contains(s.token(pred.get().governor()).lemma())) {
            return s.children(pred.get().governor(), "nsubj");
        }
        return List.of();
    }

    /**
     * The subject of a verb the parser left without one because it took the subject noun phrase for the whole
     * sentence: with a long apposition or relative clause ("Guatemala's defence minister, General X, who met …,
     * has agreed to …"), the noun is parsed as the root and the verb hangs below it as {@code dep} or inside the
     * relative clause. The root noun, before the verb, is then its subject.
     */
    static List<Integer> fragmentSubject(Sentence s, int i) {
        int cur = i;
        for (int hops = 0; hops < 4; hops++) {
            Optional<Dependency> up = s.head(cur);
            if (up.isEmpty()) {
                return List.of();
            }
            if (up.get().governor() < 0) {
                Token root = s.token(cur);
                return cur != i && cur < i && root.pos().startsWith("NN") ? List.of(cur) : List.of();
            }
            if (!Set.of("dep", "acl:relcl", "parataxis").contains(up.get().rel())) {
                return List.of();
            }
            cur = up.get().governor();
        }
        return List.of();
    }

    /** Subject of the verb this one is the complement or conjunct of: "X agreed to meet", "X met and agreed". */
    private static List<Integer> inheritedSubject(Sentence s, int i) {
        int cur = i;
        for (int hops = 0; hops < 3; hops++) {
            Optional<Dependency> up = s.head(cur);
            if (up.isEmpty() || up.get().governor() < 0) {
                break;
            }
            String rel = up.get().rel();
            if (!(rel.equals("xcomp") || rel.equals("conj"))) {
                break;
            }
            cur = up.get().governor();
            List<Integer> subj = s.children(cur, "nsubj");
            if (!subj.isEmpty()) {
                return subj;
            }
        }
        return List.of();
    }

    /**
     * The doer of a verb the parser attached to a noun as a participle ({@code acl}), itself or through the verb
     * it is the conjunct of: an active participle's doer is the noun it modifies ("rebels firing on the convoy");
     * a past form with a direct object and no passive auxiliary is no passive participle but a main verb the
     * parser misread as a reduced relative ("Doctors from two aid groups donated $50,000 to …"), whose subject
     * is the whole noun phrase (its head, above the "of"/"from" modifiers the verb was hung on).
     */
    static List<Integer> participleSubject(Sentence s, int i) {
        int cur = i;
        for (int hops = 0; hops < 3; hops++) {
            Optional<Dependency> up = s.head(cur);
            if (up.isEmpty() || up.get().governor() < 0) {
                return List.of();
            }
            if (up.get().baseRel().equals("conj")) {
                cur = up.get().governor();
                if (!s.children(cur, "nsubj").isEmpty() || !s.children(cur, "nsubj:pass").isEmpty()) {
                    return List.of(); // the verb it is a conjunct of has its own subject: inheritedSubject's case
                }
                continue;
            }
            if (!up.get().rel().equals("acl")) {
                return List.of();
            }
            int noun = up.get().governor();
            Token n = s.token(noun);
            Token v = s.token(cur);
            if (!(n.pos().startsWith("NN") || n.pos().equals("PRP")) || !s.children(cur, "aux:pass").isEmpty()
                    || !s.children(cur, "mark").isEmpty() || !s.children(cur, "case").isEmpty()
                    || cur > 0 && Set.of("IN", "TO").contains(s.token(cur - 1).pos())) {
                return List.of(); // "joined demonstrators in demanding …": a prepositional gerund, not a participle
            }
            if (v.pos().equals("VBG")) {
                return List.of(noun);
            }
            int verb = cur;
            boolean object = !s.children(cur, "obj").isEmpty() || s.children(cur, "conj").stream()
                    .anyMatch(c -> s.token(c).pos().startsWith("VB") && !s.children(c, "obj").isEmpty()
                            && s.children(c, "nsubj").isEmpty()); // "donated and delivered vaccines"
            if ((v.pos().equals("VBD") || v.pos().equals("VBN")) && object && prep(s, verb, "by").isEmpty()) {
                int top = noun;
                for (int k = 0; k < 3; k++) {
                    Optional<Dependency> nu = s.head(top);
                    if (nu.isEmpty() || nu.get().governor() < 0 || !nu.get().baseRel().equals("nmod")
                            || s.children(top, "case").stream().noneMatch(c -> Set.of("of", "from")
                            .contains(s.token(c).word().toLowerCase(Locale.ROOT)))) {
                        break;
                    }
                    top = nu.get().governor();
                }
                return List.of(top);
            }
            return List.of();
        }
        return List.of();
    }

    private static List<Integer> prep(Sentence s, int i, String prep) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : s.children(i)) {
            String base = d.baseRel();
            if (!(base.equals("obl") || base.equals("nmod"))) {
                continue;
            }
            if (d.rel().equals("nmod:poss") || d.rel().equals("obl:tmod")) {
                continue;
            }
            for (int c : s.children(d.dependent(), "case")) {
                if (s.token(c).word().equalsIgnoreCase(prep)) {
                    out.add(d.dependent());
                }
            }
        }
        return out;
    }

    /** The actors a list of tokens stands for, following "X and Y" and opening groups into their members. */
    private List<EntityId> entities(Actors actors, Sentence s, List<Integer> tokens) {
        return entities(actors, s, tokens, false, 0);
    }

    private boolean isCapital(Entity place) {
        return place.country().flatMap(countries::byAlpha3).flatMap(Country::capital)
                .map(c -> c.equalsIgnoreCase(place.name())).orElse(false);
    }

    private List<EntityId> entities(Actors actors, Sentence s, List<Integer> tokens, boolean placeAsCountry,
                                    int depth) {
        List<Integer> all = new ArrayList<>();
        for (int t : tokens) {
            all.add(t);
            all.addAll(s.children(t, "conj"));
            for (int c : s.children(t, "conj")) {
                all.addAll(s.children(c, "conj"));
            }
        }
        LinkedHashSet<EntityId> out = new LinkedHashSet<>();
        for (int t : all) {
            Optional<EntityId> e = actors.at(s.index(), t);
            if (e.isEmpty() && s.token(t).pos().equals("PRP")) {
                e = speakerOf(actors, s, t); // "Norway said it would …": the pronoun is the speaker
            }
            if (e.isEmpty()) {
                List<Integer> adjectives = new ArrayList<>(s.children(t, "amod"));
                for (int a : List.copyOf(adjectives)) {
                    adjectives.addAll(s.children(a, "conj")); // "the Algerian and Moroccan foreign ministers"
                }
                for (int a : adjectives) {
                    Token adj = s.token(a);
                    if (!adj.isCapitalized()) {
                        continue;
                    }
                    Optional<EntityId> named = actors.at(s.index(), a).filter(x ->
                            actors.get(x).kind() == EntityKind.COUNTRY);
                    if (named.isPresent()) {
                        out.add(named.get()); // a demonym the actor stage read as its country
                    } else {
                        countries.byName(adj.word()).flatMap(c -> actors.country(c.alpha3())).ifPresent(out::add);
                    }
                }
                // "the navies of India and Australia", "officials from Egypt": the actors named inside
                if (depth == 0) {
                    for (Dependency d : s.children(t)) {
                        if (d.baseRel().equals("nmod") && s.children(d.dependent(), "case").stream().anyMatch(c ->
                                Set.of("of", "from").contains(s.token(c).word().toLowerCase(Locale.ROOT)))) {
                            out.addAll(entities(actors, s, List.of(d.dependent()), placeAsCountry, 1));
                        }
                        // "a U.N. Security Council resolution", "a NATO presence": the actor the noun belongs to
                        if (d.rel().equals("compound") || d.rel().equals("nmod:poss")) {
                            actors.at(s.index(), d.dependent()).filter(x -> !actors.isPlace(x)
                                    || actors.get(x).kind() == EntityKind.COUNTRY).ifPresent(out::add);
                        }
                    }
                }
                continue;
            }
            Entity ent = actors.get(e.get());
            if (ent.kind() == EntityKind.GROUP) {
                out.addAll(ent.members());
            } else if (ent.kind() == EntityKind.LOCATION) {
                // a capital speaks for its country ("Minsk rejected"); a visited city stands for its country
                Optional<EntityId> country = ent.country().flatMap(actors::country);
                if (country.isPresent() && (placeAsCountry || isCapital(ent))) {
                    out.add(country.get());
                } else if (isCapital(ent)) {
                    out.add(e.get()); // "Berlin rejected": the capital, coded with its country
                }
            } else if (ent.kind() != EntityKind.AGREEMENT) {
                out.add(e.get());
            }
        }
        return new ArrayList<>(out);
    }

    // ------------------------------------------------------------------ status, attribution, place

    static Status status(Sentence s, int i, Pos pos) {
        int head = pos == Pos.V ? i : Clauses.clauseHead(s, i).orElse(i);
        if (hasMark(s, head, Set.of("if", "unless", "whether"))) {
            return Status.HYPOTHETICAL; // "if GM cannot negotiate": neither a fact nor its denial
        }
        if (hasNegation(s, i) || hasNegation(s, head) || governedBy(s, i, NEG_GOVERNORS)) {
            return Status.NEGATED;
        }
        int top = head;
        while (s.head(top).filter(d -> d.rel().equals("xcomp")).isPresent()) {
            top = s.head(top).get().governor();
        }
        boolean reportedFuture = hasAux(s, head, Set.of("would")) && !hasAux(s, head, Set.of("could", "might", "may"))
                && speechComplement(s, top) && !hasMark(s, top, Set.of("if", "unless", "whether"));
        if (!reportedFuture && (hasMark(s, head, Set.of("if", "unless", "whether")) || hasAux(s, head, HYPO_AUX)
                || governedBy(s, i, HYPO_GOVERNORS))) {
            return Status.HYPOTHETICAL;
        }
        if (reportedFuture) {
            return Status.PLANNED; // "she said the two sides would meet in May": the future seen from the past
        }
        if (pos == Pos.N && s.children(i, "amod").stream().anyMatch(a -> PLAN_ADJ.contains(s.token(a).lemma()))) {
            return Status.PLANNED;
        }
        if (pos == Pos.N && s.head(i).filter(d -> d.baseRel().equals("nsubj")).isPresent()
                && (PLAN_GOVERNORS.contains(s.token(head).lemma()) || PLAN_ADJ.contains(s.token(head).lemma()))) {
            return Status.PLANNED; // "talks are due to take place", "the visit is scheduled for May"
        }
        if (Clauses.tense(s, head) == Clauses.Tense.FUTURE || governedBy(s, i, PLAN_GOVERNORS)
                && !(pos == Pos.V && s.token(i).lemma().equals("agree"))) {
            return Status.PLANNED;
        }
        return Status.OCCURRED;
    }

    /** True when the clause headed by {@code v} is what a speech verb reports: "X said (that) …". */
    private static boolean speechComplement(Sentence s, int v) {
        int cur = v;
        for (int hops = 0; hops < 2; hops++) {
            Optional<Dependency> up = s.head(cur);
            if (up.isEmpty() || up.get().governor() < 0) {
                return false;
            }
            if (up.get().rel().equals("ccomp") || up.get().rel().equals("parataxis")) {
                return QuoteFinder.SPEECH.contains(s.token(up.get().governor()).lemma());
            }
            if (!up.get().rel().equals("conj")) {
                return false;
            }
            cur = up.get().governor();
        }
        return false;
    }

    private static boolean hasNegation(Sentence s, int i) {
        for (Dependency d : s.children(i)) {
            String w = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
            if ((d.baseRel().equals("advmod") || d.baseRel().equals("det") || d.rel().equals("neg"))
                    && NEGATORS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasMark(Sentence s, int i, Set<String> marks) {
        return s.children(i, "mark").stream().anyMatch(m -> marks.contains(s.token(m).word().toLowerCase(Locale.ROOT)));
    }

    /** An auxiliary of the verb or of the verbs it is the complement of ("would continue to host"). */
    private static boolean hasAux(Sentence s, int i, Set<String> aux) {
        int cur = i;
        for (int hops = 0; hops < 3 && cur >= 0; hops++) {
            int v = cur;
            if (s.children(v, "aux").stream().anyMatch(m -> aux.contains(s.token(m).word().toLowerCase(Locale.ROOT)))) {
                return true;
            }
            Optional<Dependency> up = s.head(v);
            if (up.isEmpty() || !up.get().rel().equals("xcomp")) {
                return false;
            }
            cur = up.get().governor();
        }
        return false;
    }

    /** True when the trigger is the complement of a verb in {@code lemmas} ("refused to meet", "plans to visit"). */
    private static boolean governedBy(Sentence s, int i, Set<String> lemmas) {
        int cur = i;
        for (int hops = 0; hops < 3; hops++) {
            Optional<Dependency> up = s.head(cur);
            if (up.isEmpty() || up.get().governor() < 0) {
                return false;
            }
            String rel = up.get().rel();
            int g = up.get().governor();
            boolean complement = rel.equals("xcomp") || rel.equals("obj") || rel.equals("ccomp")
                    || rel.equals("conj");
            if (!complement) {
                return false;
            }
            if (lemmas.contains(s.token(g).lemma()) || lemmas.contains(s.token(g).word().toLowerCase(Locale.ROOT))
                    || rel.equals("xcomp") && s.children(g, "obj").stream().anyMatch(o ->
                    INTENT_NOUNS.contains(s.token(o).lemma()) && lemmas.contains(s.token(o).lemma()))) {
                // "expressed its readiness to cooperate": the intent sits on the light verb's object
                return true;
            }
            cur = g;
        }
        return false;
    }

    private static Optional<EntityId> attribution(AnnotatedDocument doc, Actors actors, List<Quote> quotes,
                                                  Sentence s, int i) {
        int at = s.token(i).start();
        for (Quote q : quotes) {
            if (q.start() <= at && at < q.end()) {
                return q.speaker();
            }
        }
        // reported speech: "X said (that) Y happened"
        int cur = Clauses.clauseHead(s, i).orElse(i);
        for (int hops = 0; hops < 3; hops++) {
            Optional<Dependency> up = s.head(cur);
            if (up.isEmpty() || up.get().governor() < 0) {
                break;
            }
            int g = up.get().governor();
            if (up.get().rel().equals("ccomp") && QuoteFinder.SPEECH.contains(s.token(g).lemma())) {
                for (int subj : s.children(g, "nsubj")) {
                    Optional<EntityId> e = actors.at(s.index(), subj);
                    if (e.isPresent()) {
                        return e;
                    }
                }
                break;
            }
            cur = g;
        }
        return Optional.empty();
    }

    private Optional<EntityId> location(Actors actors, Sentence s, int i, Draft d) {
        List<Integer> heads = new ArrayList<>();
        heads.add(i);
        Clauses.clauseHead(s, i).ifPresent(heads::add);
        for (int h : heads) {
            for (String p : PLACE_PREPS) {
                for (int t : prep(s, h, p)) {
                    Optional<EntityId> e = actors.at(s.index(), t).filter(actors::isPlace);
                    if (e.isPresent()) {
                        return e;
                    }
                }
            }
            // "… in Rabat, where the two countries agreed"
            Optional<Dependency> up = s.head(h);
            if (up.isPresent() && up.get().rel().equals("acl:relcl") && s.children(h, "advmod").stream()
                    .anyMatch(a -> s.token(a).word().equalsIgnoreCase("where"))) {
                Optional<EntityId> e = actors.at(s.index(), up.get().governor()).filter(actors::isPlace);
                if (e.isPresent()) {
                    return e;
                }
            }
        }
        // surface fallback: "signed … in Rabat" when the parse attached the place elsewhere
        for (int k = i + 1; k < Math.min(s.size() - 1, i + 8); k++) {
            if (PLACE_PREPS.contains(s.token(k).word().toLowerCase(Locale.ROOT))) {
                for (ActorMention m : actors.inSentence(s.index())) {
                    if (m.tokenBegin() == k + 1 && actors.get(m.entity()).kind() == EntityKind.LOCATION) {
                        return Optional.of(m.entity());
                    }
                }
            }
            if (k > i + 1 && s.token(k).pos().startsWith("VB")) {
                break;
            }
        }
        if (d.type == EventType.CONSULT && d.mode.filter("visit"::equals).isPresent()) {
            for (String role : d.rule.target()) {
                for (int t : roleTokens(s, i, role)) {
                    Optional<EntityId> e = actors.at(s.index(), t).filter(actors::isPlace);
                    if (e.isPresent()) {
                        return e;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private List<String> contexts(Sentence s) {
        List<String> out = new ArrayList<>();
        for (String[] cue : contextCues) {
            String[] words = cue[0].split(" ");
            for (int k = 0; k + words.length <= s.size(); k++) {
                boolean ok = true;
                for (int w = 0; w < words.length && ok; w++) {
                    Token t = s.token(k + w);
                    ok = t.lemma().equals(words[w]) || t.word().toLowerCase(Locale.ROOT).equals(words[w]);
                }
                if (ok && !out.contains(cue[1])) {
                    out.add(cue[1]);
                }
            }
        }
        return out;
    }

    /**
     * What a statement about a future or refused act is, as CAMEO and PLOVER code it: announced or offered
     * cooperation, aid, support or concessions are an expression of intent (AGREE, CAMEO 03); an announced
     * sanction, coercion or attack is a threat (THREATEN, 13); a refused cooperative act ("refused to", "will not")
     * is a rejection (REJECT, 12). Conditions ("if they attack") and speculation ("Iran could attack") stay
     * hypothetical, a failure ("failed to sign") negated: nobody has announced anything.
     */
    private void recode(Draft d, Sentence s, int i) {
        int head = d.rule.pos() == Pos.V ? i : Clauses.clauseHead(s, i).orElse(i);
        boolean conditional = hasMark(s, head, Set.of("if", "unless", "whether"));
        if (conditional) {
            return;
        }
        boolean offered = governedBy(s, i, OFFER_GOVERNORS);
        boolean requested = governedBy(s, i, REQUEST_GOVERNORS);
        EventType t = d.type;
        boolean cooperative = t == EventType.COOPERATE || t == EventType.AID || t == EventType.SUPPORT
                || t == EventType.RETREAT || t == EventType.CONCEDE;
        if (cooperative && (d.status == Status.PLANNED || offered && d.status == Status.HYPOTHETICAL)) {
            intentInstead(d);
            return;
        }
        if (t == EventType.CONSULT && offered && (d.status == Status.HYPOTHETICAL || d.status == Status.PLANNED)) {
            recodeAs(d, EventType.AGREE, "036", "EV-INTENT"); // "offered to negotiate", "is willing to resume talks"
            return;
        }
        boolean forceful = t == EventType.SANCTION || t == EventType.COERCE || t == EventType.ASSAULT;
        if (forceful && !requested && d.status == Status.PLANNED) {
            String code = t == EventType.SANCTION ? "1312" : t == EventType.ASSAULT ? "138"
                    : d.cameo.equals("1723") ? "1323" : d.cameo.equals("1724") ? "1324" : "132";
            recodeAs(d, EventType.THREATEN, code, "EV-THREAT");
            return;
        }
        boolean refused = governedBy(s, i, REFUSALS) || hasAux(s, head, Set.of("will", "would", "wo"))
                && (hasNegation(s, i) || hasNegation(s, head));
        if (d.status == Status.NEGATED && refused && (cooperative || t == EventType.AGREE || t == EventType.CONSULT)) {
            String code = switch (t) {
                case CONSULT -> "125";
                case AID -> "122";
                case COOPERATE -> "121";
                case RETREAT, CONCEDE -> "124";
                case AGREE -> "127";
                default -> "120";
            };
            recodeAs(d, EventType.REJECT, code, "EV-REFUSE");
        }
    }

    private void recodeAs(Draft d, EventType type, String code, String rule) {
        if (cameo.byCode(code).isEmpty()) {
            return;
        }
        d.status = Status.OCCURRED; // the statement (offer, threat, refusal) happened
        d.type = type;
        d.mode = Optional.empty();
        d.cameo = code;
        d.rules.add(rule);
    }

    /**
     * Planned cooperation, aid, support or concessions are coded as the stated intent (CAMEO 03x: 031x, 033x, 032,
     * 035), as CAMEO and PLOVER's AGREE ("promise to …") do. Planned meetings stay CONSULT: a scheduled meeting is
     * itself the event analysts follow.
     */
    private void intentInstead(Draft d) {
        String code = switch (d.cameo) {
            case "061" -> "0311";
            case "062" -> "0312";
            case "063" -> "0313";
            case "064" -> "0314";
            case "071" -> "0331";
            case "072" -> "0332";
            case "073" -> "0333";
            case "074" -> "0334";
            default -> switch (d.type) {
                case AID -> "033";
                case SUPPORT -> "032";
                case RETREAT, CONCEDE -> "035";
                default -> "031";
            };
        };
        if (cameo.byCode(code).isPresent()) {
            d.status = Status.OCCURRED; // the statement of intent happened; what it announces lies ahead
            d.type = EventType.AGREE;
            d.mode = Optional.empty();
            d.cameo = code;
            d.rules.add("EV-INTENT");
        }
    }

    /** A general agreement or cooperation code made specific by the contexts of its sentence. */
    private void refineCameo(Draft d) {
        if (d.cameo.equals("030") || d.cameo.equals("031")) {
            String specific = d.contexts.contains("military") ? "0312"
                    : d.contexts.contains("intelligence") ? "0314"
                    : d.contexts.contains("economic") ? "0311" : null;
            if (specific != null && cameo.byCode(specific).isPresent()) {
                d.cameo = specific;
                d.rules.add("EV-CTX");
            }
        } else if (d.cameo.equals("060")) {
            String specific = d.contexts.contains("military") ? "062"
                    : d.contexts.contains("intelligence") ? "064"
                    : d.contexts.contains("economic") ? "061" : null;
            if (specific != null && cameo.byCode(specific).isPresent()) {
                d.cameo = specific;
                d.rules.add("EV-CTX");
            }
        }
    }

    // ------------------------------------------------------------------ one event per happening

    private static List<Draft> merge(List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            Draft into = null;
            for (int k = out.size() - 1; k >= 0; k--) {
                if (d.anaphoric ? out.get(k).type == d.type && out.get(k).mode.equals(d.mode)
                        && out.get(k).sentence.index() < d.sentence.index() : sameHappening(out.get(k), d)) {
                    into = out.get(k);
                    break;
                }
            }
            if (into == null) {
                if (!d.anaphoric) {
                    out.add(d); // an anaphoric mention with nothing before it to refer to codes nothing
                }
                continue;
            }
            into.reports.add(d.evidence);
            into.contexts.addAll(d.contexts);
            into.rules.add("EV-MERGE:" + d.rule.id());
            if (into.target.isEmpty()) {
                into.target.addAll(d.target);
                into.target.removeAll(into.source);
            }
            if (into.location.isEmpty()) {
                into.location = d.location;
            }
            if (weak(into.date) && !weak(d.date)) {
                into.date = d.date;
            }
            into.confidence = Math.min(0.99, Math.max(into.confidence, d.confidence) + 0.03);
        }
        return out;
    }

    private static boolean sameHappening(Draft a, Draft b) {
        if (a.type != b.type) {
            return false;
        }
        if (!a.mode.equals(b.mode) || a.status != b.status) {
            return false;
        }
        Set<EntityId> pa = new LinkedHashSet<>(a.source);
        pa.addAll(a.target);
        Set<EntityId> pb = new LinkedHashSet<>(b.source);
        pb.addAll(b.target);
        if (!(pa.containsAll(pb) || pb.containsAll(pa))) {
            return false;
        }
        return weak(a.date) || weak(b.date) || a.date.overlaps(b.date);
    }

    private static boolean weak(EventDate d) {
        return d.basis() == Basis.DOCUMENT || d.basis() == Basis.TENSE;
    }
}

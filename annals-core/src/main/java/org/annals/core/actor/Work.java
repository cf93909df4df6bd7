package org.annals.core.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.annals.core.annotate.AnnotatedDocument;
import org.annals.core.annotate.Dependency;
import org.annals.core.annotate.Sentence;
import org.annals.model.Entity;
import org.annals.model.EntityId;
import org.annals.model.EntityKind;
import org.annals.model.Mention;

/** Per-document working state. */
final class Work {
    final AnnotatedDocument doc;
    final Map<String, Draft> drafts = new LinkedHashMap<>();
    final List<Draft> order = new ArrayList<>();
    final List<ActorMention> mentions = new ArrayList<>();
    final Map<ActorMention, Draft> owner = new LinkedHashMap<>();
    /** Demonyms that modify an actor ("Brazilian" in "Brazilian Foreign Minister …"), in text order. */
    final List<CountryRef> refs = new ArrayList<>();
    /** Countries each sentence names by name or demonym, by sentence index (ActorResolver.namedIn). */
    final Map<Integer, Set<String>> namedCountries = new HashMap<>();
    /** Countries of the cities and regions the article names, computed once (ActorResolver.placedInDocument). */
    Set<String> placedCountries;

    Work(AnnotatedDocument doc) {
        this.doc = doc;
    }

    Draft draft(String key, EntityKind kind, String name) {
        return drafts.computeIfAbsent(key, k -> {
            Draft d = new Draft(k, kind, name, order.size() + 1);
            order.add(d);
            return d;
        });
    }

    Draft group(List<Draft> members) {
        TreeSet<String> keys = new TreeSet<>();
        members.forEach(m -> keys.add(m.key));
        List<Draft> sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparingInt(m -> m.number));
        String name = String.join(" and ", sorted.stream().map(m -> m.name).toList());
        Draft g = draft("G:" + String.join("+", keys), EntityKind.GROUP, name);
        if (g.members.isEmpty()) {
            g.members.addAll(sorted);
        }
        return g;
    }

    Draft byId(EntityId id) {
        for (Map.Entry<ActorMention, Draft> e : owner.entrySet()) {
            if (e.getKey().entity().equals(id)) {
                return e.getValue();
            }
        }
        throw new IllegalStateException("no draft " + id);
    }

    String text(Sentence s, int b, int e) {
        if (e <= b) {
            return "";
        }
        return doc.text().substring(s.token(b).start(), s.token(e - 1).end());
    }

    int head(Sentence s, int b, int e) {
        for (int i = e - 1; i >= b; i--) {
            int g = s.head(i).map(Dependency::governor).orElse(-1);
            if (g < b || g >= e) {
                return i;
            }
        }
        return e - 1;
    }

    void mention(Draft d, Sentence s, int b, int e, String how) {
        mention(d, s, b, e, how, head(s, b, e));
    }

    void mention(Draft d, Sentence s, int b, int e, String how, int head) {
        for (ActorMention m : mentions) {
            if (m.sentence() == s.index() && m.tokenBegin() == b && m.tokenEnd() == e) {
                return;
            }
        }
        ActorMention m = new ActorMention(EntityId.of(d.number), s.index(), b, e, head, s.token(b).start(),
                s.token(e - 1).end(), how);
        mentions.add(m);
        owner.put(m, d);
    }

    /** Whether a COUNTRY entity of this code has been mentioned. */
    boolean isNamed(String alpha3) {
        return owner.entrySet().stream().anyMatch(x -> x.getValue().kind == EntityKind.COUNTRY
                && alpha3.equals(x.getValue().country));
    }

    /** The organisation last mentioned whose head phrase is this one ("army"). */
    Optional<Draft> lastWithHead(String phrase) {
        ActorMention best = null;
        for (ActorMention m : mentions) {
            if (phrase.equals(owner.get(m).head) && (best == null || m.start() > best.start())) {
                best = m;
            }
        }
        return Optional.ofNullable(best).map(owner::get);
    }

    /** The smallest mention covering token {@code i} of sentence {@code s}, if any. */
    Optional<Draft> at(Sentence s, int i) {
        ActorMention best = null;
        for (ActorMention m : mentions) {
            if (m.covers(s.index(), i) && (best == null
                    || m.tokenEnd() - m.tokenBegin() < best.tokenEnd() - best.tokenBegin())) {
                best = m;
            }
        }
        return Optional.ofNullable(best).map(owner::get);
    }

    /** Gives every mention of {@code from} to {@code to}: two drafts turned out to be one entity. */
    void moveMentions(Draft from, Draft to) {
        for (Map.Entry<ActorMention, Draft> e : owner.entrySet()) {
            if (e.getValue() == from) {
                e.setValue(to);
            }
        }
        for (Draft d : order) {
            d.members.replaceAll(m -> m == from ? to : m);
            if (d.memberOf == from) {
                d.memberOf = to;
            }
        }
    }

    /** Registers another key for a draft: the role "R:EGY:defence minister" of a named person. */
    void alias(String key, Draft d) {
        drafts.putIfAbsent(key, d);
    }

    boolean hasMention(Draft d) {
        return owner.containsValue(d);
    }

    boolean covered(Sentence s, int i) {
        return mentions.stream().anyMatch(m -> m.covers(s.index(), i));
    }

    boolean overlapsAny(Sentence s, int b, int e) {
        return mentions.stream().anyMatch(m -> m.sentence() == s.index() && m.tokenBegin() < e && b < m.tokenEnd());
    }

    boolean coveredByKind(Sentence s, int b, int e, EntityKind kind) {
        return owner.entrySet().stream().anyMatch(x -> x.getValue().kind == kind && x.getKey().sentence() == s.index()
                && x.getKey().tokenBegin() <= b && e <= x.getKey().tokenEnd());
    }

    boolean overlapsKind(Sentence s, int b, int e, EntityKind kind) {
        return owner.entrySet().stream().anyMatch(x -> x.getValue().kind == kind
                && x.getKey().sentence() == s.index() && x.getKey().tokenBegin() < e && b < x.getKey().tokenEnd());
    }

    List<ActorMention> mentionsIn(Sentence s, int b, int e) {
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention m : mentions) {
            if (m.sentence() == s.index() && b <= m.tokenBegin() && m.tokenEnd() <= e) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparingInt(ActorMention::tokenBegin));
        return out;
    }

    Optional<Draft> personBySurname(String word) {
        for (Draft d : order) {
            if (d.kind == EntityKind.PERSON && word.equals(d.surname())) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The person mentioned last before {@code offset}, within the two sentences before. */
    Optional<Draft> recentPerson(int offset, int sentence, boolean subjectFirst) {
        // a subject pronoun continues the last person who was a subject ("X met Y. He said …" is X)
        if (subjectFirst) {
            ActorMention best = null;
            for (ActorMention m : mentions) {
                Draft d = owner.get(m);
                if (d.kind == EntityKind.PERSON && m.end() <= offset && sentence - m.sentence() <= 2
                        && isSubject(m) && (best == null || m.start() > best.start())) {
                    best = m;
                }
            }
            if (best != null) {
                return Optional.of(owner.get(best));
            }
        }
        ActorMention best = null;
        for (ActorMention m : mentions) {
            Draft d = owner.get(m);
            if (d.kind == EntityKind.PERSON && m.end() <= offset && sentence - m.sentence() <= 2
                    && (best == null || m.start() > best.start())) {
                best = m;
            }
        }
        return Optional.ofNullable(best).map(owner::get);
    }

    private boolean isSubject(ActorMention m) {
        Sentence s = doc.sentences().get(m.sentence());
        Optional<Dependency> up = s.head(m.head());
        if (up.isEmpty()) {
            return false;
        }
        if (up.get().baseRel().equals("nsubj")) {
            return true;
        }
        // "General X, the head of …, said": the apposition's anchor is the subject
        return up.get().rel().equals("appos") && s.head(up.get().governor())
                .map(d -> d.baseRel().equals("nsubj")).orElse(false);
    }

    /**
     * "they": the group or plural-headed organization mentioned last before {@code offset}, in this sentence or
     * the one before ("the two countries … they", "Fijian rebels said they would …").
     */
    Optional<Draft> recentPlural(int offset, int sentence) {
        ActorMention best = null;
        for (ActorMention m : mentions) {
            Draft d = owner.get(m);
            if (m.end() > offset || sentence - m.sentence() > 1) {
                continue;
            }
            String pos = doc.sentences().get(m.sentence()).token(m.head()).pos();
            boolean plural = d.kind == EntityKind.GROUP
                    || d.kind == EntityKind.ORGANIZATION && (pos.equals("NNS") || pos.equals("NNPS"));
            if (plural && (best == null || m.start() > best.start())) {
                best = m;
            }
        }
        return Optional.ofNullable(best).map(owner::get);
    }

    List<Draft> recentPersons(int offset, int size) {
        List<ActorMention> before = new ArrayList<>();
        for (ActorMention m : mentions) {
            if (owner.get(m).kind == EntityKind.PERSON && m.end() <= offset) {
                before.add(m);
            }
        }
        before.sort(Comparator.comparingInt(ActorMention::start).reversed());
        LinkedHashSet<Draft> out = new LinkedHashSet<>();
        for (ActorMention m : before) {
            out.add(owner.get(m));
            if (out.size() == size) {
                break;
            }
        }
        return new ArrayList<>(out);
    }

    Actors freeze() {
        // number entities by first mention, in text order
        List<Draft> used = new ArrayList<>();
        mentions.sort(Comparator.comparingInt(ActorMention::start).thenComparingInt(ActorMention::end));
        for (ActorMention m : mentions) {
            Draft d = owner.get(m);
            if (!used.contains(d)) {
                used.add(d);
            }
        }
        for (Draft d : order) {
            if (d.memberOf != null && !used.contains(d.memberOf)) {
                d.memberOf = null;
            }
        }
        Map<Draft, EntityId> ids = new LinkedHashMap<>();
        for (int i = 0; i < used.size(); i++) {
            ids.put(used.get(i), EntityId.of(i + 1));
        }
        List<ActorMention> finalMentions = new ArrayList<>();
        Map<Draft, List<Mention>> byDraft = new LinkedHashMap<>();
        for (ActorMention m : mentions) {
            Draft d = owner.get(m);
            finalMentions.add(new ActorMention(ids.get(d), m.sentence(), m.tokenBegin(), m.tokenEnd(), m.head(),
                    m.start(), m.end(), m.how()));
            byDraft.computeIfAbsent(d, k -> new ArrayList<>()).add(Mention.of(doc.text(), m.start(), m.end()));
        }
        List<Entity> entities = new ArrayList<>();
        for (Draft d : used) {
            String country = d.country;
            String sector = d.sector;
            if (d.kind == EntityKind.PERSON) {
                if (d.memberOf != null) {
                    country = country != null ? country : d.memberOf.country;
                    sector = sector != null ? sector : d.memberOf.sector;
                }
                country = country != null ? country : d.countryHint;
                sector = sector != null ? sector : d.titleSector;
            }
            if (d.kind == EntityKind.COUNTRY) {
                sector = null;
            }
            entities.add(new Entity(ids.get(d), d.kind, d.name, Optional.ofNullable(country),
                    Optional.ofNullable(sector), d.titles, d.former,
                    Optional.ofNullable(d.memberOf).map(ids::get),
                    d.members.stream().filter(ids::containsKey).map(ids::get).toList(), byDraft.get(d)));
        }
        return new Actors(entities, finalMentions);
    }
}

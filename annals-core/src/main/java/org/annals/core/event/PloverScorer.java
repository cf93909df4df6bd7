package org.annals.core.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annals.model.ArticleRecord;
import org.annals.model.Entity;
import org.annals.model.EntityId;
import org.annals.model.EntityKind;
import org.annals.model.Event;
import org.annals.model.EventType;

/**
 * Scores the events Annals codes for PLOVER gold sentences (each run as a one-sentence article).
 *
 * <p>Definitions (also printed by {@code annals eval plover}):
 * <ul>
 *   <li><b>per type</b>: a sentence counts as predicting type T when any of its events has type T. For T,
 *       TP = sentences of gold type T predicting T; FP = sentences of another gold type predicting T;
 *       FN = sentences of gold type T not predicting T. P = TP/(TP+FP), R = TP/(TP+FN), F1 their harmonic mean.</li>
 *   <li><b>top-1 accuracy</b>: the type of the sentence's highest-confidence event (ties: the earliest trigger)
 *       equals the gold type; a sentence with no event counts as wrong.</li>
 *   <li><b>confusion</b>: gold type (rows) × top-1 type (columns, NONE = no event).</li>
 *   <li><b>events per sentence</b>: all events coded / sentences.</li>
 *   <li><b>source / target country accuracy</b>: among sentences where some event has the gold type, the
 *       highest-confidence such event is taken; its source (target) countries are the country codes of its
 *       source (target) entities, groups opened into their members. Correct when one of the gold codes is among
 *       them; sentences whose gold has no source (target) code are left out (a gold target {@code ""}, a
 *       string such as {@code "diplomatic"}, or none: no recipient). Compound gold actors and several gold
 *       target codes: any one of them counts. An IGO is coded {@code IGO} on both sides. Gold group codes Annals
 *       never produces ({@code NGO}, {@code IMG}, {@code ISM}: a non-state actor has no country in a record)
 *       stay in the total and count as misses. A reciprocal event (a meeting, a joint agreement) has all its
 *       parties as source and no target, so a gold target there counts as missed. {@code exact} asks for the
 *       same set.</li>
 *   <li><b>source sector accuracy</b>: as source country, with the gold sectors' first three letters
 *       ({@code CVLalb} is CVL; {@code ***} is no sector) against the sectors of the source entities.</li>
 * </ul>
 * Not thread-safe: add from one thread.
 */
public final class PloverScorer {

    /** What was coded for one gold sentence. */
    public record Outcome(PloverGold gold, List<EventType> types, Optional<EventType> top, Set<String> sourceCountries,
                          Set<String> targetCountries, Set<String> sourceSectors, int events) {
        public Outcome {
            types = List.copyOf(types);
            sourceCountries = Set.copyOf(sourceCountries);
            targetCountries = Set.copyOf(targetCountries);
            sourceSectors = Set.copyOf(sourceSectors);
        }

        public boolean found() { return types.contains(gold.type()); }

        public boolean topRight() { return top.filter(t -> t == gold.type()).isPresent(); }
    }

    /** Precision, recall and F1 of one type. */
    public record TypeScore(EventType type, int tp, int fp, int fn) {
        public int support() { return tp + fn; }

        public double precision() { return tp + fp == 0 ? 0 : (double) tp / (tp + fp); }

        public double recall() { return tp + fn == 0 ? 0 : (double) tp / (tp + fn); }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** A proportion with its counts. */
    public record Ratio(int right, int total) {
        public double value() { return total == 0 ? 0 : (double) right / total; }
    }

    private final List<Outcome> outcomes = new ArrayList<>();

    /** Adds the record extracted from the gold sentence; an empty record (extraction failed) has no events. */
    public Outcome add(PloverGold gold, Optional<ArticleRecord> record) {
        List<Event> events = record.map(ArticleRecord::events).orElse(List.of());
        List<EventType> types = events.stream().map(Event::type).distinct().toList();
        Optional<Event> top = events.stream().min(Comparator.comparingDouble((Event e) -> -e.confidence())
                .thenComparingInt(e -> e.trigger().start()));
        Optional<Event> ofGold = events.stream().filter(e -> e.type() == gold.type())
                .min(Comparator.comparingDouble((Event e) -> -e.confidence()).thenComparingInt(e -> e.trigger().start()));
        Set<String> src = new LinkedHashSet<>();
        Set<String> tgt = new LinkedHashSet<>();
        Set<String> sectors = new LinkedHashSet<>();
        if (ofGold.isPresent()) {
            ArticleRecord r = record.orElseThrow();
            for (EntityId id : ofGold.get().source()) {
                for (Entity e : open(r, id)) {
                    e.country().ifPresent(src::add);
                    e.sector().ifPresent(sectors::add);
                }
            }
            for (EntityId id : ofGold.get().target()) {
                open(r, id).forEach(e -> e.country().ifPresent(tgt::add));
            }
        }
        Outcome o = new Outcome(gold, types, top.map(Event::type), src, tgt, sectors, events.size());
        outcomes.add(o);
        return o;
    }

    private static List<Entity> open(ArticleRecord r, EntityId id) {
        Optional<Entity> e = r.entity(id);
        if (e.isEmpty()) {
            return List.of();
        }
        if (e.get().kind() != EntityKind.GROUP) {
            return List.of(e.get());
        }
        List<Entity> out = new ArrayList<>();
        for (EntityId m : e.get().members()) {
            r.entity(m).ifPresent(out::add);
        }
        return out;
    }

    public List<Outcome> outcomes() { return List.copyOf(outcomes); }

    public int sentences() { return outcomes.size(); }

    public double eventsPerSentence() {
        return outcomes.isEmpty() ? 0 : outcomes.stream().mapToInt(Outcome::events).sum() / (double) outcomes.size();
    }

    public Ratio top1() {
        return new Ratio((int) outcomes.stream().filter(Outcome::topRight).count(), outcomes.size());
    }

    /** Sentences where some event has the gold type. */
    public Ratio found() {
        return new Ratio((int) outcomes.stream().filter(Outcome::found).count(), outcomes.size());
    }

    public Ratio sourceCountry() {
        return countries(true, false);
    }

    public Ratio targetCountry() {
        return countries(false, false);
    }

    public Ratio sourceCountryExact() {
        return countries(true, true);
    }

    public Ratio targetCountryExact() {
        return countries(false, true);
    }

    private Ratio countries(boolean source, boolean exact) {
        int right = 0;
        int total = 0;
        for (Outcome o : outcomes) {
            Set<String> gold = source ? o.gold().sourceCodes() : o.gold().targetCodes();
            if (!o.found() || gold.isEmpty()) {
                continue;
            }
            Set<String> ours = source ? o.sourceCountries() : o.targetCountries();
            total++;
            if (exact ? ours.equals(gold) : ours.stream().anyMatch(gold::contains)) {
                right++;
            }
        }
        return new Ratio(right, total);
    }

    /** Source sector: one of the gold sectors among ours, over found sentences whose gold has a sector. */
    public Ratio sourceSector() {
        int right = 0;
        int total = 0;
        for (Outcome o : outcomes) {
            if (!o.found() || o.gold().sourceSectors().isEmpty()) {
                continue;
            }
            total++;
            if (o.sourceSectors().stream().anyMatch(o.gold().sourceSectors()::contains)) {
                right++;
            }
        }
        return new Ratio(right, total);
    }

    /** Scores of every type that is gold or predicted somewhere, in PLOVER order. */
    public List<TypeScore> perType() {
        Map<EventType, int[]> c = new EnumMap<>(EventType.class);
        for (Outcome o : outcomes) {
            c.computeIfAbsent(o.gold().type(), k -> new int[3]);
            for (EventType t : o.types()) {
                c.computeIfAbsent(t, k -> new int[3])[t == o.gold().type() ? 0 : 1]++;
            }
            if (!o.found()) {
                c.get(o.gold().type())[2]++;
            }
        }
        List<TypeScore> out = new ArrayList<>();
        c.forEach((t, n) -> out.add(new TypeScore(t, n[0], n[1], n[2])));
        return out;
    }

    /** Micro-averaged over types: the sums of TP, FP, FN. */
    public TypeScore micro() {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (TypeScore s : perType()) {
            tp += s.tp();
            fp += s.fp();
            fn += s.fn();
        }
        return new TypeScore(null, tp, fp, fn);
    }

    /** Gold type → top-1 type name ({@code NONE} when no event) → count. */
    public Map<EventType, Map<String, Integer>> confusion() {
        Map<EventType, Map<String, Integer>> out = new EnumMap<>(EventType.class);
        for (Outcome o : outcomes) {
            out.computeIfAbsent(o.gold().type(), k -> new LinkedHashMap<>())
                    .merge(o.top().map(Enum::name).orElse("NONE"), 1, Integer::sum);
        }
        return out;
    }

    /** The report as text: per-type table, summary lines, confusion matrix. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-10s %5s %5s %5s %5s  %5s %5s %5s%n", "type", "gold", "tp", "fp", "fn",
                "P", "R", "F1"));
        for (TypeScore s : perType()) {
            sb.append(String.format(Locale.ROOT, "%-10s %5d %5d %5d %5d  %5.2f %5.2f %5.2f%n", s.type(), s.support(),
                    s.tp(), s.fp(), s.fn(), s.precision(), s.recall(), s.f1()));
        }
        TypeScore m = micro();
        sb.append(String.format(Locale.ROOT, "%-10s %5d %5d %5d %5d  %5.2f %5.2f %5.2f%n", "micro", m.support(), m.tp(),
                m.fp(), m.fn(), m.precision(), m.recall(), m.f1()));
        sb.append('\n');
        line(sb, "sentences", sentences());
        sb.append(String.format(Locale.ROOT, "%-28s %.3f%n", "top-1 type accuracy", top1().value()))
                .append(String.format(Locale.ROOT, "%-28s %d/%d%n", "", top1().right(), top1().total()));
        ratio(sb, "gold type found", found());
        sb.append(String.format(Locale.ROOT, "%-28s %.2f%n", "events per sentence", eventsPerSentence()));
        ratio(sb, "source country accuracy", sourceCountry());
        ratio(sb, "target country accuracy", targetCountry());
        ratio(sb, "source country exact", sourceCountryExact());
        ratio(sb, "target country exact", targetCountryExact());
        ratio(sb, "source sector accuracy", sourceSector());
        sb.append("\nconfusion (rows gold, columns top-1; NONE = no event)\n");
        List<String> cols = new ArrayList<>();
        for (EventType t : EventType.values()) {
            cols.add(t.name());
        }
        cols.add("NONE");
        List<String> used = new ArrayList<>();
        Map<EventType, Map<String, Integer>> conf = confusion();
        for (String col : cols) {
            if (conf.values().stream().anyMatch(r -> r.containsKey(col))) {
                used.add(col);
            }
        }
        sb.append(String.format(Locale.ROOT, "%-10s", ""));
        for (String col : used) {
            sb.append(String.format(Locale.ROOT, " %4s", col.substring(0, Math.min(4, col.length()))));
        }
        sb.append('\n');
        conf.forEach((gold, row) -> {
            sb.append(String.format(Locale.ROOT, "%-10s", gold));
            for (String col : used) {
                int n = row.getOrDefault(col, 0);
                sb.append(String.format(Locale.ROOT, " %4s", n == 0 ? "." : Integer.toString(n)));
            }
            sb.append('\n');
        });
        return sb.toString();
    }

    private static void line(StringBuilder sb, String label, int n) {
        sb.append(String.format(Locale.ROOT, "%-28s %d%n", label, n));
    }

    private static void ratio(StringBuilder sb, String label, Ratio r) {
        sb.append(String.format(Locale.ROOT, "%-28s %.3f (%d/%d)%n", label, r.value(), r.right(), r.total()));
    }

    /** The numbers as nested maps and lists, ready for a JSON writer. */
    public Map<String, Object> json() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sentences", sentences());
        out.put("top1Accuracy", round(top1().value()));
        out.put("top1Right", top1().right());
        out.put("goldTypeFound", round(found().value()));
        out.put("eventsPerSentence", round(eventsPerSentence()));
        out.put("sourceCountryAccuracy", ratioJson(sourceCountry()));
        out.put("targetCountryAccuracy", ratioJson(targetCountry()));
        out.put("sourceCountryExact", ratioJson(sourceCountryExact()));
        out.put("targetCountryExact", ratioJson(targetCountryExact()));
        out.put("sourceSectorAccuracy", ratioJson(sourceSector()));
        Map<String, Object> types = new LinkedHashMap<>();
        for (TypeScore s : perType()) {
            types.put(s.type().name(), typeJson(s));
        }
        out.put("perType", types);
        out.put("micro", typeJson(micro()));
        Map<String, Object> conf = new LinkedHashMap<>();
        confusion().forEach((k, v) -> conf.put(k.name(), v));
        out.put("confusion", conf);
        return out;
    }

    private static Map<String, Object> typeJson(TypeScore s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("gold", s.support());
        m.put("tp", s.tp());
        m.put("fp", s.fp());
        m.put("fn", s.fn());
        m.put("precision", round(s.precision()));
        m.put("recall", round(s.recall()));
        m.put("f1", round(s.f1()));
        return m;
    }

    private static Map<String, Object> ratioJson(Ratio r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", round(r.value()));
        m.put("right", r.right());
        m.put("total", r.total());
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}

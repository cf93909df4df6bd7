package org.annals.core.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annals.core.annotate.AnnotatedDocument;
import org.annals.core.annotate.Clauses;
import org.annals.core.annotate.Dependency;
import org.annals.core.annotate.Sentence;
import org.annals.core.annotate.Token;
import org.annals.model.Basis;
import org.annals.model.EventDate;
import org.annals.model.TimeMention;
import org.annals.model.TimeType;

/**
 * Dates an event from its trigger's place in the text, in this order:
 * <ol>
 *   <li>"X came just over a month after Y": events on Y's side are X's date minus the duration (anchored);</li>
 *   <li>a calendar time expression in the trigger's clause, or in a clause it hangs from (explicit; anchored when
 *       the expression itself was anchored, "a year after that in November");</li>
 *   <li>"during / after the visit": the date of the earlier event named (anchored);</li>
 *   <li>tense: a planned event is open from the article's date on; a past perfect one lies before it;</li>
 *   <li>the article's date (document).</li>
 * </ol>
 * Stateless and thread-safe.
 */
public final class EventDater {
    private static final Set<String> EVENT_PREPS = Set.of("during", "after", "before", "since", "following", "ahead");
    private static final Set<String> MORE = Set.of("just over", "more than", "over", "at least");
    private static final Set<String> LESS = Set.of("nearly", "almost", "just under", "less than", "under", "barely");

    /** An event already dated, that later events may be anchored on. */
    public record Dated(int sentence, int token, String lemma, EventDate date, boolean planned) {
    }

    public EventDate date(AnnotatedDocument doc, Timeline timeline, int sentence, int trigger, boolean planned,
                          List<Dated> earlier) {
        Sentence s = doc.sentences().get(sentence);
        LocalDate dct = doc.document().date();
        Optional<EventDate> rel = relativeClause(doc, timeline, s, trigger, earlier);
        if (rel.isPresent()) {
            return rel.get();
        }
        Optional<ResolvedTime> own = clauseTime(timeline, s, trigger);
        if (own.isPresent()) {
            TimeMention m = own.get().mention();
            boolean anchored = m.rule().map(r -> r.equals("TR-ANCHOR")).orElse(false);
            String text = anchored ? anchorText(doc, timeline, own.get()) : withPreposition(doc, s, own.get());
            return new EventDate(m.value(), m.earliest(), m.latest(), Optional.of(text),
                    anchored ? Basis.ANCHORED : Basis.EXPLICIT);
        }
        Optional<EventDate> during = eventAnchor(doc, s, planned, earlier);
        if (during.isPresent()) {
            return during.get();
        }
        if (planned) {
            return new EventDate("FUTURE_REF", Optional.of(dct), Optional.empty(), Optional.empty(), Basis.TENSE);
        }
        Optional<Integer> head = Clauses.clauseHead(s, trigger);
        if (head.isPresent() && pastPerfect(s, head.get())) {
            return new EventDate("PAST_REF", Optional.empty(), Optional.of(dct), Optional.empty(), Basis.TENSE);
        }
        return new EventDate(dct.toString(), Optional.of(dct), Optional.of(dct), Optional.empty(), Basis.DOCUMENT);
    }

    /** "X came [just over] a month after Y", for a trigger on Y's side. */
    private Optional<EventDate> relativeClause(AnnotatedDocument doc, Timeline timeline, Sentence s, int trigger,
                                               List<Dated> earlier) {
        for (ResolvedTime rt : timeline.inSentence(s.index())) {
            TimeMention m = rt.mention();
            if (m.type() != TimeType.DURATION || rt.tokenEnd() >= s.size()) {
                continue;
            }
            String w = s.token(rt.tokenEnd()).word().toLowerCase(Locale.ROOT);
            if (!(w.equals("after") || w.equals("before")) || trigger <= rt.tokenEnd()) {
                continue;
            }
            if (TimeResolver.anchorAfter(s, rt.tokenEnd(), m.value()).isPresent()) {
                continue; // "a year after that": anaphoric, handled by the time stage
            }
            Optional<TimeValues.Amount> amount = TimeValues.amount(m.value());
            Optional<LocalDate> x = referenceBefore(timeline, s, rt.tokenBegin(), earlier);
            if (amount.isEmpty() || x.isEmpty()) {
                continue;
            }
            String lower = m.text().toLowerCase(Locale.ROOT);
            double lo = 1.0;
            double hi = 1.0;
            if (MORE.stream().anyMatch(lower::startsWith)) {
                hi = 1.5;
            } else if (LESS.stream().anyMatch(lower::startsWith)) {
                lo = 0.5;
            } else if (amount.get().unit() == 'M' || amount.get().unit() == 'Y') {
                lo = 0.9;
                hi = 1.1;
            }
            long days = Math.round(amount.get().count() * switch (amount.get().unit()) {
                case 'Y' -> 365.25;
                case 'M' -> 30.44;
                case 'W' -> 7;
                default -> 1;
            });
            int sign = w.equals("after") ? -1 : 1;
            LocalDate exact = amount.get().addTo(x.get(), sign);
            LocalDate a = lo == 1.0 ? exact : x.get().plusDays(sign * Math.round(days * lo));
            LocalDate b = hi == 1.0 ? exact : x.get().plusDays(sign * Math.round(days * hi));
            LocalDate earliest = a.isBefore(b) ? a : b;
            LocalDate latest = a.isBefore(b) ? b : a;
            LocalDate point = sign < 0 ? latest : earliest;
            String value = amount.get().unit() == 'D' || amount.get().unit() == 'W' ? point.toString()
                    : amount.get().unit() == 'Y' ? Integer.toString(point.getYear()) : YearMonth.from(point).toString();
            String text = doc.text().substring(m.start(), s.token(rt.tokenEnd()).end());
            return Optional.of(new EventDate(value, Optional.of(earliest), Optional.of(latest), Optional.of(text),
                    Basis.ANCHORED));
        }
        return Optional.empty();
    }

    /** The date of the X side: a calendar date before the duration in this sentence, else the last dated event. */
    private Optional<LocalDate> referenceBefore(Timeline timeline, Sentence s, int before, List<Dated> earlier) {
        for (ResolvedTime rt : timeline.inSentence(s.index())) {
            if (rt.tokenEnd() <= before && rt.mention().type() == TimeType.DATE && rt.mention().earliest().isPresent()) {
                return rt.mention().earliest();
            }
        }
        for (int i = earlier.size() - 1; i >= 0; i--) {
            EventDate d = earlier.get(i).date();
            if (!earlier.get(i).planned() && (d.basis() == Basis.EXPLICIT || d.basis() == Basis.ANCHORED)
                    && d.earliest().isPresent()) {
                return d.earliest();
            }
        }
        return Optional.empty();
    }

    /** A calendar time in the trigger's clause or the nearest clause above it. */
    private Optional<ResolvedTime> clauseTime(Timeline timeline, Sentence s, int trigger) {
        List<ResolvedTime> times = timeline.inSentence(s.index()).stream()
                .filter(t -> t.mention().type() == TimeType.DATE || t.mention().type() == TimeType.TIME)
                .filter(t -> t.mention().earliest().isPresent())
                .toList();
        if (times.isEmpty()) {
            return Optional.empty();
        }
        int cur = Clauses.clauseHead(s, trigger).orElse(trigger);
        for (int hops = 0; hops < 6 && cur >= 0; hops++) {
            for (ResolvedTime t : times) {
                int th = headOf(s, t.tokenBegin(), t.tokenEnd());
                int tc = Clauses.clauseHead(s, th).orElse(-1);
                if (tc == cur) {
                    return Optional.of(t);
                }
            }
            // climb into the clause this one depends on, but not across a coordination or a reported clause:
            // "said that Canberra would send a force next year and that Japan had accepted" dates the two apart
            String rel = s.head(cur).map(Dependency::rel).orElse("root");
            if (rel.equals("conj") || rel.equals("parataxis") || rel.equals("ccomp")) {
                break;
            }
            cur = s.head(cur).map(Dependency::governor).orElse(-1);
            while (cur >= 0 && !s.token(cur).pos().startsWith("VB")) {
                String r = s.head(cur).map(Dependency::rel).orElse("root");
                if (r.equals("conj") || r.equals("parataxis") || r.equals("ccomp")) {
                    cur = -1;
                    break;
                }
                cur = s.head(cur).map(Dependency::governor).orElse(-1);
            }
        }
        // one calendar date in a sentence with no verb between it and the trigger's clause: still this clause's
        if (times.size() == 1 && Clauses.clauseHead(s, trigger).isEmpty()) {
            return Optional.of(times.get(0));
        }
        return Optional.empty();
    }

    /** "on Tuesday", "in September 2022": the expression with the preposition that ties it to the clause. */
    private static String withPreposition(AnnotatedDocument doc, Sentence s, ResolvedTime t) {
        int b = t.tokenBegin();
        if (b > 0 && s.token(b - 1).pos().equals("IN")) {
            return doc.text().substring(s.token(b - 1).start(), t.mention().end());
        }
        return t.mention().text();
    }

    private static String anchorText(AnnotatedDocument doc, Timeline timeline, ResolvedTime month) {
        for (ResolvedTime rt : timeline.inSentence(month.sentence())) {
            if (rt.mention().type() == TimeType.DURATION && rt.tokenEnd() <= month.tokenBegin()
                    && month.tokenBegin() - rt.tokenEnd() <= 4) {
                return doc.text().substring(rt.mention().start(), month.mention().end());
            }
        }
        return month.mention().text();
    }

    /** "During the visit": the most recent earlier event whose trigger is the noun named. */
    private Optional<EventDate> eventAnchor(AnnotatedDocument doc, Sentence s, boolean planned, List<Dated> earlier) {
        LocalDate dct = doc.document().date();
        for (int i = 0; i + 2 < s.size(); i++) {
            String w = s.token(i).word().toLowerCase(Locale.ROOT);
            if (!EVENT_PREPS.contains(w)) {
                continue;
            }
            int n = i + 1;
            while (n < s.size() && (s.token(n).pos().equals("DT") || s.token(n).pos().startsWith("JJ")
                    || s.token(n).pos().equals("PRP$"))) {
                n++;
            }
            if (n >= s.size() || !s.token(n).isNoun()) {
                continue;
            }
            String lemma = s.token(n).lemma();
            for (int k = earlier.size() - 1; k >= 0; k--) {
                Dated e = earlier.get(k);
                if (!e.lemma().equals(lemma) || e.date().earliest().isEmpty()) {
                    continue;
                }
                EventDate a = e.date();
                String text = doc.text().substring(s.token(i).start(), s.token(n).end());
                if (w.equals("during")) {
                    if (planned) {
                        LocalDate from = a.earliest().get().isBefore(dct) ? dct : a.earliest().get();
                        return Optional.of(new EventDate(from.toString(), Optional.of(from), Optional.empty(),
                                Optional.of(text), Basis.ANCHORED));
                    }
                    return Optional.of(new EventDate(a.value(), a.earliest(), a.latest(), Optional.of(text),
                            Basis.ANCHORED));
                }
                if (w.equals("after") || w.equals("following") || w.equals("since")) {
                    return Optional.of(new EventDate(a.value(), a.earliest(), Optional.empty(), Optional.of(text),
                            Basis.ANCHORED));
                }
                return Optional.of(new EventDate(a.value(), Optional.empty(), a.latest(), Optional.of(text),
                        Basis.ANCHORED));
            }
        }
        return Optional.empty();
    }

    private static boolean pastPerfect(Sentence s, int verb) {
        for (Dependency d : s.children(verb)) {
            if (d.baseRel().equals("aux") && s.token(d.dependent()).word().equalsIgnoreCase("had")) {
                return true;
            }
        }
        return false;
    }

    static int headOf(Sentence s, int b, int e) {
        for (int i = e - 1; i >= b; i--) {
            int g = s.head(i).map(Dependency::governor).orElse(-1);
            if (g < b || g >= e) {
                return i;
            }
        }
        return e - 1;
    }

    static boolean isWord(Token t, String w) { return t.word().equalsIgnoreCase(w); }
}

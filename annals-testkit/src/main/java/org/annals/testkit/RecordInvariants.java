package org.annals.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.annals.model.ArticleRecord;
import org.annals.model.Document;
import org.annals.model.Entity;
import org.annals.model.EntityId;
import org.annals.model.Event;
import org.annals.model.EventDate;
import org.annals.model.EventId;
import org.annals.model.Mention;
import org.annals.model.Quote;
import org.annals.model.TimeMention;

/**
 * The invariants every {@link ArticleRecord} must hold, whatever produced it (pipeline, store, JSON reader).
 * Run it on every output in tests: {@code RecordInvariants.assertValid(record)}.
 *
 * <p>What is checked:
 * <ul>
 *   <li>every entity mention, time, quote, event trigger, evidence and report lies inside {@code document.text}
 *       and its {@code text} equals the body substring (only when the record holds the text, see below);</li>
 *   <li>each event's trigger lies inside its evidence;</li>
 *   <li>every entity id referenced by events (source, target, location, attribution), quotes (speaker) and
 *       entities (memberOf, members) resolves to an entity of the record;</li>
 *   <li>entity ids and event ids are unique;</li>
 *   <li>earliest &le; latest for event dates and times, when both are present;</li>
 *   <li>0 &le; confidence &le; 1; the CAMEO code is 2-4 digits;</li>
 *   <li>event date values and time values are plausible TIMEX3 values ({@link #TIMEX3});</li>
 *   <li>{@code document.sha256} is the SHA-256 of the text (when the record holds the text);</li>
 *   <li>quotes have non-blank text.</li>
 * </ul>
 *
 * <p>"Holds the text": {@code annals extract --no-text} leaves the body out, so a record whose text is empty
 * while its hash is not the hash of the empty string is taken to have had its text removed; the checks that
 * need the body are skipped for it (spans are still checked to be well-formed by the model constructors).
 *
 * <p>Why the checks the model constructors already make (confidence, CAMEO, earliest &le; latest) are
 * repeated here: the harness states the whole contract in one place, and keeps holding it if a constructor
 * check is ever loosened or a record is built by other means.
 *
 * <p>Stateless and thread-safe.
 */
public final class RecordInvariants {

    /** Plausible TIMEX3 values; the pattern lives with the model, {@link org.annals.model.Timex3}. */
    public static final Pattern TIMEX3 = org.annals.model.Timex3.PATTERN;

    private static final Pattern CAMEO = Pattern.compile("[0-9]{2,4}");

    private RecordInvariants() {
    }

    /** Every invariant the record breaks, one line each, naming the place ({@code event V3: …}); empty when valid. */
    public static List<String> violations(ArticleRecord r) {
        List<String> out = new ArrayList<>();
        Document doc = r.document();
        Optional<String> body = holdsText(doc) ? Optional.of(doc.text()) : Optional.empty();

        body.ifPresent(text -> {
            String actual = Document.sha256(text);
            if (!actual.equals(doc.sha256())) {
                out.add("document " + doc.id() + ": sha256 " + doc.sha256() + " is not the SHA-256 of the text ("
                        + actual + ")");
            }
        });

        Set<EntityId> entityIds = new HashSet<>();
        for (Entity e : r.entities()) {
            if (!entityIds.add(e.id())) {
                out.add("entity " + e.id() + " (" + e.name() + "): id used by more than one entity");
            }
        }
        for (Entity e : r.entities()) {
            String where = "entity " + e.id() + " (" + e.name() + ")";
            for (int i = 0; i < e.mentions().size(); i++) {
                checkSpan(where + " mention " + i, e.mentions().get(i), body, out);
            }
            e.memberOf().ifPresent(m -> checkRef(where + " memberOf", m, entityIds, out));
            for (EntityId m : e.members()) {
                checkRef(where + " members", m, entityIds, out);
            }
        }

        for (TimeMention t : r.times()) {
            String where = "time '" + t.text() + "' [" + t.start() + ", " + t.end() + ")";
            checkSpan(where, new Mention(t.text(), t.start(), t.end()), body, out);
            checkInterval(where, t.earliest(), t.latest(), out);
            checkTimex(where, t.value(), out);
        }

        Set<EventId> eventIds = new HashSet<>();
        for (Event v : r.events()) {
            String where = "event " + v.id();
            if (!eventIds.add(v.id())) {
                out.add(where + ": id used by more than one event");
            }
            checkSpan(where + " trigger", v.trigger(), body, out);
            checkSpan(where + " evidence", v.evidence(), body, out);
            if (!v.evidence().span().contains(v.trigger().span())) {
                out.add(where + ": trigger [" + v.trigger().start() + ", " + v.trigger().end()
                        + ") is not inside evidence [" + v.evidence().start() + ", " + v.evidence().end() + ")");
            }
            for (int i = 0; i < v.reports().size(); i++) {
                checkSpan(where + " report " + i, v.reports().get(i), body, out);
            }
            for (EntityId s : v.source()) {
                checkRef(where + " source", s, entityIds, out);
            }
            for (EntityId t : v.target()) {
                checkRef(where + " target", t, entityIds, out);
            }
            v.location().ifPresent(l -> checkRef(where + " location", l, entityIds, out));
            v.attribution().ifPresent(a -> checkRef(where + " attribution", a, entityIds, out));
            EventDate d = v.date();
            checkInterval(where + " date", d.earliest(), d.latest(), out);
            checkTimex(where + " date", d.value(), out);
            checkConfidence(where, v.confidence(), out);
            checkCameo(where, v.cameo(), out);
        }

        for (int i = 0; i < r.quotes().size(); i++) {
            Quote q = r.quotes().get(i);
            String where = "quote " + i + " [" + q.start() + ", " + q.end() + ")";
            if (q.text().isBlank()) {
                out.add(where + ": empty text");
            }
            checkSpan(where, new Mention(q.text(), q.start(), q.end()), body, out);
            q.speaker().ifPresent(s -> checkRef(where + " speaker", s, entityIds, out));
        }
        return List.copyOf(out);
    }

    /** Throws an {@link AssertionError} listing every violation, or returns when there is none. */
    public static void assertValid(ArticleRecord r) {
        List<String> v = violations(r);
        if (!v.isEmpty()) {
            throw new AssertionError("record of document " + r.document().id() + " breaks " + v.size()
                    + " invariant(s):\n  " + String.join("\n  ", v));
        }
    }

    /** False when the body was left out ({@code --no-text}): empty text with the hash of a non-empty body. */
    static boolean holdsText(Document doc) {
        return !doc.text().isEmpty() || doc.sha256().equals(Document.sha256(""));
    }

    static void checkSpan(String where, Mention m, Optional<String> body, List<String> out) {
        if (m.start() < 0 || m.end() < m.start()) {
            out.add(where + ": bad span [" + m.start() + ", " + m.end() + ")");
            return;
        }
        if (body.isEmpty()) {
            return;
        }
        String text = body.get();
        if (m.end() > text.length()) {
            out.add(where + ": span [" + m.start() + ", " + m.end() + ") ends after the text (length "
                    + text.length() + ")");
            return;
        }
        String actual = text.substring(m.start(), m.end());
        if (!actual.equals(m.text())) {
            out.add(where + ": text '" + m.text() + "' differs from the body at [" + m.start() + ", " + m.end()
                    + "): '" + actual + "'");
        }
    }

    static void checkRef(String where, EntityId id, Set<EntityId> known, List<String> out) {
        if (!known.contains(id)) {
            out.add(where + ": " + id + " is not an entity of the record");
        }
    }

    static void checkInterval(String where, Optional<LocalDate> earliest, Optional<LocalDate> latest,
                              List<String> out) {
        if (earliest.isPresent() && latest.isPresent() && earliest.get().isAfter(latest.get())) {
            out.add(where + ": earliest " + earliest.get() + " is after latest " + latest.get());
        }
    }

    static void checkTimex(String where, String value, List<String> out) {
        if (!TIMEX3.matcher(value).matches()) {
            out.add(where + ": '" + value + "' is not a TIMEX3 value");
        }
    }

    static void checkConfidence(String where, double confidence, List<String> out) {
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            out.add(where + ": confidence " + confidence + " outside [0, 1]");
        }
    }

    static void checkCameo(String where, String cameo, List<String> out) {
        if (!CAMEO.matcher(cameo).matches()) {
            out.add(where + ": CAMEO code '" + cameo + "' is not 2-4 digits");
        }
    }
}

package org.annals.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.core.actor.ActorMention;
import org.annals.core.actor.Actors;
import org.annals.core.annotate.AnnotatedDocument;
import org.annals.core.annotate.Sentence;
import org.annals.core.annotate.Token;
import org.annals.model.EntityId;
import org.annals.model.EntityKind;
import org.annals.model.Quote;

/**
 * Quotations and their speakers. Finds every span between quotation marks (straight or curly; a quote left open
 * at a paragraph's end and reopened in the next is one quote per paragraph with the same speaker), then the
 * speaker: the subject of a speech verb after the quote in the same sentence ({@code "…," the ministry said}),
 * or before it ({@code X said: "…"}); a quote with no speech verb continues the previous quote's speaker when it
 * directly follows it. Stateless and thread-safe.
 */
public final class QuoteFinder {
    static final Set<String> SPEECH = Set.of("say", "tell", "add", "state", "announce", "declare", "note", "stress",
            "write", "warn", "insist", "explain", "claim", "reply", "respond", "comment", "argue", "emphasize",
            "emphasise", "affirm", "assert", "confirm", "report", "tweet", "post", "underline", "conclude");

    public List<Quote> find(AnnotatedDocument doc, Actors actors) {
        String text = doc.text();
        List<int[]> spans = spans(text);
        List<Quote> out = new ArrayList<>();
        Optional<EntityId> previous = Optional.empty();
        int previousEnd = -1;
        for (int[] sp : spans) {
            int qs = sp[0];
            int qe = sp[1];
            if (qe - qs < 2 || text.substring(qs, qe).split("\\s+").length < 3) {
                continue; // scare quotes around a word or two are not quotations
            }
            Optional<EntityId> speaker = speakerAfter(doc, actors, qe).or(() -> speakerBefore(doc, actors, qs));
            if (speaker.isEmpty() && previous.isPresent() && qs - previousEnd < 400
                    && !text.substring(previousEnd, qs).contains("\n\n\n")) {
                speaker = previous;
            }
            out.add(new Quote(text.substring(qs, qe), qs, qe, speaker));
            previous = speaker;
            previousEnd = qe;
        }
        return out;
    }

    /** Inner spans (without the marks) of the quotations in the text. */
    static List<int[]> spans(String text) {
        List<int[]> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paragraphEnd = c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            if (open >= 0 && paragraphEnd) {
                // a quotation running into the next paragraph: close it here
                int end = i;
                while (end > open && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                out.add(new int[] {open, end});
                open = -1;
                continue;
            }
            if (c == '\u201C' || c == '"' && open < 0) {
                open = i + 1;
            } else if ((c == '\u201D' || c == '"') && open >= 0) {
                out.add(new int[] {open, i});
                open = -1;
            }
        }
        return out;
    }

    private Optional<EntityId> speakerAfter(AnnotatedDocument doc, Actors actors, int quoteEnd) {
        Sentence s = doc.sentenceAt(quoteEnd);
        for (Token t : s.tokens()) {
            if (t.start() <= quoteEnd || !t.isVerb() || !SPEECH.contains(t.lemma())) {
                continue;
            }
            if (t.start() - quoteEnd > 120) {
                break;
            }
            return speakerOf(doc, actors, s, t.index(), quoteEnd + 1, s.end());
        }
        return Optional.empty();
    }

    private Optional<EntityId> speakerBefore(AnnotatedDocument doc, Actors actors, int quoteStart) {
        Sentence s = doc.sentenceAt(quoteStart - 1);
        Token verb = null;
        for (Token t : s.tokens()) {
            if (t.end() < quoteStart && t.isVerb() && SPEECH.contains(t.lemma())) {
                verb = t;
            }
        }
        if (verb == null || quoteStart - verb.end() > 12) {
            return Optional.empty();
        }
        return speakerOf(doc, actors, s, verb.index(), s.start(), quoteStart);
    }

    /** The subject of the speech verb, else the nearest actor mention in the window. */
    private Optional<EntityId> speakerOf(AnnotatedDocument doc, Actors actors, Sentence s, int verb, int from, int to) {
        for (int subj : s.children(verb, "nsubj")) {
            Optional<EntityId> e = actors.at(s.index(), subj).filter(id -> isSpeaker(actors, id));
            if (e.isPresent()) {
                return e;
            }
        }
        ActorMention best = null;
        int verbStart = s.token(verb).start();
        for (ActorMention m : actors.inSentence(s.index())) {
            if (m.start() >= from && m.end() <= to && isSpeaker(actors, m.entity())
                    && (best == null || Math.abs(m.start() - verbStart) < Math.abs(best.start() - verbStart))) {
                best = m;
            }
        }
        return Optional.ofNullable(best).map(ActorMention::entity);
    }

    private static boolean isSpeaker(Actors actors, EntityId id) {
        EntityKind k = actors.get(id).kind();
        return k == EntityKind.PERSON || k == EntityKind.ORGANIZATION || k == EntityKind.COUNTRY
                || k == EntityKind.GROUP;
    }
}

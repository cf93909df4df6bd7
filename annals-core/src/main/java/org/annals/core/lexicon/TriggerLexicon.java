package org.annals.core.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annals.model.EventType;

/**
 * The event trigger lexicon of {@code triggers.tsv}, validated against the CAMEO lexicon at load.
 * Immutable, loaded once, thread-safe.
 */
public final class TriggerLexicon {
    public static final String RESOURCE = "/org/annals/core/lexicon/triggers.tsv";
    static final Set<String> ROLES = Set.of("speaker", "subj", "obj", "iobj", "poss", "agent", "lightsubj", "prep:between",
            "prep:by", "prep:to", "prep:with", "prep:against", "prep:on", "prep:from", "prep:for", "prep:into",
            "prep:at", "prep:in", "prep:over", "prep:of", "prep:upon", "prep:near",
            "prep:among");

    private static final class Holder {
        static final TriggerLexicon STANDARD = new TriggerLexicon(TsvTable.load(RESOURCE), CameoLexicon.standard());
    }

    private static final java.util.regex.Pattern DEV = java.util.regex.Pattern.compile("([0-9]+)/([0-9]+)");

    private final Map<String, List<TriggerRule>> byKey = new HashMap<>();
    private final List<TriggerRule> all = new ArrayList<>();
    private final Set<String> lemmas = new HashSet<>();
    private final String sha256;

    TriggerLexicon(TsvTable table, CameoLexicon cameo) {
        table.requireColumns("id", "lemma", "pos", "particle", "object", "type", "mode", "cameo", "source", "target",
                "reciprocal", "context", "weight", "dev", "note");
        for (TsvTable.Row r : table.rows()) {
            Pos pos;
            EventType type;
            try {
                pos = Pos.valueOf(r.get("pos"));
            } catch (IllegalArgumentException e) {
                throw r.fail("pos must be V or N, not '" + r.get("pos") + "'");
            }
            try {
                type = EventType.valueOf(r.get("type"));
            } catch (IllegalArgumentException e) {
                throw r.fail("unknown PLOVER type '" + r.get("type") + "'");
            }
            if (cameo.byCode(r.get("cameo")).isEmpty()) {
                throw r.fail("unknown CAMEO code '" + r.get("cameo") + "'");
            }
            List<String> source = r.list("source");
            List<String> target = r.list("target");
            for (String role : concat(source, target)) {
                if (!ROLES.contains(role)) {
                    throw r.fail("unknown role '" + role + "' (known: " + ROLES + ")");
                }
            }
            if (source.isEmpty()) {
                throw r.fail("no source role");
            }
            double weight;
            try {
                weight = Double.parseDouble(r.get("weight"));
            } catch (NumberFormatException e) {
                throw r.fail("weight '" + r.get("weight") + "' is not a number");
            }
            if (weight <= 0 || weight > 1) {
                throw r.fail("weight " + weight + " outside (0, 1]");
            }
            String rec = r.get("reciprocal");
            if (!rec.equals("yes") && !rec.equals("no")) {
                throw r.fail("reciprocal must be yes or no");
            }
            int right = 0;
            int coded = 0;
            Optional<String> dev = r.opt("dev");
            if (dev.isPresent()) {
                java.util.regex.Matcher m = DEV.matcher(dev.get());
                if (!m.matches()) {
                    throw r.fail("dev must be RIGHT/CODED (e.g. 3/4), not '" + dev.get() + "'");
                }
                right = Integer.parseInt(m.group(1));
                coded = Integer.parseInt(m.group(2));
                if (right > coded) {
                    throw r.fail("dev " + dev.get() + ": more right than coded");
                }
            }
            TriggerRule rule = new TriggerRule(r.id(), r.get("lemma"), pos, r.opt("particle"),
                    Set.copyOf(r.list("object")), type, r.opt("mode"), r.get("cameo"), source, target,
                    rec.equals("yes"), r.opt("context"), weight, right, coded, r.opt("note").orElse(""));
            all.add(rule);
            lemmas.add(rule.lemma());
            byKey.computeIfAbsent(rule.lemma() + "/" + pos, k -> new ArrayList<>()).add(rule);
        }
        // rows with a particle or an object constraint are more specific: try them first
        for (List<TriggerRule> rules : byKey.values()) {
            // a particle is the strongest cue ("called on X" is a request, whatever the object), then an object
            rules.sort(Comparator.comparingInt((TriggerRule x) -> (x.particle().isEmpty() ? 2 : 0)
                    + (x.objects().isEmpty() ? 1 : 0)));
        }
        this.sha256 = table.sha256();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    public static TriggerLexicon standard() { return Holder.STANDARD; }

    public List<TriggerRule> forLemma(String lemma, Pos pos) {
        return byKey.getOrDefault(lemma + "/" + pos, List.of());
    }

    public Set<String> lemmas() { return Set.copyOf(lemmas); }

    public List<TriggerRule> all() { return List.copyOf(all); }

    public String sha256() { return sha256; }
}

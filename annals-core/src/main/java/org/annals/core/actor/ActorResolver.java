package org.annals.core.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.annals.core.annotate.AnnotatedDocument;
import org.annals.core.annotate.Dependency;
import org.annals.core.annotate.NerSpan;
import org.annals.core.annotate.Sentence;
import org.annals.core.annotate.Token;
import org.annals.core.lexicon.Country;
import org.annals.core.lexicon.CountryLexicon;
import org.annals.core.lexicon.Descriptor;
import org.annals.core.lexicon.DescriptorLexicon;
import org.annals.core.lexicon.Igo;
import org.annals.core.lexicon.IgoLexicon;
import org.annals.core.lexicon.OrgHead;
import org.annals.core.lexicon.OrgHeadLexicon;
import org.annals.core.lexicon.Title;
import org.annals.core.lexicon.TitleLexicon;
import org.annals.model.Entity;
import org.annals.model.EntityId;
import org.annals.model.EntityKind;
import org.annals.model.Mention;

/**
 * Mentions to entities: countries, organizations, people with titles, places, agreements, and the
 * coreference that ties pronouns, surnames, descriptions ("the north African country") and groups
 * ("the two countries") to them. Each sentence is read in a fixed order of passes so that a later pass
 * (pronouns, descriptions) sees what earlier passes found.
 *
 * <p>Why not CoreNLP coref: it merged units of two different nations on our test articles; here a
 * nationality clash can never merge, because organizations are keyed by country and head.
 * Stateless and thread-safe.
 */
public final class ActorResolver {
    private static final Set<String> PRONOUNS_MALE = Set.of("he", "him", "his", "himself");
    private static final Set<String> PRONOUNS_FEMALE = Set.of("she", "her", "hers", "herself");
    private static final Set<String> AGREEMENT_HEADS = Set.of("accord", "accords", "agreement", "treaty", "pact",
            "protocol", "declaration", "convention", "charter");
    /** Plural nouns that, after "the two" or "both", refer back to the people last named. */
    private static final Set<String> PERSON_GROUP_HEADS = Set.of("men", "women", "leaders", "ministers",
            "presidents", "admirals", "generals", "commanders", "diplomats", "envoys", "counterparts", "officials",
            "chiefs", "premiers", "kings", "monarchs", "foreign ministers", "defence ministers", "defense ministers");
    private static final Set<String> DESCRIPTOR_HEADS = Set.of("country", "nation", "kingdom", "state", "republic",
            "emirate", "countries", "nations", "parties", "sides", "states", "neighbours", "neighbors", "allies",
            "governments", "monarchy", "sultanate", "island");

    private final CountryLexicon countries;
    private final IgoLexicon igos;
    private final DescriptorLexicon descriptors;
    private final OrgHeadLexicon orgHeads;
    private final TitleLexicon titles;

    public ActorResolver() {
        this(CountryLexicon.standard(), IgoLexicon.standard(), DescriptorLexicon.standard(),
                OrgHeadLexicon.standard(), TitleLexicon.standard());
    }

    public ActorResolver(CountryLexicon countries, IgoLexicon igos, DescriptorLexicon descriptors,
                         OrgHeadLexicon orgHeads, TitleLexicon titles) {
        this.countries = countries;
        this.igos = igos;
        this.descriptors = descriptors;
        this.orgHeads = orgHeads;
        this.titles = titles;
    }

    public Actors resolve(AnnotatedDocument doc) {
        Work w = new Work(doc);
        for (Sentence s : doc.sentences()) {
            List<NerSpan> ner = doc.nerSpans().stream().filter(n -> n.sentence() == s.index()).toList();
            countries(w, s, ner);
            organizations(w, s);
            namedOrganizations(w, s, ner);
            agreements(w, s);
            places(w, s, ner);
            persons(w, s, ner);
            descriptions(w, s);
            pronounsAndSurnames(w, s);
        }
        return w.freeze();
    }

    // ---------------------------------------------------------------- countries

    private void countries(Work w, Sentence s, List<NerSpan> ner) {
        for (NerSpan n : ner) {
            if (!n.type().equals("COUNTRY")) {
                continue;
            }
            Optional<Country> c = countries.byName(n.text()).or(() -> countries.byDescriptor(n.text()));
            c.ifPresent(country -> w.mention(countryDraft(w, country), s, n.tokenBegin(), n.tokenEnd(),
                    "ner-country:" + country.rowId()));
        }
        // names the tagger missed: capitalized token runs that the lexicon knows
        for (int i = 0; i < s.size(); i++) {
            if (!s.token(i).isCapitalized() || w.covered(s, i)) {
                continue;
            }
            for (int len = Math.min(countries.maxNameTokens(), s.size() - i); len >= 1; len--) {
                String text = w.text(s, i, i + len);
                Optional<Country> c = countries.byName(text);
                if (c.isPresent() && c.get().name().equalsIgnoreCase(stripThe(text))
                        || c.isPresent() && isAlias(c.get(), text)) {
                    if (!s.token(i).ner().equals("NATIONALITY")) {
                        w.mention(countryDraft(w, c.get()), s, i, i + len, "lexicon-country:" + c.get().rowId());
                    }
                    i += len - 1;
                    break;
                }
            }
        }
    }

    private static boolean isAlias(Country c, String text) {
        String t = stripThe(text);
        return c.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(t));
    }

    private Draft countryDraft(Work w, Country c) {
        Draft d = w.draft("C:" + c.alpha3(), EntityKind.COUNTRY, c.name());
        d.country = c.alpha3();
        return d;
    }

    // ---------------------------------------------------------------- organizations

    /** "Israel's Air Force", "the Royal Moroccan Armed Forces", "the Defense Ministry" (with a country). */
    private void organizations(Work w, Sentence s) {
        for (int j = 0; j < s.size(); j++) {
            List<String> words = new ArrayList<>();
            int from = Math.max(0, j - 4);
            for (int k = from; k <= j; k++) {
                words.add(s.token(k).word().toLowerCase(Locale.ROOT));
            }
            Optional<OrgHead> head = orgHeads.longestHeadAtEnd(words);
            if (head.isEmpty()) {
                continue;
            }
            int headLen = head.get().phrase().split(" ").length;
            int hb = j - headLen + 1;
            if (j + 1 < s.size() && s.token(j + 1).isNoun() && !s.token(j + 1).pos().equals("NNP")) {
                continue; // "air force bases": the head is a modifier here
            }
            String country = head.get().country().orElse(null);
            int b = hb;
            String how = "org-head:" + head.get().rowId();
            // left modifiers: demonyms, "Royal", a possessive country
            while (b > 0) {
                Token t = s.token(b - 1);
                String lw = t.word().toLowerCase(Locale.ROOT);
                Optional<Country> dem = t.isCapitalized() ? countries.byName(t.word()) : Optional.empty();
                if (dem.isPresent() && (t.ner().equals("NATIONALITY") || t.pos().equals("JJ") || t.pos().equals("NNP"))) {
                    country = country == null ? dem.get().alpha3() : country;
                    b--;
                } else if (t.isCapitalized() && b >= 2 && s.token(b - 2).isCapitalized()
                        && countryEndingAt(w, s, b - 1).isPresent()) {
                    Country multi = countryEndingAt(w, s, b - 1).get();
                    country = country == null ? multi.alpha3() : country;
                    int nameWords = multi.name().split("\\s+").length;
                    b = Math.max(0, b - Math.max(1, nameWords));
                } else if (t.word().equals("'s") || t.word().equals("’s")) {
                    int c = b - 2;
                    int cb = c;
                    while (cb > 0 && s.token(cb - 1).isCapitalized() && !s.token(cb - 1).word().equals("The")) {
                        cb--;
                    }
                    Optional<Country> pc = Optional.empty();
                    int found = -1;
                    for (int x = cb; x <= c && pc.isEmpty(); x++) {
                        pc = countries.byName(w.text(s, x, c + 1));
                        found = x;
                    }
                    if (pc.isPresent()) {
                        country = country == null ? pc.get().alpha3() : country;
                        b = found;
                    }
                    break;
                } else if (t.isCapitalized() && (lw.equals("royal") || lw.equals("national") || lw.equals("federal")
                        || lw.equals("imperial") || lw.equals("central"))) {
                    b--;
                } else {
                    break;
                }
            }
            if (country == null) {
                // "the Ministry of Defence of Israel", "the army of Morocco"
                if (j + 2 < s.size() && s.token(j + 1).word().equals("of")) {
                    Optional<Country> oc = countries.byName(s.token(j + 2).word());
                    if (oc.isPresent()) {
                        country = oc.get().alpha3();
                    }
                }
            }
            if (country == null) {
                continue;
            }
            String headText = w.text(s, hb, j + 1);
            String key = "O:" + country + ":" + head.get().phrase().replace("royal ", "");
            Optional<Country> cc = countries.byAlpha3(country);
            String name = titleCase(headText);
            if (head.get().country().isEmpty() && cc.isPresent()) {
                String dem = cc.get().demonyms().isEmpty() ? cc.get().name() : cc.get().demonyms().get(0);
                String mods = w.text(s, b, hb).replaceAll("(?i)\\b" + java.util.regex.Pattern.quote(cc.get().name())
                        + "\\s*'s\\s*", "").trim();
                name = mods.toLowerCase(Locale.ROOT).contains(dem.toLowerCase(Locale.ROOT))
                        ? (mods + " " + name).trim()
                        : (mods.isEmpty() ? dem + " " + name : mods.replaceFirst("^(Royal)\\b", "$1 " + dem) + " " + name);
                if (mods.startsWith("Royal") && !name.contains(dem)) {
                    name = "Royal " + dem + " " + titleCase(headText);
                }
            }
            Draft d = w.draft(key, EntityKind.ORGANIZATION, name.replaceAll("\\s+", " "));
            d.country = country;
            d.sector = head.get().sector();
            w.mention(d, s, b, j + 1, how);
        }
    }

    /** Organizations the tagger names that no head phrase covered: "Hamas", "the United Nations". */
    private void namedOrganizations(Work w, Sentence s, List<NerSpan> ner) {
        for (NerSpan n : ner) {
            if (!n.type().equals("ORGANIZATION") || w.overlapsKind(s, n.tokenBegin(), n.tokenEnd(), EntityKind.ORGANIZATION)) {
                continue;
            }
            String text = n.text();
            if (isAgreementName(text)) {
                continue;
            }
            Optional<Igo> igo = igos.byName(text);
            Draft d;
            if (igo.isPresent()) {
                d = w.draft("I:" + igo.get().code(), EntityKind.ORGANIZATION, igo.get().name());
                d.country = "IGO";
                d.sector = igo.get().sector();
            } else {
                Optional<OrgHead> fixed = orgHeads.byName(text);
                d = w.draft("O:" + text.toLowerCase(Locale.ROOT), EntityKind.ORGANIZATION, text);
                if (fixed.isPresent()) {
                    d.sector = fixed.get().sector();
                    fixed.get().country().ifPresent(c -> d.country = c);
                }
                for (int i = n.tokenBegin(); i < n.tokenEnd() && d.country == null; i++) {
                    Token t = s.token(i);
                    if (t.ner().equals("NATIONALITY") || t.ner().equals("COUNTRY")) {
                        countries.byName(t.word()).ifPresent(c -> d.country = c.alpha3());
                    }
                }
            }
            w.mention(d, s, n.tokenBegin(), n.tokenEnd(), igo.isPresent() ? "igo:" + igo.get().rowId() : "ner-org");
        }
    }

    // ---------------------------------------------------------------- agreements

    private void agreements(Work w, Sentence s) {
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            String lw = t.word().toLowerCase(Locale.ROOT);
            if (lw.equals("memorandum") && i + 2 < s.size() && s.token(i + 2).lemma().equals("understanding")) {
                w.mention(w.draft("A:mou", EntityKind.AGREEMENT, "memorandum of understanding"), s, i, i + 3,
                        "agreement:mou");
                i += 2;
            } else if (lw.equals("mou") || lw.equals("mous")) {
                w.mention(w.draft("A:mou", EntityKind.AGREEMENT, "memorandum of understanding"), s, i, i + 1,
                        "agreement:mou");
            } else if (t.isCapitalized() && AGREEMENT_HEADS.contains(lw) && i > 0 && s.token(i - 1).isProperNoun()) {
                int b = i;
                while (b > 0 && s.token(b - 1).isCapitalized() && !s.token(b - 1).word().equals("The")
                        && s.token(b - 1).pos().startsWith("NNP")) {
                    b--;
                }
                String name = w.text(s, b, i + 1);
                w.mention(w.draft("A:" + name.toLowerCase(Locale.ROOT), EntityKind.AGREEMENT, name), s, b, i + 1,
                        "agreement:named");
            }
        }
    }

    private static boolean isAgreementName(String text) {
        String l = text.toLowerCase(Locale.ROOT);
        if (l.equals("mou") || l.contains("memorandum")) {
            return true;
        }
        String[] words = l.split("\\s+");
        return words.length > 1 && AGREEMENT_HEADS.contains(words[words.length - 1]);
    }

    // ---------------------------------------------------------------- places

    private void places(Work w, Sentence s, List<NerSpan> ner) {
        for (NerSpan n : ner) {
            if (!(n.type().equals("CITY") || n.type().equals("STATE_OR_PROVINCE") || n.type().equals("LOCATION"))) {
                continue;
            }
            if (w.overlapsAny(s, n.tokenBegin(), n.tokenEnd())) {
                continue;
            }
            if (n.tokenEnd() < s.size() && DESCRIPTOR_HEADS.contains(s.token(n.tokenEnd()).word().toLowerCase(Locale.ROOT))) {
                continue; // "the Gulf state": part of a description, not a place
            }
            Optional<Country> c = countries.byCity(n.text());
            if (c.isEmpty() && countries.byName(n.text()).isPresent()) {
                continue; // a country the tagger called a location
            }
            Draft d = w.draft("L:" + n.text().toLowerCase(Locale.ROOT), EntityKind.LOCATION, n.text());
            c.ifPresent(country -> d.country = country.alpha3());
            w.mention(d, s, n.tokenBegin(), n.tokenEnd(), c.map(x -> "city:" + x.rowId()).orElse("ner-place"));
        }
    }

    // ---------------------------------------------------------------- people

    private void persons(Work w, Sentence s, List<NerSpan> ner) {
        for (NerSpan n : ner) {
            if (!n.type().equals("PERSON") || n.tokenEnd() - n.tokenBegin() == 0) {
                continue;
            }
            String lower = n.text().toLowerCase(Locale.ROOT);
            if (PRONOUNS_MALE.contains(lower) || PRONOUNS_FEMALE.contains(lower) || w.overlapsAny(s, n.tokenBegin(), n.tokenEnd())) {
                continue;
            }
            String name = n.text();
            Draft d = w.draft("P:" + name.toLowerCase(Locale.ROOT), EntityKind.PERSON, name);
            // a surname alone that names a person already met is that person
            Optional<Draft> known = w.personBySurname(name);
            if (known.isPresent() && !name.contains(" ")) {
                d = known.get();
            }
            int b = n.tokenBegin();
            // ranks and honorifics written before the name: "Lieutenant General Belkhir el-Farouk"
            int tb = b;
            while (tb > 0 && s.token(tb - 1).isCapitalized() && (s.token(tb - 1).ner().equals("TITLE")
                    || titles.match(s.token(tb - 1).word().toLowerCase(Locale.ROOT)).map(Title::rank).orElse(false))) {
                tb--;
            }
            if (tb < b) {
                if (tb >= 2 && (s.token(tb - 1).word().equals("'s") || s.token(tb - 1).word().equals("’s"))) {
                    Draft dd = d;
                    countryEndingAt(w, s, tb - 2).ifPresent(c -> dd.countryHint(c.alpha3()));
                } else if (tb >= 1 && s.token(tb - 1).isCapitalized()) {
                    Draft dd = d;
                    countries.byName(s.token(tb - 1).word()).ifPresent(c -> dd.countryHint(c.alpha3()));
                }
                String rank = w.text(s, tb, b);
                d.addTitle(rank, false);
                titles.match(rank.toLowerCase(Locale.ROOT)).flatMap(Title::sector).ifPresent(d::titleSector);
                b = tb;
            }
            // role nouns before it: "Israel's then-defense minister Benny Gantz"
            Optional<Integer> role = roleBefore(w, s, b, d);
            w.mention(d, s, b, n.tokenEnd(), "ner-person");
            ofOrganization(w, s, n.tokenEnd(), d);
            if (role.isPresent()) {
                w.mention(d, s, role.get(), n.tokenEnd(), "role-before-name");
            }
            apposition(w, s, n.tokenBegin(), n.tokenEnd(), d);
        }
    }

    /** "Admiral Lars Berg of the Swedish Navy": the organization right after the name. */
    private void ofOrganization(Work w, Sentence s, int after, Draft person) {
        if (after + 1 >= s.size() || !s.token(after).word().equals("of")) {
            return;
        }
        int from = s.token(after + 1).word().equalsIgnoreCase("the") ? after + 2 : after + 1;
        for (ActorMention m : w.mentionsIn(s, from, s.size())) {
            if (m.tokenBegin() != from) {
                continue;
            }
            Draft o = w.byId(m.entity());
            if (o.kind == EntityKind.ORGANIZATION && person.memberOf == null) {
                person.memberOf = o;
            } else if (o.kind == EntityKind.COUNTRY) {
                person.countryHint(o.country);
            }
            return;
        }
    }

    /** A role written before a name; gives the index where the role starts when there is one. */
    private Optional<Integer> roleBefore(Work w, Sentence s, int b, Draft d) {
        int e = b;
        int k = b;
        while (k > 0 && !s.token(k - 1).isCapitalized() && (s.token(k - 1).isNoun() || s.token(k - 1).pos().equals("HYPH")
                || s.token(k - 1).word().equalsIgnoreCase("then") || s.token(k - 1).pos().equals("JJ"))) {
            k--;
        }
        if (k == e) {
            return Optional.empty();
        }
        boolean former = false;
        List<String> roleWords = new ArrayList<>();
        for (int i = k; i < e; i++) {
            String lw = s.token(i).word().toLowerCase(Locale.ROOT);
            if (TitleLexicon.isFormerMarker(lw) || lw.equals("then")) {
                former = true;
            } else if (!lw.equals("-")) {
                roleWords.add(lw);
            }
        }
        String role = String.join(" ", roleWords);
        Optional<Title> t = titles.match(role);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        d.addTitle(role, former);
        t.get().sector().ifPresent(d::titleSector);
        if (k >= 2 && (s.token(k - 1).word().equals("'s") || s.token(k - 1).word().equals("’s"))) {
            countryEndingAt(w, s, k - 2).ifPresent(c -> d.countryHint(c.alpha3()));
        } else if (k >= 1) {
            countries.byName(s.token(k - 1).word()).ifPresent(c -> d.countryHint(c.alpha3()));
        }
        return Optional.of(k);
    }

    /** "The commander of Israel's Air Force, General Tomer Bar," and "Belkhir el-Farouk, inspector general of …". */
    private void apposition(Work w, Sentence s, int nb, int ne, Draft person) {
        int head = w.head(s, nb, ne);
        Optional<Dependency> up = s.head(head);
        int desc = -1;
        if (up.isPresent() && up.get().rel().equals("appos") && up.get().governor() >= 0) {
            desc = up.get().governor();
        } else {
            for (Dependency c : s.children(head)) {
                if (c.rel().equals("appos")) {
                    desc = c.dependent();
                }
            }
        }
        if (desc < 0 || !s.token(desc).isNoun() || s.token(desc).isProperNoun() && !s.token(desc).ner().equals("TITLE")) {
            return;
        }
        List<Integer> sub = new ArrayList<>(s.subtree(desc));
        if (!s.dominates(head, desc)) {
            sub.removeAll(s.subtree(head));
        }
        // leading prepositions, determiners and commas belong to the clause, not the description
        while (!sub.isEmpty() && sub.get(0) < desc && s.token(sub.get(0)).pos().matches("IN|TO|,|DT")) {
            sub.remove(0);
        }
        if (sub.isEmpty()) {
            return;
        }
        // keep the contiguous run containing desc, without edge punctuation
        int b = desc;
        int e = desc;
        while (sub.contains(b - 1)) {
            b--;
        }
        while (sub.contains(e + 1)) {
            e++;
        }
        while (e > b && s.token(e).pos().matches("[,.:]|``|''|-LRB-|-RRB-")) {
            e--;
        }
        int tb = b;
        if (s.token(tb).pos().equals("DT") && tb < e) {
            tb++;
        }
        List<String> words = new ArrayList<>();
        for (int i = tb; i <= e; i++) {
            words.add(s.token(i).word().toLowerCase(Locale.ROOT));
        }
        Optional<Title> title = titles.longestPrefix(words);
        if (title.isEmpty()) {
            return;
        }
        // the organization or country inside the description
        Draft org = null;
        for (ActorMention m : w.mentionsIn(s, tb, e + 1)) {
            Draft o = w.byId(m.entity());
            if (o.kind == EntityKind.ORGANIZATION && org == null) {
                org = o;
            } else if (o.kind == EntityKind.COUNTRY && org == null) {
                person.countryHint(o.country);
            }
        }
        String titleText;
        if (org != null) {
            titleText = title.get().phrase() + " of the " + org.name;
            person.memberOf = org;
        } else {
            titleText = w.text(s, tb, e + 1);
        }
        person.addTitle(titleText, false);
        title.get().sector().ifPresent(person::titleSector);
        w.mention(person, s, b, e + 1, "apposition:" + title.get().rowId(), desc);
    }

    // ---------------------------------------------------------------- descriptions and groups

    private void descriptions(Work w, Sentence s) {
        personGroups(w, s);
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            String lw = t.word().toLowerCase(Locale.ROOT);
            if (!DESCRIPTOR_HEADS.contains(lw) || w.covered(s, i) || !t.isNoun()) {
                continue;
            }
            if (i + 1 < s.size() && s.token(i + 1).isNoun()) {
                continue; // "state media": not the head
            }
            int b = i;
            while (b > 0 && (s.token(b - 1).pos().startsWith("JJ") || s.token(b - 1).pos().equals("CD")
                    || s.token(b - 1).pos().startsWith("NNP") || s.token(b - 1).word().equalsIgnoreCase("both"))) {
                b--;
            }
            boolean definite = b > 0 && s.token(b - 1).word().equalsIgnoreCase("the");
            boolean both = s.token(b).word().equalsIgnoreCase("both");
            if (!definite && !both) {
                continue;
            }
            String phrase = w.text(s, b, i + 1).toLowerCase(Locale.ROOT);
            Optional<Descriptor> desc = descriptors.match(phrase);
            if (desc.isEmpty()) {
                continue;
            }
            int mb = definite ? b - 1 : b;
            if (desc.get().kind() == EntityKind.GROUP) {
                int size = desc.get().size() == Descriptor.ANY_SIZE ? 2 : desc.get().size();
                List<Draft> members = w.recentCountries(s.token(mb).start(), size);
                if (members.size() < 2) {
                    continue;
                }
                w.mention(w.group(members), s, mb, i + 1, "group:" + desc.get().rowId());
            } else {
                Optional<Draft> c = w.recentCountry(s.token(mb).start(), country -> countries.byAlpha3(country)
                        .map(x -> descriptors.accepts(desc.get(), x)).orElse(false));
                if (c.isPresent()) {
                    w.mention(c.get(), s, mb, i + 1, "descriptor:" + desc.get().rowId());
                }
            }
        }
    }

    /** "the two men", "both ministers": the people last named, as a group. */
    private void personGroups(Work w, Sentence s) {
        for (int i = 1; i < s.size(); i++) {
            String lw = s.token(i).word().toLowerCase(Locale.ROOT);
            if (!PERSON_GROUP_HEADS.contains(lw) || w.covered(s, i)) {
                continue;
            }
            int b = i - 1;
            while (b > 0 && s.token(b).pos().startsWith("JJ")) {
                b--;
            }
            String num = s.token(b).word().toLowerCase(Locale.ROOT);
            int size = num.equals("two") || num.equals("both") ? 2 : num.equals("three") ? 3 : 0;
            if (size == 0) {
                continue;
            }
            int mb = b > 0 && s.token(b - 1).word().equalsIgnoreCase("the") ? b - 1 : b;
            List<Draft> people = w.recentPersons(s.token(mb).start(), size);
            if (people.size() == size) {
                w.mention(w.group(people), s, mb, i + 1, "group:people");
            }
        }
    }

    private void pronounsAndSurnames(Work w, Sentence s) {
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            String lw = t.word().toLowerCase(Locale.ROOT);
            if (w.covered(s, i)) {
                continue;
            }
            if ((PRONOUNS_MALE.contains(lw) || PRONOUNS_FEMALE.contains(lw)) && t.pos().startsWith("PRP")) {
                boolean subject = s.head(i).map(d -> d.baseRel().equals("nsubj")).orElse(false);
                Optional<Draft> p = w.recentPerson(t.start(), s.index(), subject);
                if (p.isPresent()) {
                    w.mention(p.get(), s, i, i + 1, "pronoun");
                }
            } else if (t.isProperNoun() && t.isCapitalized()) {
                Optional<Draft> p = w.personBySurname(t.word());
                if (p.isPresent()) {
                    w.mention(p.get(), s, i, i + 1, "surname");
                }
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    /** The country named by the capitalized words ending at token {@code last} ("Sri Lanka" in "Sri Lanka's"). */
    private Optional<Country> countryEndingAt(Work w, Sentence s, int last) {
        if (last < 0) {
            return Optional.empty();
        }
        for (int k = Math.min(countries.maxNameTokens(), last + 1); k >= 1; k--) {
            int b = last - k + 1;
            if (!s.token(b).isCapitalized()) {
                continue;
            }
            Optional<Country> c = countries.byName(w.text(s, b, last + 1));
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }

    static String stripThe(String text) {
        return text.replaceFirst("(?i)^the\\s+", "").replaceFirst("(’s|'s)$", "").trim();
    }

    static String titleCase(String text) {
        StringBuilder b = new StringBuilder();
        for (String part : text.split(" ")) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(part.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return b.toString();
    }

    /** An entity being built. */
    static final class Draft {
        final String key;
        final EntityKind kind;
        final String name;
        final int number;
        String country;
        String sector;
        String titleSector;
        String countryHint;
        Draft memberOf;
        final List<Draft> members = new ArrayList<>();
        final List<String> titles = new ArrayList<>();
        final List<String> former = new ArrayList<>();

        Draft(String key, EntityKind kind, String name, int number) {
            this.key = key;
            this.kind = kind;
            this.name = name;
            this.number = number;
        }

        void addTitle(String t, boolean wasFormer) {
            if (!titles.contains(t)) {
                titles.add(t);
            }
            if (wasFormer && !former.contains(t)) {
                former.add(t);
            }
        }

        void titleSector(String s) {
            if (titleSector == null) {
                titleSector = s;
            }
        }

        void countryHint(String c) {
            if (countryHint == null) {
                countryHint = c;
            }
        }

        String surname() {
            String[] parts = name.split("\\s+");
            return parts.length > 1 ? parts[parts.length - 1] : null;
        }
    }

    /** Per-document working state. */
    private static final class Work {
        final AnnotatedDocument doc;
        final Map<String, Draft> drafts = new LinkedHashMap<>();
        final List<Draft> order = new ArrayList<>();
        final List<ActorMention> mentions = new ArrayList<>();
        final Map<ActorMention, Draft> owner = new LinkedHashMap<>();

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

        boolean covered(Sentence s, int i) {
            return mentions.stream().anyMatch(m -> m.covers(s.index(), i));
        }

        boolean overlapsAny(Sentence s, int b, int e) {
            return mentions.stream().anyMatch(m -> m.sentence() == s.index() && m.tokenBegin() < e && b < m.tokenEnd());
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

        Optional<Draft> recentCountry(int offset, java.util.function.Predicate<String> accept) {
            ActorMention best = null;
            for (ActorMention m : mentions) {
                Draft d = owner.get(m);
                if (d.kind == EntityKind.COUNTRY && m.end() <= offset && accept.test(d.country)
                        && (best == null || m.start() > best.start())) {
                    best = m;
                }
            }
            return Optional.ofNullable(best).map(owner::get);
        }

        List<Draft> recentCountries(int offset, int size) {
            List<ActorMention> before = new ArrayList<>();
            for (ActorMention m : mentions) {
                if (owner.get(m).kind == EntityKind.COUNTRY && m.end() <= offset) {
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
}

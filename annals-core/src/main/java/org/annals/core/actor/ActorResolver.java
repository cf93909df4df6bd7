package org.annals.core.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annals.core.annotate.AnnotatedDocument;
import org.annals.core.annotate.Dependency;
import org.annals.core.annotate.NerSpan;
import org.annals.core.annotate.Sentence;
import org.annals.core.annotate.Token;
import org.annals.core.lexicon.ActorDictionary;
import org.annals.core.lexicon.ActorEntry;
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
import org.annals.model.EntityKind;

/**
 * Mentions to entities: countries, organizations, people with titles, places, agreements, and the
 * coreference that ties pronouns, surnames, descriptions ("the north African country") and groups
 * ("the two countries") to them. Each sentence is read in a fixed order of passes so that a later pass
 * (pronouns, descriptions) sees what earlier passes found.
 *
 * <p>Groups of people are actors like organisations ("Burundian militiamen", "Swiss doctors", "Security forces
 * in Guinea"), keyed by country and head phrase; those whose country is optional (org-heads.tsv {@code alone})
 * are actors without one ("Tamil civilians", "striking workers"). A role with a country and no name ("the
 * Iraqi prime minister", "Taiwan's Vice Foreign Minister") is a PERSON named "Prime Minister (Iraq)", one per
 * country and role, and the same as a named person met earlier with that role and country.
 *
 * <p><b>Demonyms.</b> A demonym that modifies an actor ("Brazilian Foreign Minister Carla Mendes", "Iraqi
 * civilians") gives the actor its country and is not a COUNTRY mention: an analyst reading the entity list
 * wants the minister and the civilians, not a Brazil or an Iraq for every adjective. It still counts as a
 * mention of the country for groups and descriptions: "both governments" after "Brazilian Foreign Minister …
 * visited Argentina" is {Brazil, Argentina}, and only then does Brazil become an entity, mentioned as
 * "Brazilian". A demonym that modifies anything else ("an Indian proposal", "Iraqi towns") names the country
 * itself and is its mention, so that events on those nouns find their country.
 *
 * <p><b>Descriptions.</b> "the kingdom", "the Gulf state" refer to a country that fits the description; the
 * country of the clause's subject or speaker ("Haddad said the kingdom …", Haddad being Jordan's minister)
 * wins over the country named last, which decides otherwise.
 *
 * <p>Why not CoreNLP coref: it merged units of two different nations on our test articles; here a
 * nationality clash can never merge, because organizations are keyed by country and head.
 * Stateless and thread-safe.
 */
public final class ActorResolver {
    private static final Set<String> PRONOUNS_MALE = Set.of("he", "him", "his", "himself");
    private static final Set<String> PRONOUNS_FEMALE = Set.of("she", "her", "hers", "herself");
    private static final Set<String> PRONOUNS_PLURAL = Set.of("they", "them", "their", "themselves");
    private static final Set<String> AGREEMENT_HEADS = Set.of("accord", "accords", "agreement", "treaty", "pact",
            "protocol", "declaration", "convention", "charter");
    /** Plural nouns that, after "the two" or "both", refer back to the people last named. */
    private static final Set<String> PERSON_GROUP_HEADS = Set.of("men", "women", "leaders", "ministers",
            "presidents", "admirals", "generals", "commanders", "diplomats", "envoys", "counterparts", "officials",
            "chiefs", "premiers", "kings", "monarchs", "foreign ministers", "defence ministers", "defense ministers");
    /** Capitalized words of an organisation's name that come before its country ("Royal Moroccan …"). */
    private static final Set<String> ROYAL_WORDS = Set.of("royal", "national", "federal", "imperial", "central");
    /** Adjectives that never belong in a group's name ("other Iraqi civilians" is still "Iraqi civilians"). */
    private static final Set<String> NOT_NAME_ADJECTIVES = Set.of("other", "such", "many", "several", "same", "own",
            "few", "more", "most", "certain", "various", "some", "new", "numerous", "fellow", "local",
            "foreign", "senior", "top", "visiting", "unnamed", "anonymous", "two", "both", "based", "current", "former");
    /** Words that count the bodies of a "from" phrase ("from several Japanese firms"). */
    private static final Set<String> COUNT_WORDS = Set.of("a", "an", "several", "various", "many", "some", "both",
            "numerous");
    /**
     * Heads whose "in COUNTRY" says where they are, not whose they are: "the embassy in Washington", "settlers in
     * the West Bank", "negotiators in Geneva" (armies and refugees, sectors MIL and REF, likewise).
     */
    private static final Set<String> ABROAD_HEADS = Set.of("embassy", "consulate", "mission", "delegation",
            "diplomats", "envoys", "negotiators", "settlers", "migrants", "exiles", "peacekeepers", "diplomatic corps",
            "journalists", "reporters", "correspondents", "investors", "traders");
    /** Words between a country and a role that leave the role the same ("a senior British minister"). */
    private static final Set<String> ROLE_ADJECTIVES = Set.of("senior", "top", "visiting", "acting", "interim",
            "chief", "outgoing");
    /** Titles that, without a name, are common words rather than roles ("an Israeli father", "Iraqi justice"). */
    private static final Set<String> NOT_ROLES = Set.of("father", "justice", "lady", "lord", "dame", "sir", "member",
            "head", "chair", "deputy", "representative", "suspect");
    private static final Set<String> DESCRIPTOR_HEADS = Set.of("country", "nation", "kingdom", "state", "republic",
            "emirate", "countries", "nations", "parties", "sides", "states", "neighbours", "neighbors", "allies",
            "governments", "monarchy", "sultanate", "island");

    private final CountryLexicon countries;
    private final IgoLexicon igos;
    private final DescriptorLexicon descriptors;
    private final OrgHeadLexicon orgHeads;
    private final TitleLexicon titles;
    private final ActorDictionary actors;

    public ActorResolver() {
        this(CountryLexicon.standard(), IgoLexicon.standard(), DescriptorLexicon.standard(),
                OrgHeadLexicon.standard(), TitleLexicon.standard(), ActorDictionary.standard());
    }

    public ActorResolver(CountryLexicon countries, IgoLexicon igos, DescriptorLexicon descriptors,
                         OrgHeadLexicon orgHeads, TitleLexicon titles, ActorDictionary actors) {
        this.countries = countries;
        this.igos = igos;
        this.descriptors = descriptors;
        this.orgHeads = orgHeads;
        this.titles = titles;
        this.actors = actors;
    }

    public Actors resolve(AnnotatedDocument doc) {
        Work w = new Work(doc);
        for (Sentence s : doc.sentences()) {
            List<NerSpan> ner = doc.nerSpans().stream().filter(n -> n.sentence() == s.index()).toList();
            countries(w, s, ner);
            organizations(w, s, ner);
            nationals(w, s);
            namedOrganizations(w, s, ner);
            dictionaryOrganizations(w, s);
            businessDescriptions(w, s);
            agreements(w, s);
            places(w, s, ner);
            persons(w, s, ner);
            roles(w, s);
            counterparts(w, s);
            demonyms(w, s);
            pronounsAndSurnames(w, s);
            descriptions(w, s);
            pluralPronouns(w, s);
        }
        sameOrganizations(w);
        contextCountries(w);
        return w.freeze();
    }

    /** The longest name of the actor dictionary tried at a token, in tokens ("Islamic Resistance Movement"). */
    private static final int LONGEST_DICTIONARY_NAME = 4;

    /**
     * Organisations of the actor dictionary the tagger did not mark: "the Houthis", "the Taliban" are often
     * tagged as groups of people (MISC) or not at all, yet the dictionary knows their country and sector. A run of
     * capitalized tokens no mention covers, whose text is a dictionary name or alias, is a mention of that
     * organisation; the longest run wins. The draft is keyed by the dictionary row, so aliases merge.
     */
    private void dictionaryOrganizations(Work w, Sentence s) {
        int i = 0;
        while (i < s.tokens().size()) {
            int found = 0;
            ActorEntry entry = null;
            for (int len = Math.min(LONGEST_DICTIONARY_NAME, s.tokens().size() - i); len >= 1 && entry == null; len--) {
                if (!s.token(i).isCapitalized() || !s.token(i + len - 1).isCapitalized()
                        || w.overlapsAny(s, i, i + len)
                        || len == 1 && i == 0 && !s.token(i).isProperNoun()) {
                    // a sentence's first word is capitalized anyway: alone it must be a proper noun ("Amnesty")
                    continue;
                }
                Optional<ActorEntry> hit = actors.byName(w.text(s, i, i + len))
                        .filter(a -> a.kind() == EntityKind.ORGANIZATION);
                if (hit.isPresent()) {
                    entry = hit.get();
                    found = len;
                }
            }
            if (entry == null) {
                i++;
                continue;
            }
            Draft d = w.draft("O:" + lower(entry.name()), EntityKind.ORGANIZATION, entry.name());
            fillFromDictionary(d, entry);
            w.mention(d, s, i, i + found, "actors:" + entry.rowId());
            i += found;
        }
    }

    /**
     * Business heads that fit any company. Why not "the airline" or "the manufacturer": they refer back to a
     * company of that trade, which the name alone does not show ("Airbus … the airline" is the customer).
     */
    private static final Set<String> GENERIC_BUSINESS_HEADS = Set.of("company", "firm", "corporation",
            "conglomerate");
    /** How many sentences back "the company" may refer to the organisation last named. */
    private static final int DESCRIPTION_REACH = 3;

    /**
     * "the company", "the firm": a definite business head with nothing before it but "the" refers back
     * to the organisation last named, in this sentence or the {@value #DESCRIPTION_REACH} before, that is a
     * business or of no known sector ("General Motors … the company said"). Why not any organisation: "the
     * company" after "the Senate" or "the United Nations" is another actor. Nothing named, no mention.
     */
    private void businessDescriptions(Work w, Sentence s) {
        for (int j = 1; j < s.size(); j++) {
            Token t = s.token(j);
            if (!t.pos().equals("NN") || w.covered(s, j) || !lower(s.token(j - 1).word()).equals("the")
                    || j + 1 < s.size() && s.token(j + 1).isNoun()) {
                continue;
            }
            Optional<OrgHead> head = orgHeads.byName(t.word()).filter(h -> h.sector().equals("BUS")
                    && GENERIC_BUSINESS_HEADS.contains(h.phrase()));
            if (head.isEmpty()) {
                continue;
            }
            int at = t.start();
            ActorMention best = null;
            for (ActorMention m : w.mentions) {
                Draft d = w.owner.get(m);
                if (m.end() <= at && s.index() - m.sentence() <= DESCRIPTION_REACH && s.index() >= m.sentence()
                        && d.kind == EntityKind.ORGANIZATION && d.head == null && !"IGO".equals(d.country)
                        && (d.sector == null || d.sector.equals("BUS"))
                        && (best == null || m.start() > best.start())) {
                    best = m;
                }
            }
            if (best != null) {
                w.mention(w.owner.get(best), s, j - 1, j + 1, "org-description:" + head.get().rowId());
            }
        }
    }

    /** Words that open the name of a body of people: "Union" of "the Nigerian Union of Teachers". */
    private static final Set<String> BODY_WORDS = Set.of("union", "association", "federation", "confederation",
            "council", "congress", "syndicate", "society", "league", "guild", "alliance", "committee",
            "organization", "organisation", "order", "chamber", "institute", "foundation", "brotherhood");

    /**
     * A named body whose name ends with a capitalized head the tagger did not mark as an organisation: "the
     * Nigerian Union of Teachers", "the Kenya National Association of Farmers". The whole capitalized name is the
     * organisation, of the country a leading demonym or country name gives, with the head's sector; the head alone
     * ("Teachers") is not an actor of its own.
     */
    private boolean namedBody(Work w, Sentence s, int hb, int j, OrgHead head) {
        if (hb < 2 || !s.token(hb).isCapitalized() || !lower(s.token(hb - 1).word()).equals("of")
                || !s.token(hb - 2).isCapitalized() || !BODY_WORDS.contains(lower(s.token(hb - 2).word()))
                || w.overlapsKind(s, hb - 2, j + 1, EntityKind.ORGANIZATION)) {
            return false;
        }
        int rb = hb - 2;
        while (rb > 0 && s.token(rb - 1).isCapitalized() && !s.token(rb - 1).pos().equals("DT")
                && !s.token(rb - 1).pos().equals("POS") && !w.overlapsKind(s, rb - 1, rb, EntityKind.PERSON)) {
            rb--;
        }
        String text = w.text(s, rb, j + 1);
        String country = head.country().orElse(null);
        for (int x = rb; x < hb - 2 && country == null; x++) {
            Token t = s.token(x);
            if (t.ner().equals("NATIONALITY") || t.ner().equals("COUNTRY") || isDemonym(t.word())) {
                country = countries.byName(t.word()).map(Country::alpha3).orElse(null);
            }
        }
        for (int k = Math.min(3, hb - 2 - rb); k >= 1 && country == null; k--) {
            String pre = w.text(s, rb, rb + k); // "Kenya National Union of Teachers"
            country = countries.byName(pre).filter(c -> c.name().equalsIgnoreCase(stripThe(pre)) || isAlias(c, pre))
                    .map(Country::alpha3).orElse(null);
        }
        Draft d = w.draft("O:" + lower(text), EntityKind.ORGANIZATION, text);
        if (d.country == null) {
            d.country = country;
        }
        if (d.sector == null) {
            d.sector = head.sector();
        }
        w.mention(d, s, rb, j + 1, "org-named:" + head.rowId());
        return true;
    }

    /** The sides of the conflict in Northern Ireland, named after the island rather than the state. */
    private static final Set<String> NORTHERN_IRISH_SIDES = Set.of("nationalist", "republican", "loyalist",
            "unionist");

    /**
     * "Irish nationalist guerrillas", "Irish republican prisoners", "Irish loyalist gunmen": the sides of the
     * Northern Ireland conflict act in the United Kingdom (as the IRA, actors.tsv), not in the Republic of Ireland.
     */
    private static boolean northernIrish(Sentence s, int b, int hb) {
        for (int k = b; k < hb; k++) {
            if (NORTHERN_IRISH_SIDES.contains(lower(s.token(k).word()))) {
                return true;
            }
        }
        return false;
    }

    /** What the text leaves open, the dictionary fills: "Hezbollah" is Lebanese and armed. */
    private static void fillFromDictionary(Draft d, ActorEntry a) {
        a.country().filter(c -> d.country == null).ifPresent(c -> d.country = c);
        d.stateless = d.country == null && a.country().isEmpty();
        a.sector().filter(c -> d.sector == null).ifPresent(c -> d.sector = c);
    }

    /** The longest organisation head the words {@code from..to} (exclusive) end with, compared lower-cased. */
    private Optional<OrgHead> headEndingAt(Sentence s, int from, int to) {
        List<String> words = new ArrayList<>();
        for (int k = from; k < to; k++) {
            words.add(lower(s.token(k).word()));
        }
        return orgHeads.longestHeadAtEnd(words);
    }

    /** Words that end a company's full name without changing whom it names ("Apple Inc.", "Ford Motor Company"). */
    private static final Set<String> LEGAL_SUFFIXES = Set.of("inc", "inc.", "corp", "corp.", "corporation", "co",
            "co.", "company", "ltd", "ltd.", "limited", "plc", "llc", "ag");
    /** The same, with the trade words a short name leaves out too ("Apple Computer", "NPD Group"). */
    private static final Set<String> CORPORATE_SUFFIXES = Set.of("inc", "inc.", "corp", "corp.", "corporation",
            "co", "co.", "company", "ltd", "ltd.", "limited", "plc", "llc", "ag", "group", "holdings", "motor",
            "motors", "computer", "computers");
    /** Words an acronym leaves out ("Organization of Petroleum Exporting Countries" is OPEC). */
    private static final Set<String> ACRONYM_SKIPS = Set.of("of", "and", "the", "for", "&", "de");

    /**
     * One organisation named two ways: by its short and its full name ("Apple" and "Apple Inc.", "Ford" and "Ford
     * Motor Company"), or by an acronym of its name ("GM" and "General Motors", "UAW" and "United Auto Workers").
     * The mentions of the shorter name go to the fuller one. Only organisations the tagger or the dictionary named
     * (not groups of people, IGOs or coordinations). Why only corporate suffixes after a short name: "Fatah" and
     * "Fatah Revolutionary Council" are two movements.
     */
    private void sameOrganizations(Work w) {
        List<Draft> named = w.order.stream().filter(d -> d.kind == EntityKind.ORGANIZATION && d.head == null
                && d.members.isEmpty() && !"IGO".equals(d.country) && w.hasMention(d)).toList();
        for (Draft a : named) {
            for (Draft full : named) {
                if (a == full || !w.hasMention(a) || !w.hasMention(full) || !abbreviates(a.name, full.name)
                        || a.country != null && full.country != null && !a.country.equals(full.country)) {
                    continue;
                }
                if (full.country == null) {
                    full.country = a.country;
                }
                if (full.sector == null) {
                    full.sector = a.sector;
                }
                w.moveMentions(a, full);
                break;
            }
        }
    }

    /**
     * Whether {@code shorter} is {@code full} without its corporate suffixes (or both are the same name with other
     * suffixes), or the acronym of its name without legal suffixes.
     */
    static boolean abbreviates(String shorter, String full) {
        List<String> all = List.of(full.trim().replace(",", " ").split("\\s+"));
        List<String> other = List.of(shorter.trim().replace(",", " ").split("\\s+"));
        List<String> core = withoutSuffixes(all, CORPORATE_SUFFIXES);
        if (core.size() < all.size() && String.join(" ", core)
                .equalsIgnoreCase(String.join(" ", withoutSuffixes(other, CORPORATE_SUFFIXES)))) {
            return true; // "Apple" and "Apple Inc.", "Ford Motor Co." and "Ford Motor Company"
        }
        List<String> words = withoutSuffixes(all, LEGAL_SUFFIXES);
        if (!shorter.matches("[A-Z]{2,6}") || words.size() < 2) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String word : words) {
            if (!ACRONYM_SKIPS.contains(lower(word)) && !word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                initials.append(word.charAt(0));
            }
        }
        return initials.toString().equals(shorter);
    }

    private static List<String> withoutSuffixes(List<String> words, Set<String> suffixes) {
        int n = words.size();
        while (n > 1 && suffixes.contains(lower(words.get(n - 1)))) {
            n--;
        }
        return words.subList(0, n);
    }

    /** Sectors of actors that act within one state: officials, forces, courts, parties, rebels, protesters. */
    private static final Set<String> DOMESTIC_SECTORS = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY", "PTY",
            "OPP", "REB", "PRM", "CVL", "LAB", "UAF", "ELI", "AGR");
    /**
     * Sectors of groups of people (not of a person's title) that act where they live: "students" in an article
     * about Nigeria are Nigerian students. Why not for a title: a professor quoted on a country is often abroad.
     */
    private static final Set<String> DOMESTIC_GROUP_SECTORS = Set.of("EDU");

    /**
     * A domestic actor whose country the text does not give takes the country in context: the one country its
     * sentence names (by name, demonym, or a place in it), else the one country the whole document names.
     * "President X banned Ugandan opposition candidates", "Judge Y opened investigations against Chilean
     * officials", "militants … in Iraq" — as event coders code them. Never when the sentence names two countries,
     * never for refugees, media, business or actors the dictionary says have no state.
     */
    private void contextCountries(Work w) {
        Map<Integer, Set<String>> bySentence = new HashMap<>();
        Set<String> all = new LinkedHashSet<>();
        Map<Integer, Set<Integer>> attributions = new HashMap<>();
        for (ActorMention m : w.mentions) {
            Draft d = w.owner.get(m);
            if ((d.kind == EntityKind.COUNTRY || d.kind == EntityKind.LOCATION) && d.country != null
                    && !d.country.equals("IGO")) {
                Set<Integer> attribution = attributions.computeIfAbsent(m.sentence(),
                        k -> trailingAttribution(w.doc.sentences().get(k)));
                if (!attribution.contains(m.head())) {
                    bySentence.computeIfAbsent(m.sentence(), k -> new LinkedHashSet<>()).add(d.country);
                }
                all.add(d.country);
            }
        }
        for (CountryRef r : w.refs) {
            Set<Integer> attribution = attributions.computeIfAbsent(r.sentence(),
                    k -> trailingAttribution(w.doc.sentences().get(k)));
            if (!attribution.contains(r.tokenBegin())) {
                bySentence.computeIfAbsent(r.sentence(), k -> new LinkedHashSet<>()).add(r.alpha3());
            }
            all.add(r.alpha3());
        }
        Map<Draft, Integer> firstSentence = new HashMap<>();
        for (ActorMention m : w.mentions) {
            Draft d = w.owner.get(m);
            firstSentence.merge(d, m.sentence(), Math::min);
        }
        for (Draft d : w.order) {
            if (d.kind == EntityKind.PERSON && !d.key.startsWith("R:")) {
                // a well-known person: the dictionary's country when the text gives none, before any guess from
                // context, and its sector when no title gives one ("Palestinian leader Yasser Arafat")
                boolean noCountry = d.effectiveCountry() == null;
                actors.byName(d.name).filter(a -> a.kind() == EntityKind.PERSON).ifPresent(a -> {
                    if (noCountry) {
                        a.country().ifPresent(d::countryHint);
                    }
                    a.sector().ifPresent(d::titleSector);
                });
            }
            if ((d.kind != EntityKind.PERSON && d.kind != EntityKind.ORGANIZATION) || d.stateless
                    || d.effectiveCountry() != null || !firstSentence.containsKey(d)) {
                continue;
            }
            if (d.memberOf != null && (d.memberOf.stateless || "IGO".equals(d.memberOf.country))) {
                continue;
            }
            String sector = d.sector != null ? d.sector
                    : d.memberOf != null && d.memberOf.sector != null ? d.memberOf.sector : d.titleSector;
            boolean group = d.kind == EntityKind.ORGANIZATION && d.head != null;
            if (sector == null || !DOMESTIC_SECTORS.contains(sector)
                    && !(group && DOMESTIC_GROUP_SECTORS.contains(sector))) {
                continue;
            }
            Set<String> here = bySentence.getOrDefault(firstSentence.get(d), Set.of());
            String c = here.size() == 1 ? here.iterator().next()
                    : here.isEmpty() && all.size() == 1 ? all.iterator().next() : null;
            if (c == null) {
                continue;
            }
            if (d.kind == EntityKind.PERSON) {
                d.countryHint(c);
            } else {
                d.country = c;
                if (d.head != null && d.key.startsWith("O:-::")) {
                    // "Police" in an article about Nigeria that also writes "Nigerian police": one organisation
                    Draft same = w.drafts.get("O:" + c + ":" + d.head.replace("royal ", ""));
                    if (same != null && same != d && w.hasMention(same)) {
                        w.moveMentions(d, same);
                    }
                }
            }
        }
    }

    /** Verbs that attribute a clause to its source in a trailing "…, X said" ({@link #trailingAttribution}). */
    private static final Set<String> ATTRIBUTION_VERBS = Set.of("say", "report", "tell", "add", "state", "announce",
            "quote", "claim", "confirm", "write");

    /**
     * The tokens of a trailing attribution: the subject of a speech verb that follows the clause it reports
     * ("…, a spokeswoman for the U.S. embassy said", "…, Belgrade radio reported") and "according to …" phrases.
     * Wire reports name there who told the news, not where it happened, so the countries named there are no
     * context for the actors of the clause.
     */
    private static Set<Integer> trailingAttribution(Sentence s) {
        Set<Integer> out = new HashSet<>();
        for (int v = 0; v < s.size(); v++) {
            Token t = s.token(v);
            if (t.isVerb() && ATTRIBUTION_VERBS.contains(t.lemma())) {
                int verb = v;
                boolean reportsEarlier = s.children(v).stream().anyMatch(d -> d.dependent() < verb
                        && (d.rel().equals("ccomp") || d.rel().equals("parataxis")))
                        || s.head(v).filter(d -> d.rel().equals("parataxis") && d.governor() >= 0
                        && d.governor() < verb).isPresent();
                if (reportsEarlier) {
                    for (int subj : s.children(v, "nsubj")) {
                        out.addAll(s.subtree(subj));
                    }
                }
            }
            if (lower(t.word()).equals("according") && v + 1 < s.size() && lower(s.token(v + 1).word()).equals("to")) {
                s.head(v).map(Dependency::governor).filter(g -> g >= 0).ifPresent(g -> out.addAll(s.subtree(g)));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- countries

    private void countries(Work w, Sentence s, List<NerSpan> ner) {
        for (NerSpan n : ner) {
            if (!n.type().equals("COUNTRY")) {
                continue;
            }
            if (currency(s, n.tokenEnd())) {
                continue;
            }
            int nb = n.tokenBegin();
            if (nb > 0 && s.token(nb - 1).isCapitalized() && !s.token(nb - 1).pos().equals("DT")
                    && countries.byName(w.text(s, nb - 1, n.tokenEnd())).isPresent()) {
                nb--; // "Northern Ireland" with "Ireland" alone tagged: the longer name
            }
            String text = w.text(s, nb, n.tokenEnd());
            int begin = nb;
            // "Congo" names two states: the one the article names otherwise, or whose city it names
            Optional<Country> c = countries.byName(text).or(() -> countries.byDescriptor(text))
                    .or(() -> resolveInContext(w, text));
            c.ifPresent(country -> w.mention(countryDraft(w, country), s, begin, n.tokenEnd(),
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
                    if (!s.token(i).ner().equals("NATIONALITY") && !currency(s, i + len)) {
                        w.mention(countryDraft(w, c.get()), s, i, i + len, "lexicon-country:" + c.get().rowId());
                    }
                    i += len - 1;
                    break;
                }
            }
        }
    }

    /**
     * The country of a city or region, read in context: a name several countries share ("Tripoli" in Libya and in
     * Lebanon) is the one of them its sentence names ("the north Lebanese port"), else the one the article names,
     * else the lexicon's choice (a capital over another country's city). News names the country of an ambiguous
     * place nearby when it is not the obvious one.
     */
    private Optional<Country> cityIn(Work w, Sentence s, String place) {
        List<Country> all = countries.allByCity(place);
        if (all.size() > 1) {
            for (Set<String> named : List.of(namedIn(w, s), namedInDocument(w))) {
                List<Country> hit = all.stream().filter(c -> named.contains(c.alpha3())).toList();
                if (hit.size() == 1) {
                    return Optional.of(hit.get(0));
                }
                if (hit.size() > 1) {
                    break; // the text names both: the lexicon decides
                }
            }
        }
        return countries.byCity(place);
    }

    /** Countries sentence {@code s} names by a capitalized name, alias or demonym (unambiguous ones), cached. */
    private Set<String> namedIn(Work w, Sentence s) {
        return w.namedCountries.computeIfAbsent(s.index(), k -> {
            Set<String> out = new LinkedHashSet<>();
            for (int i = 0; i < s.size(); i++) {
                if (!s.token(i).isCapitalized()) {
                    continue;
                }
                for (int len = Math.min(countries.maxNameTokens(), s.size() - i); len >= 1; len--) {
                    if (!s.token(i + len - 1).isCapitalized()) {
                        continue;
                    }
                    Optional<Country> c = countries.byName(w.text(s, i, i + len));
                    if (c.isPresent()) {
                        out.add(c.get().alpha3());
                        i += len - 1;
                        break;
                    }
                }
            }
            return out;
        });
    }

    private Set<String> namedInDocument(Work w) {
        Set<String> out = new LinkedHashSet<>();
        for (Sentence x : w.doc.sentences()) {
            out.addAll(namedIn(w, x));
        }
        return out;
    }

    /** "US $50 million", "HK$": a country name that only qualifies a currency amount is no actor. */
    private static boolean currency(Sentence s, int next) {
        return next < s.size() && (s.token(next).pos().equals("$") || s.token(next).word().startsWith("$"));
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

    /**
     * State organs and groups of people named by a head phrase: "Israel's Air Force", "the Royal Moroccan Armed
     * Forces", "Swiss doctors", "U.S. soldiers", "Security forces in Guinea", "French and Egyptian warships" (a
     * group of two organisations), "Tamil civilians" and "striking workers" (no country), "the army" after "the
     * Israeli army" (the same organisation).
     */
    private void organizations(Work w, Sentence s, List<NerSpan> ner) {
        for (int j = 0; j < s.size(); j++) {
            Optional<OrgHead> found = headEndingAt(s, Math.max(0, j - 4), j + 1);
            if (found.isEmpty()) {
                continue;
            }
            OrgHead head = found.get();
            int hb = j - head.words() + 1;
            if (j + 1 < s.size() && s.token(j + 1).isNoun() && !s.token(j + 1).pos().equals("NNP")
                    && !s.token(j + 1).ner().equals("DATE") && !s.token(j + 1).ner().equals("TIME")) {
                continue; // "air force bases": the head is a modifier here ("officers today ended": it is not)
            }
            if (continuesAfter(s, hb, j)) {
                continue; // "U.S. State Department": not "U.S. State"
            }
            int jj = j;
            if (ner.stream().anyMatch(n -> n.type().equals("ORGANIZATION") && n.tokenBegin() <= jj
                    && jj + 1 < n.tokenEnd())) {
                continue; // "the Serbian Workers' Union", "the Liberian Farmers Council": a named organisation
            }
            if (ner.stream().anyMatch(n -> n.type().equals("ORGANIZATION") && n.tokenBegin() < hb
                    && jj < n.tokenEnd() && w.text(s, n.tokenBegin(), hb).toLowerCase(Locale.ROOT).contains(" of"))) {
                continue; // "the Kenyan Union of Nurses": the head ends a named organisation
            }
            if (namedBody(w, s, hb, j, head)) {
                continue; // the same, when the tagger left the name untagged
            }
            String country = head.country().orElse(null);
            String how = "org-head:" + head.rowId();
            int b = hb; // first token of the mention
            int p = hb; // first token read: free adjectives count only when a modifier before them does
            List<Modifier> conjoined = new ArrayList<>(); // "French and Egyptian": countries of a coordination
            List<String> identity = new ArrayList<>(); // "Tamil", "Jewish": who they are when no country says it
            while (p > 0) {
                Token t = s.token(p - 1);
                String lw = lower(t.word());
                Optional<Modifier> dem = countryModifierEndingAt(w, s, p - 1);
                if (p == hb && ledBy(w, s, p - 1).isPresent()) {
                    // "Vietnamese-led forces": the forces of the country that leads them ("-backed" is not theirs)
                    Modifier lm = ledBy(w, s, p - 1).get();
                    country = country == null ? lm.country().alpha3() : country;
                    b = p = lm.begin();
                    break;
                } else if (dem.isPresent()) {
                    boolean first = country == null;
                    country = country == null ? dem.get().country().alpha3() : country;
                    b = p = dem.get().begin();
                    // "French and Egyptian warships", "Sierra Leonean, Liberian and Guinean refugees"
                    List<Modifier> more = new ArrayList<>(List.of(dem.get()));
                    while (first && p >= 2 && (s.token(p - 1).word().equals("and") || s.token(p - 1).word().equals(","))) {
                        Optional<Modifier> next = countryModifierEndingAt(w, s, p - 2);
                        if (next.isEmpty() || more.stream().anyMatch(m -> m.country().equals(next.get().country()))) {
                            break;
                        }
                        more.add(0, next.get());
                        b = p = next.get().begin();
                    }
                    if (more.size() > 1) {
                        conjoined = more;
                    }
                } else if (t.word().equals("'s") || t.word().equals("’s")) {
                    int c = p - 2;
                    int cb = c;
                    while (cb > 0 && s.token(cb - 1).isCapitalized() && !s.token(cb - 1).word().equals("The")) {
                        cb--;
                    }
                    Optional<Country> pc = Optional.empty();
                    int at = -1;
                    for (int x = cb; x <= c && pc.isEmpty(); x++) {
                        pc = countries.byName(w.text(s, x, c + 1));
                        at = x;
                    }
                    if (pc.isPresent()) {
                        country = country == null ? pc.get().alpha3() : country;
                        b = at;
                    }
                    break;
                } else if (t.isCapitalized() && ROYAL_WORDS.contains(lw)) {
                    b = p = p - 1;
                } else if (t.isCapitalized() && head.alone() && dictionaryNameEndingAt(w, s, p - 1).isPresent()) {
                    // "Hezbollah guerrillas": a movement the dictionary knows says whose they are
                    DictName dn = dictionaryNameEndingAt(w, s, p - 1).get();
                    identity.add(0, w.text(s, dn.begin(), p));
                    if (country == null && dn.entry().country().filter(c -> !c.equals("IGO")).isPresent()) {
                        country = dn.entry().country().get();
                        how = how + "+actors:" + dn.entry().rowId();
                    }
                    b = p = dn.begin();
                    break;
                } else if (t.isCapitalized() && p == hb && isPlaceToken(t) && placeEndingAt(w, s, p - 1).isPresent()) {
                    // "Darfur rebels", "Kirkuk police": a place of one country before the head
                    Modifier pm = placeEndingAt(w, s, p - 1).get();
                    country = country == null ? pm.country().alpha3() : country;
                    b = p = pm.begin();
                    break;
                } else if (isIdentity(t)) {
                    identity.add(0, t.word());
                    b = p = p - 1;
                } else if (isFreeAdjective(s, p - 1)) {
                    p--;
                } else if (p == hb && head.alone() && t.pos().equals("NN") && !t.isCapitalized()
                        && p >= 2 && countryModifierEndingAt(w, s, p - 2).isPresent()) {
                    p--; // "French paper workers": a noun naming the trade between the country and the group
                } else {
                    break;
                }
            }
            if ("IRL".equals(country) && head.country().isEmpty() && northernIrish(s, b, hb)) {
                country = "GBR";
            }
            if (conjoined.size() > 1 && head.country().isEmpty()) {
                List<Draft> members = new ArrayList<>();
                String headText = w.text(s, hb, j + 1);
                for (Modifier m : conjoined) {
                    Draft d = w.draft("O:" + m.country().alpha3() + ":" + head.phrase(), EntityKind.ORGANIZATION,
                            titleCase(w.text(s, m.begin(), m.end()) + " " + headText));
                    d.country = m.country().alpha3();
                    d.sector = head.sector();
                    d.head = head.phrase();
                    w.mention(d, s, m.begin(), m.end(), how, m.end() - 1);
                    members.add(d);
                }
                w.mention(w.group(members), s, b, j + 1, "group:coordinated");
                continue;
            }
            String place = null;
            if (country == null && j + 2 < s.size()) {
                // "the Ministry of Defence of Israel", "officials from Egypt", "Security forces in Guinea"; armies
                // and refugees are often abroad, so "in" gives them no country
                String prep = lower(s.token(j + 1).word());
                // "a newspaper based in Beirut", "a group based in the Christian east of Beirut": where it is
                // based is its home, whatever it is (troops and refugees "in" a place are often foreigners)
                boolean based = prep.equals("based") && j + 3 < s.size() && lower(s.token(j + 2).word()).equals("in");
                int from = based ? j + 3 : j + 2;
                boolean in = based || prep.equals("in") && identity.isEmpty() && !head.sector().equals("MIL")
                        && !head.sector().equals("REF") && !ABROAD_HEADS.contains(head.phrase());
                if (prep.equals("of") || prep.equals("from") || in) {
                    int q = lower(s.token(from).word()).equals("the") ? from + 1 : from;
                    // "doctors from two American aid groups", "experts from several Japanese firms": over the count
                    // to the demonym of the body they come from
                    while (!based && q + 2 < s.size() && (s.token(q).pos().equals("CD")
                            || COUNT_WORDS.contains(lower(s.token(q).word())))) {
                        q++;
                    }
                    if (based) {
                        // over the words that place it within the city: "Christian east Beirut", "southern Basra"
                        int limit = Math.min(s.size(), q + 4);
                        while (q + 1 < limit && !isPlaceToken(s.token(q))
                                && countryNameStartingAt(w, s, q).isEmpty()
                                && (s.token(q).pos().startsWith("JJ") || s.token(q).pos().startsWith("NN")
                                || s.token(q).pos().equals("IN") || s.token(q).pos().equals("DT"))) {
                            q++;
                        }
                    }
                    Optional<Modifier> oc = q < s.size() ? countryNameStartingAt(w, s, q)
                            .filter(m -> !modifiesNext(s, m.end())) : Optional.empty();
                    if (oc.isEmpty() && head.alone() && q + 1 < s.size() && s.token(q + 1).isNoun()) {
                        // "inhabitants of the Syrian Golan Heights"
                        int qq = q;
                        oc = countryModifierEndingAt(w, s, q).filter(m -> m.begin() == qq
                                && isDemonym(m.country(), w.text(s, m.begin(), m.end())));
                    }
                    boolean coordinated = oc.isPresent() && oc.get().end() + 1 < s.size()
                            && s.token(oc.get().end()).word().equals("and")
                            && countryNameStartingAt(w, s, oc.get().end() + 1).isPresent();
                    if (oc.isPresent() && !coordinated) {
                        country = oc.get().country().alpha3();
                    } else if (oc.isEmpty() && !prep.equals("of") && q < s.size() && isPlaceToken(s.token(q))) {
                        int qe = q;
                        while (qe < s.size() && s.token(qe).ner().equals(s.token(q).ner())) {
                            qe++;
                        }
                        String text = w.text(s, q, qe);
                        Optional<Country> city = cityIn(w, s, text);
                        if (city.isPresent()) {
                            country = city.get().alpha3();
                        } else if (in && (!head.alone() || head.countryNeeded())) {
                            place = text; // "police in Kashmir"; "reporters in Kashmir" are reporters anyway
                        }
                    }
                }
            }
            if (country == null && head.sector().equals("REF")) {
                country = fledFrom(w, s, j + 1).orElse(null); // "refugees fleeing the war in Liberia"
            }
            String headText = w.text(s, hb, j + 1);
            if (country == null) {
                boolean bare = b == hb && identity.isEmpty();
                boolean definite = hb > 0 && lower(s.token(hb - 1).word()).equals("the");
                boolean organ = head.alone() && head.countryNeeded() && place == null;
                if (organ && !standsBare(s, p, j)) {
                    continue; // "company officials", "faced opposition": not the state organ
                }
                if (organ && j + 1 < s.size() && Set.of("of", "from").contains(lower(s.token(j + 1).word()))) {
                    continue; // "the military of an Arab country": whose it is, the text says, not the context
                }
                if (bare && place == null && (definite || organ)) {
                    // "the army" after "the Israeli army", "police" after "Nigerian police": the organisation
                    // last named with this head, unless the sentence names another country
                    Optional<Draft> earlier = w.lastWithHead(head.phrase()).filter(e -> !organ
                            || e.country == null || namedIn(w, s).isEmpty() || namedIn(w, s).contains(e.country));
                    if (earlier.isPresent()) {
                        w.mention(earlier.get(), s, hb, j + 1, "org-head-again:" + head.rowId());
                        continue;
                    }
                }
                if (place != null) {
                    Draft d = w.draft("O:@" + lower(place) + ":" + head.phrase(), EntityKind.ORGANIZATION,
                            titleCase(headText) + " in " + place);
                    d.sector = head.sector();
                    d.head = head.phrase();
                    w.mention(d, s, b, j + 1, how);
                    continue;
                }
                if (!head.alone() || !s.token(j).isNoun()) {
                    continue;
                }
                if (identity.isEmpty()) {
                    b = p; // "striking workers"
                }
                Draft d = w.draft("O:-:" + lower(String.join(" ", identity)) + ":" + head.phrase(),
                        EntityKind.ORGANIZATION, titleCase(w.text(s, b, j + 1)));
                d.sector = head.sector();
                d.head = head.phrase();
                if (!identity.isEmpty()) {
                    // "Hezbollah guerrillas": a movement the dictionary knows says whose they are
                    Optional<ActorEntry> known = actors.byName(String.join(" ", identity));
                    if (known.isPresent() && known.get().country().isPresent()) {
                        d.country = known.get().country().get();
                        how = how + "+actors:" + known.get().rowId();
                    }
                }
                w.mention(d, s, b, j + 1, how);
                continue;
            }
            String key = "O:" + country + ":" + head.phrase().replace("royal ", "");
            Optional<Country> cc = countries.byAlpha3(country);
            String name = titleCase(headText);
            if (head.country().isEmpty() && cc.isPresent()) {
                String dem = cc.get().demonyms().isEmpty() ? cc.get().name() : cc.get().demonyms().get(0);
                String mods = titleCase(w.text(s, b, hb).replaceAll("(?i)\\b"
                        + java.util.regex.Pattern.quote(cc.get().name()) + "\\s*['’]s\\s*", "").trim());
                name = mods.toLowerCase(Locale.ROOT).contains(dem.toLowerCase(Locale.ROOT))
                        ? (mods + " " + name).trim()
                        : (mods.isEmpty() ? dem + " " + name : mods.replaceFirst("^(Royal)\\b", "$1 " + dem) + " " + name);
                if (mods.startsWith("Royal") && !name.contains(dem)) {
                    name = "Royal " + dem + " " + titleCase(headText);
                }
            }
            Draft d = w.draft(key, EntityKind.ORGANIZATION, name.replaceAll("\\s+", " "));
            d.country = country;
            d.sector = head.sector();
            d.head = head.phrase();
            w.mention(d, s, b, j + 1, how);
        }
    }

    private record DictName(ActorEntry entry, int begin) {
    }

    /** The actor-dictionary organisation whose capitalized name ends at token {@code last}: "Hezbollah". */
    private Optional<DictName> dictionaryNameEndingAt(Work w, Sentence s, int last) {
        for (int k = Math.min(4, last + 1); k >= 1; k--) {
            int first = last - k + 1;
            if (!s.token(first).isCapitalized()) {
                continue;
            }
            Optional<ActorEntry> a = actors.byName(w.text(s, first, last + 1))
                    .filter(x -> x.kind() == EntityKind.ORGANIZATION);
            if (a.isPresent()) {
                return Optional.of(new DictName(a.get(), first));
            }
        }
        return Optional.empty();
    }

    /**
     * The one country named within a few words after "fleeing" or "fled" at {@code i}: refugees fleeing a war in
     * a country, or the country itself, come from it. Empty if none or several.
     */
    private Optional<String> fledFrom(Work w, Sentence s, int i) {
        if (i >= s.size() || !s.token(i).lemma().equals("flee")) {
            return Optional.empty();
        }
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        for (int q = i + 1; q < Math.min(s.size(), i + 10); q++) {
            if (s.token(q).word().equals(",") || s.token(q).pos().startsWith("VB")) {
                break;
            }
            Optional<Modifier> c = countryNameStartingAt(w, s, q);
            if (c.isPresent()) {
                found.add(c.get().country().alpha3());
                q = c.get().end() - 1;
                continue;
            }
            if (isPlaceToken(s.token(q))) {
                cityIn(w, s, s.token(q).word()).ifPresent(x -> found.add(x.alpha3()));
            }
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    /** "Vietnamese-led" (one token, or three: "Vietnamese", "-", "led") ending at {@code last}: the leader's country. */
    private Optional<Modifier> ledBy(Work w, Sentence s, int last) {
        Token t = s.token(last);
        String lw = lower(t.word());
        if (lw.endsWith("-led") && lw.length() > 4 && t.isCapitalized()) {
            String dem = t.word().substring(0, t.word().length() - 4);
            return resolveInContext(w, dem).map(c -> new Modifier(c, last, last + 1));
        }
        if (lw.equals("led") && last >= 2 && (s.token(last - 1).word().equals("-")
                || s.token(last - 1).pos().equals("HYPH"))) {
            return countryModifierEndingAt(w, s, last - 2).map(m -> new Modifier(m.country(), m.begin(), last + 1));
        }
        return Optional.empty();
    }

    /** A city or region of one country whose name ends at token {@code last}: "Darfur", "North Kivu". */
    private Optional<Modifier> placeEndingAt(Work w, Sentence s, int last) {
        for (int k = Math.min(3, last + 1); k >= 1; k--) {
            int first = last - k + 1;
            boolean caps = true;
            for (int x = first; x <= last; x++) {
                caps &= s.token(x).isCapitalized() || s.token(x).word().equals("-");
            }
            if (!caps) {
                continue;
            }
            Optional<Country> c = cityIn(w, s, w.text(s, first, last + 1));
            if (c.isPresent()) {
                return Optional.of(new Modifier(c.get(), first, last + 1));
            }
        }
        return Optional.empty();
    }

    /** Whether a longer head phrase covers tokens {@code hb..j} and goes on after {@code j}. */
    private boolean continuesAfter(Sentence s, int hb, int j) {
        for (int e = j + 1; e < Math.min(s.size(), j + 3); e++) {
            Optional<OrgHead> longer = headEndingAt(s, Math.max(0, e - 4), e + 1);
            if (longer.isPresent() && e - longer.get().words() + 1 <= hb) {
                return true;
            }
        }
        return false;
    }

    /** A country named by words before or after a head: "Egyptian", "Sierra Leonean", "U.S.", "Guinea". */
    private record Modifier(Country country, int begin, int end) {
    }

    /**
     * The country named by the capitalized words ending at token {@code last} when they modify what follows:
     * a demonym ("Burundian", "Sierra Leonean"), a name or acronym ("U.S.", "Ivory Coast"). A demonym shared
     * by several states ("Congolese") is the one the article has already named, else none.
     */
    private Optional<Modifier> countryModifierEndingAt(Work w, Sentence s, int last) {
        if (last < 0) {
            return Optional.empty();
        }
        for (int k = Math.min(3, last + 1); k >= 1; k--) {
            int first = last - k + 1;
            boolean caps = !s.token(first).pos().equals("DT");
            for (int x = first; x <= last; x++) {
                caps &= s.token(x).isCapitalized();
            }
            if (!caps) {
                continue;
            }
            Token t = s.token(last);
            if (k == 1 && !(t.ner().equals("NATIONALITY") || t.pos().equals("JJ") || t.pos().equals("NNP"))) {
                continue;
            }
            Optional<Country> c = resolveInContext(w, w.text(s, first, last + 1));
            if (c.isPresent()) {
                return Optional.of(new Modifier(c.get(), first, last + 1));
            }
        }
        return Optional.empty();
    }

    /** The country whose name starts at token {@code first}: "Guinea", "Sierra Leone", "the United States". */
    private Optional<Modifier> countryNameStartingAt(Work w, Sentence s, int first) {
        for (int k = Math.min(countries.maxNameTokens(), s.size() - first); k >= 1; k--) {
            if (!s.token(first).isCapitalized() || !s.token(first + k - 1).isCapitalized()) {
                continue;
            }
            String text = w.text(s, first, first + k);
            Optional<Country> c = countries.byName(text);
            if (c.isPresent() && (c.get().name().equalsIgnoreCase(stripThe(text)) || isAlias(c.get(), text))) {
                return Optional.of(new Modifier(c.get(), first, first + k));
            }
        }
        return Optional.empty();
    }

    /** The country a surface names; if it names several states ("Congolese"), the one the article has named. */
    private Optional<Country> resolveInContext(Work w, String surface) {
        Optional<Country> c = countries.byName(surface);
        if (c.isPresent()) {
            return c;
        }
        List<Country> all = countries.allByName(surface);
        List<Country> named = all.stream().filter(x -> w.isNamed(x.alpha3())).toList();
        if (!named.isEmpty()) {
            return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
        }
        // "Congolese rebels shelled Kinshasa": the one of them whose city or region the article names
        Set<String> placed = placedInDocument(w);
        List<Country> byPlace = all.stream().filter(x -> placed.contains(x.alpha3())).toList();
        return byPlace.size() == 1 ? Optional.of(byPlace.get(0)) : Optional.empty();
    }

    /** The countries of the cities and regions the tagger marks anywhere in the article (one country each). */
    private Set<String> placedInDocument(Work w) {
        if (w.placedCountries == null) {
            Set<String> out = new LinkedHashSet<>();
            for (Sentence x : w.doc.sentences()) {
                for (int i = 0; i < x.size(); i++) {
                    if (!isPlaceToken(x.token(i)) || x.token(i).ner().equals("COUNTRY")) {
                        continue;
                    }
                    int e = i;
                    while (e < x.size() && e - i < 3 && x.token(e).ner().equals(x.token(i).ner())) {
                        e++;
                    }
                    countries.byCity(w.text(x, i, e)).ifPresent(c -> out.add(c.alpha3()));
                    i = e - 1;
                }
            }
            w.placedCountries = out;
        }
        return w.placedCountries;
    }

    /** "Jewish", "Tamil", "Shiite": a capitalized word saying who a group is, when it names no country. */
    private static boolean isIdentity(Token t) {
        return t.isCapitalized() && (t.pos().equals("JJ") || t.pos().startsWith("NNP"))
                && Set.of("RELIGION", "NATIONALITY", "MISC", "IDEOLOGY").contains(t.ner());
    }

    /** "nationalist", "striking", "armed": an adjective that may stand in a group's name. */
    private static boolean isFreeAdjective(Sentence s, int i) {
        Token t = s.token(i);
        String lw = lower(t.word());
        if (i > 0 && (s.token(i - 1).word().equals("-") || s.token(i - 1).pos().equals("HYPH"))) {
            return false; // "Miami-based", "flag-waving": half of a compound
        }
        return (i == 0 || !t.isCapitalized()) && (t.pos().equals("JJ") || t.pos().equals("VBG") || t.pos().equals("VBN"))
                && s.head(i).map(d -> d.rel().startsWith("amod") || d.rel().startsWith("compound")).orElse(false)
                && !TitleLexicon.isFormerMarker(lw) && !NOT_NAME_ADJECTIVES.contains(lw);
    }

    /** Determiners and possessive pronouns that may open a bare state organ ("the army", "a police patrol"). */
    private static final Set<String> ORGAN_DETERMINERS = Set.of("the", "a", "an", "this", "that", "its", "their",
            "his", "her", "our");

    /**
     * Whether the head ending at {@code j}, read back to {@code p} over free adjectives, stands as a state organ of
     * its own: nothing but a determiner, a number or an adjective before it ("police", "the army", "two soldiers",
     * "local officials"), not a noun or a possessive ("company officials", "the firm's lawyers"). A singular head
     * also needs an article, "this", "that" or a possessive pronoun, or a capital ("the army", "Parliament"):
     * without one (or after "no") it is mostly the common noun ("faced stiff opposition", "military action"). "police" is plural without an -s.
     * Why not every bare head: "opposition to the plan" and "court" in "took them to court" are no actors.
     */
    private static boolean standsBare(Sentence s, int p, int j) {
        Token before = p > 0 ? s.token(p - 1) : null;
        if (before != null && (before.isNoun() || possessiveAt(s, p - 1) || before.pos().equals("POS"))) {
            return false;
        }
        if (j + 1 < s.size() && lower(s.token(j + 1).word()).equals("to")
                && lower(s.token(j).word()).equals("opposition")) {
            return false; // "the opposition to the bill"
        }
        if (j + 1 < s.size() && s.token(j + 1).isProperNoun() && s.token(j).isCapitalized()) {
            return false; // "Senate Majority Leader Harry Reid", "Army Chief Aung Min": part of a title and name
        }
        Token h = s.token(j);
        boolean singular = h.pos().equals("NN") && !lower(h.word()).equals("police");
        if (!singular) {
            return true;
        }
        return before != null && ORGAN_DETERMINERS.contains(lower(before.word()));
    }

    /**
     * "Israel's" in "the chief of Israel's militia ally", "the US" in "the state of the US economy": the country
     * belongs to what follows, not to what precedes.
     */
    private static boolean modifiesNext(Sentence s, int i) {
        return possessiveAt(s, i) || i < s.size() && s.token(i).isNoun();
    }

    private static boolean possessiveAt(Sentence s, int i) {
        return i < s.size() && (s.token(i).word().equals("'s") || s.token(i).word().equals("’s")
                || s.token(i).word().equals("'"));
    }

    private static boolean isPlaceToken(Token t) {
        return t.isCapitalized() && Set.of("CITY", "STATE_OR_PROVINCE", "LOCATION", "COUNTRY").contains(t.ner());
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    /** Organizations the tagger names that no head phrase covered: "Hamas", "the United Nations". */
    private void namedOrganizations(Work w, Sentence s, List<NerSpan> ner) {
        for (NerSpan n : ner) {
            if (!n.type().equals("ORGANIZATION") || w.overlapsKind(s, n.tokenBegin(), n.tokenEnd(), EntityKind.ORGANIZATION)) {
                continue;
            }
            if (igos.byName(n.text()).isEmpty()) {
                n = withoutTrailingRole(w, s, n);
            }
            if (countryThenTitle(w, s, n)) {
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
                } else if (d.sector == null && n.tokenEnd() - n.tokenBegin() > 1) {
                    // "Maritime Self-Defense Force", "National Police": a name ending with a head says what it is
                    headEndingAt(s, n.tokenBegin(), n.tokenEnd()).ifPresent(h -> d.sector = h.sector());
                }
                for (int i = n.tokenBegin(); i < n.tokenEnd() && d.country == null; i++) {
                    Token t = s.token(i);
                    // "the Liberian Peace Council": a demonym opening the name, whatever the tagger called it
                    if (t.ner().equals("NATIONALITY") || t.ner().equals("COUNTRY")
                            || i == n.tokenBegin() && isDemonym(t.word())) {
                        countries.byName(t.word()).ifPresent(c -> d.country = c.alpha3());
                    }
                }
                for (int k = Math.min(3, n.tokenEnd() - n.tokenBegin() - 1); k >= 1 && d.country == null; k--) {
                    // "Montenegro Assembly", "Kenya Anti-Corruption Commission": named after its country
                    String pre = w.text(s, n.tokenBegin(), n.tokenBegin() + k);
                    countries.byName(pre).filter(c -> c.name().equalsIgnoreCase(stripThe(pre)) || isAlias(c, pre))
                            .ifPresent(c -> d.country = c.alpha3());
                }
                if (d.country == null && n.tokenEnd() - n.tokenBegin() > 1) {
                    // "Kandahar Bank", "Esfahan Uranium Conversion Facilities": named after a place of one country
                    for (int k = Math.min(3, n.tokenEnd() - n.tokenBegin() - 1); k >= 1 && d.country == null; k--) {
                        cityIn(w, s, w.text(s, n.tokenBegin(), n.tokenBegin() + k))
                                .ifPresent(c -> d.country = c.alpha3());
                    }
                }
                if (d.country == null && n.tokenBegin() > 0) {
                    // "the Palestinian Islamic Jihad", when the tagger leaves the demonym out of the name
                    Token before = s.token(n.tokenBegin() - 1);
                    if (before.ner().equals("NATIONALITY") && isDemonym(before.word())) {
                        countryModifierEndingAt(w, s, n.tokenBegin() - 1).ifPresent(m -> d.country = m.country().alpha3());
                    } else if (before.pos().equals("POS") && n.tokenBegin() > 1) {
                        // "Japan's Maritime Self-Defense Force": a country's own organisation
                        countryModifierEndingAt(w, s, n.tokenBegin() - 2).ifPresent(m -> d.country = m.country().alpha3());
                    }
                }
            }
            String how = igo.isPresent() ? "igo:" + igo.get().rowId() : "ner-org";
            if (igo.isEmpty()) {
                Optional<ActorEntry> known = actors.byName(text).filter(a -> a.kind() == EntityKind.ORGANIZATION);
                if (known.isPresent() && (d.country == null || d.sector == null)) {
                    fillFromDictionary(d, known.get());
                    how = "actors:" + known.get().rowId();
                }
            }
            w.mention(d, s, n.tokenBegin(), n.tokenEnd(), how);
        }
    }

    /**
     * "British Defence" tagged as an organisation in "British Defence Secretary Tom King": a country word, then the
     * start of a title the next words finish. The person's title and country are read with the name.
     */
    private boolean countryThenTitle(Work w, Sentence s, NerSpan n) {
        for (int k = n.tokenBegin() + 1; k < n.tokenEnd(); k++) {
            int start = k;
            if (countryModifierEndingAt(w, s, k - 1).filter(m -> m.begin() <= n.tokenBegin()
                    || m.begin() == n.tokenBegin() + 1 && lower(s.token(n.tokenBegin()).word()).equals("the")).isEmpty()) {
                continue;
            }
            for (int end = n.tokenEnd() + 1; end <= Math.min(s.size(), n.tokenEnd() + 2); end++) {
                List<String> ws = new ArrayList<>();
                for (int x = start; x < end; x++) {
                    ws.add(lower(s.token(x).word()));
                }
                if (titles.match(String.join(" ", ws)).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "United Nations Humanitarian Coordinator" tagged as one organisation: the organisation is the IGO or
     * dictionary name it starts with, when a role word ends the span (the person's title, read by the apposition).
     */
    private NerSpan withoutTrailingRole(Work w, Sentence s, NerSpan n) {
        if (n.tokenEnd() - n.tokenBegin() < 2 || titles.match(lower(s.token(n.tokenEnd() - 1).word())).isEmpty()) {
            return n;
        }
        for (int k = n.tokenEnd() - 1; k > n.tokenBegin(); k--) {
            String pre = w.text(s, n.tokenBegin(), k);
            if (igos.byName(pre).isPresent() || actors.byName(pre).isPresent()) {
                return new NerSpan(n.sentence(), n.tokenBegin(), k, s.token(n.tokenBegin()).start(),
                        s.token(k - 1).end(), pre, n.type());
            }
        }
        return n;
    }

    /**
     * "The Palestinians rejected …", "168 Liberians": a nation's people named by a plural demonym. CVL when counted
     * or described ("thousands of Algerians", "young Algerians"); no sector otherwise, as "the Palestinians" is
     * often the side in talks rather than its civilians.
     */
    private void nationals(Work w, Sentence s) {
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            boolean plural = t.pos().equals("NNPS") || t.pos().equals("NNS")
                    || t.pos().equals("NNP") && t.ner().equals("NATIONALITY") && lower(t.word()).endsWith("s");
            if (!t.isCapitalized() || !plural || w.covered(s, i)) {
                continue;
            }
            if (i + 1 < s.size() && s.token(i + 1).isNoun()) {
                continue; // a modifier
            }
            Optional<Country> c = resolveInContext(w, t.word());
            if (c.isEmpty() || c.get().name().equalsIgnoreCase(t.word()) || isAlias(c.get(), t.word())) {
                continue; // "the Philippines", "the Bahamas": the country itself
            }
            // "ethnic Albanians in south Serbia", "the Albanians of southern Serbia": the country they live in
            boolean ethnic = i > 0 && lower(s.token(i - 1).word()).equals("ethnic");
            String country = ethnic ? null : c.get().alpha3();
            if (i + 2 < s.size() && Set.of("in", "of").contains(lower(s.token(i + 1).word()))) {
                int q = lower(s.token(i + 2).word()).equals("the") ? i + 3 : i + 2;
                while (q < s.size() && s.token(q).pos().equals("JJ") && !s.token(q).isCapitalized()) {
                    q++;
                }
                Optional<Modifier> home = q < s.size() ? countryNameStartingAt(w, s, q) : Optional.empty();
                if (home.isPresent()) {
                    country = home.get().country().alpha3();
                }
            }
            String key = "N:" + (ethnic ? "ethnic " : "") + c.get().alpha3() + ":" + country;
            Draft d = w.draft(key, EntityKind.ORGANIZATION, titleCase(w.text(s, ethnic ? i - 1 : i, i + 1)));
            d.country = country;
            if (d.sector == null && i > 0) {
                Token before = s.token(i - 1);
                boolean counted = before.pos().equals("CD") || before.pos().equals("JJ")
                        || before.word().equals("of") && i > 1 && (s.token(i - 2).pos().equals("CD")
                        || s.token(i - 2).pos().equals("NNS"));
                d.sector = counted ? "CVL" : null;
            }
            w.mention(d, s, ethnic ? i - 1 : i, i + 1, "nationals:" + c.get().rowId());
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
            Optional<Country> c = cityIn(w, s, n.text());
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
            n = withUntaggedFirstName(w, s, n);
            String name = n.text();
            Optional<Draft> place = placeNamed(w, name);
            if (place.isPresent() && !w.drafts.containsKey("P:" + name.toLowerCase(Locale.ROOT))) {
                // "near the village of Kok-Tash … Residents of Kok-Tash": the tagger's PERSON is the place met before
                w.mention(place.get(), s, n.tokenBegin(), n.tokenEnd(), "place-again");
                continue;
            }
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
            for (int len = Math.min(5, b); len >= 2; len--) {
                // a rank of several words, some lower-case: "Secretary of State Madeleine Albright"
                List<String> ws = new ArrayList<>();
                for (int x = b - len; x < b; x++) {
                    ws.add(lower(s.token(x).word()));
                }
                Optional<Title> longRank = titles.match(String.join(" ", ws)).filter(Title::rank);
                if (longRank.isPresent() && b - len < tb && s.token(b - len).isCapitalized()
                        && !s.token(b - len).pos().equals("DT")
                        && !w.overlapsAny(s, b - len, b)) {
                    tb = b - len;
                    break;
                }
            }
            if (tb < b) {
                Optional<Country> rc = Optional.empty();
                if (tb >= 2 && (s.token(tb - 1).word().equals("'s") || s.token(tb - 1).word().equals("’s"))) {
                    rc = countryEndingAt(w, s, tb - 2);
                } else if (tb >= 1 && s.token(tb - 1).isCapitalized()) {
                    rc = countryModifierEndingAt(w, s, tb - 1).map(Modifier::country);
                }
                Draft dd = d;
                rc.ifPresent(c -> dd.countryHint(c.alpha3()));
                String rank = w.text(s, tb, b);
                d.addTitle(rank, false);
                Optional<Title> rt = titles.match(rank.toLowerCase(Locale.ROOT));
                rt.flatMap(Title::sector).ifPresent(d::titleSector);
                if (rt.isPresent() && rc.isPresent()) {
                    w.alias(roleKey(rc.get().alpha3(), rt.get(), false), d);
                } else if (rt.isPresent() && d.effectiveCountry() == null) {
                    unnamedRoleNamed(w, rt.get(), d);
                }
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

    /**
     * "President Prosper Avril" with only "Avril" tagged: a capitalized proper noun between a rank and the tagged
     * name is the first name (first names that are also English words are often left out by the tagger), so the
     * rank is read with the name.
     */
    private static final Set<String> FIRST_NAME_TAGS = Set.of("O", "TITLE", "MISC");

    private NerSpan withUntaggedFirstName(Work w, Sentence s, NerSpan n) {
        int nb = n.tokenBegin();
        if (nb < 2) {
            return n;
        }
        Token first = s.token(nb - 1);
        Token rank = s.token(nb - 2);
        if (!first.isCapitalized() || !first.pos().equals("NNP") || w.covered(s, nb - 1)
                || !FIRST_NAME_TAGS.contains(first.ner()) || titles.match(lower(first.word())).isPresent()
                || !rank.isCapitalized() || !titles.match(lower(rank.word())).map(Title::rank).orElse(false)) {
            return n;
        }
        return new NerSpan(n.sentence(), nb - 1, n.tokenEnd(), first.start(), n.end(), w.text(s, nb - 1, n.tokenEnd()),
                n.type());
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
        Optional<Country> rc = Optional.empty();
        if (k >= 2 && (s.token(k - 1).word().equals("'s") || s.token(k - 1).word().equals("’s"))) {
            rc = countryEndingAt(w, s, k - 2);
        } else if (k >= 1) {
            rc = countries.byName(s.token(k - 1).word());
        }
        rc.ifPresent(c -> d.countryHint(c.alpha3()));
        if (rc.isPresent()) {
            w.alias(roleKey(rc.get().alpha3(), t.get(), former), d);
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
        // "a spokeswoman for the Peruvian foreign ministry, Rosa Pinto,": the parser hangs the name on the last noun
        // of the description; the role is the noun that phrase belongs to
        Optional<Dependency> du = s.head(desc);
        if (titles.match(lower(s.token(desc).word())).isEmpty() && du.isPresent() && du.get().governor() >= 0
                && du.get().baseRel().equals("nmod") && !du.get().rel().equals("nmod:poss")
                && s.token(du.get().governor()).isNoun() && !s.dominates(head, du.get().governor())
                && titles.match(lower(s.token(du.get().governor()).word())).isPresent()) {
            desc = du.get().governor();
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
            // "the United Nations Emergency Relief Coordinator": an organisation, then the role it gives
            for (ActorMention m : w.mentionsIn(s, tb, e + 1)) {
                if (m.tokenBegin() == tb && m.tokenEnd() <= e && w.byId(m.entity()).kind == EntityKind.ORGANIZATION) {
                    title = titles.match(lower(s.token(e).word()));
                    break;
                }
            }
            if (title.isEmpty()) {
                return;
            }
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
        String roleCountry = org != null ? org.country : null;
        for (ActorMention m : w.mentionsIn(s, tb, e + 1)) {
            Draft o = w.byId(m.entity());
            roleCountry = roleCountry == null && o.kind == EntityKind.COUNTRY ? o.country : roleCountry;
        }
        if (roleCountry != null) {
            w.alias(roleKey(roleCountry, title.get(), false), person);
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

    // ---------------------------------------------------------------- unnamed roles and demonyms

    /**
     * "the Iraqi prime minister", "Taiwan's Vice Foreign Minister", "the president of Armenia", "a U.S. soldier":
     * a role with a country and no name is a person of its own, one per country and role in the article, named
     * "Prime Minister (Iraq)". A name in apposition ("the Iraqi prime minister, Ali Hassan,") makes it that
     * person, and so does a person met earlier with the same role and country ("Egypt's defence minister Omar
     * Saleh … Egypt's defence minister").
     */
    private void roles(Work w, Sentence s) {
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            if (!t.isNoun() || t.pos().endsWith("S")) {
                continue;
            }
            if (i + 1 < s.size() && (s.token(i + 1).isNoun() || s.token(i + 1).ner().equals("PERSON"))) {
                continue; // "minister Omar Saleh", "minister spokesman": not the end of the role
            }
            Title title = null;
            int k = -1;
            for (int len = Math.min(5, i + 1); len >= 1 && title == null; len--) {
                List<String> ws = new ArrayList<>();
                for (int x = i - len + 1; x <= i; x++) {
                    ws.add(lower(s.token(x).word()));
                }
                Optional<Title> m = s.token(i - len + 1).pos().equals("DT") ? Optional.empty()
                        : titles.match(String.join(" ", ws));
                if (m.isPresent()) {
                    title = m.get();
                    k = i - len + 1;
                }
            }
            if (title == null || NOT_ROLES.contains(title.phrase()) || title.rank() && title.sector().isEmpty()
                    || w.overlapsAny(s, k, i + 1)) {
                continue;
            }
            List<String> ahead = new ArrayList<>();
            for (int x = k; x < Math.min(s.size(), k + 6); x++) {
                ahead.add(lower(s.token(x).word()));
            }
            if (titles.longestPrefix(ahead).map(Title::words).orElse(0) > i - k + 1) {
                continue; // "Secretary" of "Secretary of State": the role goes on
            }
            // before the role: "former", "senior", then a demonym or "COUNTRY's"
            boolean former = false;
            String country = null;
            int b = k;
            int p = k;
            while (p > 0) {
                Token x = s.token(p - 1);
                String lx = lower(x.word());
                if (TitleLexicon.isFormerMarker(lx)) {
                    former = true;
                    p--;
                    b = country == null ? b : p;
                    continue;
                }
                if (country != null) {
                    break;
                }
                if (ROLE_ADJECTIVES.contains(lx)) {
                    p--;
                    continue;
                }
                Optional<Modifier> dem = countryModifierEndingAt(w, s, p - 1);
                if (dem.isPresent()) {
                    country = dem.get().country().alpha3();
                    b = p = dem.get().begin();
                    continue;
                }
                if ((x.word().equals("'s") || x.word().equals("’s")) && p >= 2) {
                    for (int cb = Math.max(0, p - 1 - countries.maxNameTokens()); cb <= p - 2 && country == null; cb++) {
                        Optional<Modifier> pc = countryNameStartingAt(w, s, cb);
                        if (pc.isPresent() && pc.get().end() == p - 1) {
                            country = pc.get().country().alpha3();
                            b = p = cb;
                        }
                    }
                    if (country != null) {
                        continue;
                    }
                    if (isPlaceToken(s.token(p - 2))) {
                        // "Cairo's security chief", "Gaza's police chief": the official of a place of one country
                        Optional<Modifier> pm = placeEndingAt(w, s, p - 2);
                        if (pm.isPresent()) {
                            country = pm.get().country().alpha3();
                            b = p = pm.get().begin();
                            continue;
                        }
                    }
                }
                if (p == k && isPlaceToken(x) && !x.ner().equals("COUNTRY")) {
                    // "the Kirkuk police chief": a city or region of one country before the role
                    Optional<Modifier> pm = placeEndingAt(w, s, p - 1);
                    if (pm.isPresent()) {
                        country = pm.get().country().alpha3();
                        b = p = pm.get().begin();
                        continue;
                    }
                }
                break;
            }
            int e = i + 1;
            if (country == null && i + 2 < s.size() && lower(s.token(i + 1).word()).equals("of")) {
                int q = lower(s.token(i + 2).word()).equals("the") ? i + 3 : i + 2;
                Optional<Modifier> oc = q < s.size() ? countryNameStartingAt(w, s, q)
                        .filter(m -> !modifiesNext(s, m.end())) : Optional.empty();
                if (oc.isPresent()) {
                    country = oc.get().country().alpha3();
                    e = oc.get().end();
                }
            }
            if (country == null) {
                // "the emir, Sheikh X,": a role no country qualifies is still the person named beside it
                Optional<Draft> beside = title.sector().isPresent() ? appositivePerson(w, s, i) : Optional.empty();
                if (beside.isPresent()) {
                    // "the United Nations envoy for Sudan, Karin Dahl,": the role of the organisation before it
                    for (ActorMention m : w.mentionsIn(s, Math.max(0, k - 6), k)) {
                        Draft o = w.owner.get(m);
                        if (m.tokenEnd() == k && o.kind == EntityKind.ORGANIZATION && beside.get().memberOf == null
                                && beside.get() != o) {
                            beside.get().memberOf = o;
                        }
                    }
                    beside.get().addTitle(w.text(s, k, i + 1), former);
                    title.sector().ifPresent(beside.get()::titleSector);
                    w.mention(beside.get(), s, b, i + 1, "role-apposition:" + title.rowId(), i);
                }
                continue;
            }
            String roleText = w.text(s, k, i + 1);
            String key = roleKey(country, title, former);
            Optional<Draft> named = appositivePerson(w, s, i);
            if (named.isEmpty() && !w.drafts.containsKey(key)) {
                named = holderOf(w, country, title.phrase(), former);
                named.ifPresent(h -> w.alias(key, h));
            }
            Draft d;
            if (named.isPresent()) {
                d = named.get();
                d.countryHint(country);
                w.alias(key, d);
            } else {
                String countryName = countries.byAlpha3(country).map(Country::name).orElse(country);
                d = w.draft(key, EntityKind.PERSON, (former ? "Former " : "") + titleCase(title.phrase()) + " ("
                        + countryName + ")");
                if (d.kind == EntityKind.PERSON && d.key.startsWith("R:")) {
                    d.country = country;
                }
            }
            d.addTitle(roleText, former);
            title.sector().ifPresent(d::titleSector);
            w.mention(d, s, b, e, "role:" + title.rowId(), i);
        }
    }

    /**
     * The one person named earlier who holds role {@code phrase} for {@code country}: "Vice Admiral Claire Hollings,
     * the chief of the Royal Australian Navy, … the Australian admiral" is her. A title matches when it is the role
     * or ends with it ("vice admiral" for "admiral", "foreign minister" for "minister"), ignoring an "of …" tail.
     * Why unique: with two Australian admirals named, "the Australian admiral" is left unnamed rather than guessed.
     */
    private static Optional<Draft> holderOf(Work w, String country, String phrase, boolean former) {
        Draft found = null;
        for (Draft d : w.order) {
            if (d.kind != EntityKind.PERSON || d.key.startsWith("R:") || !country.equals(d.effectiveCountry())) {
                continue;
            }
            boolean holds = false;
            for (String t : d.titles) {
                String head = lower(t);
                int of = head.indexOf(" of ");
                head = of > 0 ? head.substring(0, of) : head;
                head = head.replaceFirst("^(the|a|an) ", "");
                if ((head.equals(phrase) || head.endsWith(" " + phrase)) && d.former.contains(t) == former) {
                    holds = true;
                }
            }
            if (holds) {
                if (found != null && found != d) {
                    return Optional.empty();
                }
                found = d;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * "his Australian counterpart", "the minister's Lithuanian counterpart": the person who holds, for the country
     * named, the role the possessor holds. It is the one person named with that role for that country, or else the
     * unnamed role ("Chief Of Navy (Australia)") that a later mention of the role joins. Why a role and not the
     * possessor: the possessor is the other side ("His Australian counterpart visited New Delhi" is not his visit).
     * Without a country or a possessor with a title the counterpart is left alone.
     */
    private void counterparts(Work w, Sentence s) {
        for (int i = 1; i < s.size(); i++) {
            Token t = s.token(i);
            if (!lower(t.word()).equals("counterpart") || w.overlapsAny(s, i, i + 1)) {
                continue;
            }
            Optional<Modifier> c = countryModifierEndingAt(w, s, i - 1);
            if (c.isEmpty()) {
                continue;
            }
            Optional<Draft> owner = Optional.empty();
            for (Dependency d : s.children(i)) {
                if (!d.rel().equals("nmod:poss")) {
                    continue;
                }
                Token p = s.token(d.dependent());
                owner = w.at(s, d.dependent());
                if (owner.isEmpty() && p.pos().equals("PRP$") && (PRONOUNS_MALE.contains(lower(p.word()))
                        || PRONOUNS_FEMALE.contains(lower(p.word())))) {
                    owner = w.recentPerson(p.start(), s.index(), false);
                }
            }
            String country = c.get().country().alpha3();
            Optional<Draft> poss = owner;
            Optional<Draft> named = appositivePerson(w, s, i).filter(p -> poss.isEmpty() || p != poss.get());
            if (named.isEmpty() && (owner.isEmpty() || owner.get().kind != EntityKind.PERSON
                    || country.equals(owner.get().effectiveCountry()))) {
                continue;
            }
            Optional<Title> role = Optional.empty();
            for (String held : owner.map(o -> o.titles).orElse(List.of())) {
                if (role.isEmpty() && !owner.get().former.contains(held)) {
                    String head = lower(held);
                    int of = head.indexOf(" of ");
                    role = titles.match((of > 0 ? head.substring(0, of) : head).replaceFirst("^(the|a|an) ", ""));
                }
            }
            if (named.isPresent()) {
                // "his Turkish counterpart, Orhan Tezcan,": the person named is of that country and holds the role
                Draft p = named.get();
                p.countryHint(country);
                role.ifPresent(r -> {
                    p.addTitle(r.phrase(), false);
                    r.sector().ifPresent(p::titleSector);
                    w.alias(roleKey(country, r, false), p);
                });
                w.mention(p, s, c.get().begin(), i + 1, "counterpart-apposition", i);
                continue;
            }
            if (role.isEmpty()) {
                continue;
            }
            String key = roleKey(country, role.get(), false);
            Draft d = w.drafts.get(key);
            if (d == null) {
                // ranks of one kind are counterparts: a rear admiral's counterpart may be a vice admiral
                String phrase = role.get().phrase();
                boolean rank = role.get().rank();
                d = holderOf(w, country, phrase, false)
                        .or(() -> rank ? holderOf(w, country, phrase.substring(phrase.lastIndexOf(' ') + 1),
                                false) : Optional.empty())
                        .orElse(null);
            }
            if (d == null) {
                d = w.draft(key, EntityKind.PERSON, titleCase(role.get().phrase()) + " ("
                        + c.get().country().name() + ")");
                d.country = country;
            } else {
                w.alias(key, d);
            }
            d.addTitle(role.get().phrase(), false);
            role.get().sector().ifPresent(d::titleSector);
            w.mention(d, s, c.get().begin(), i + 1, "counterpart:" + role.get().rowId(), i);
        }
    }

    /**
     * "Tajikistan's ambassador … Ambassador Davlat Nazarzoda": a person named with a rank and no country is the one
     * unnamed holder of that rank met earlier, whose mentions and country become the person's. Why only one: with
     * two unnamed ambassadors the name could be either's.
     */
    private static void unnamedRoleNamed(Work w, Title rank, Draft person) {
        Draft role = null;
        for (Map.Entry<String, Draft> e : w.drafts.entrySet()) {
            Draft r = e.getValue();
            if (!r.key.equals(e.getKey()) || !r.key.startsWith("R:") || r.kind != EntityKind.PERSON
                    || r.country == null || !r.key.equals(roleKey(r.country, rank, false)) || r == person) {
                continue;
            }
            if (role != null) {
                return;
            }
            role = r;
        }
        if (role == null) {
            return;
        }
        w.moveMentions(role, person);
        w.drafts.put(role.key, person);
        person.countryHint(role.country);
        role.titles.forEach(t -> person.addTitle(t, false));
    }

    /** The place of the document already named exactly {@code name}, if one is. */
    private static Optional<Draft> placeNamed(Work w, String name) {
        return w.order.stream().filter(d -> d.kind == EntityKind.LOCATION && d.name.equals(name)).findFirst();
    }

    /** The key of an unnamed role, shared with the named person who holds it. */
    private static String roleKey(String country, Title title, boolean former) {
        return "R:" + country + ":" + (former ? "former " : "") + title.phrase();
    }

    /** The person named in apposition to the role at token {@code i}: "the Iraqi prime minister, Ali Hassan,". */
    private static Optional<Draft> appositivePerson(Work w, Sentence s, int i) {
        List<Integer> around = new ArrayList<>();
        s.head(i).filter(d -> d.rel().equals("appos") && d.governor() >= 0).ifPresent(d -> around.add(d.governor()));
        for (Dependency c : s.children(i)) {
            if (c.rel().equals("appos")) {
                around.add(c.dependent());
            }
        }
        for (int a : around) {
            Optional<Draft> d = w.at(s, a).filter(x -> x.kind == EntityKind.PERSON);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /**
     * Demonyms used as adjectives. One that modifies an actor ("Iraqi civilians", "Brazilian Foreign Minister
     * Carla Mendes") is only a {@link CountryRef}: the actor carries the country, and the entity list does not
     * grow a COUNTRY for every adjective; groups and descriptions may still refer to it (see {@link #materialize}).
     * One that modifies anything else ("an Indian proposal", "Iraqi towns") is a mention of the country itself.
     */
    private void demonyms(Work w, Sentence s) {
        for (int i = 0; i < s.size(); i++) {
            Optional<Modifier> dem = Optional.empty();
            int first = i;
            for (int last = Math.min(s.size() - 1, i + 2); last >= i && dem.isEmpty(); last--) {
                dem = countryModifierEndingAt(w, s, last).filter(m -> m.begin() == first);
            }
            if (dem.isEmpty() || !isDemonym(dem.get().country(), w.text(s, dem.get().begin(), dem.get().end()))) {
                continue;
            }
            Modifier m = dem.get();
            int last = m.end() - 1;
            i = last;
            Optional<Dependency> up = s.head(last);
            String rel = up.map(Dependency::rel).orElse("");
            boolean modifier = rel.startsWith("amod") || rel.startsWith("compound") || rel.startsWith("conj")
                    || last + 1 < s.size() && s.token(last + 1).isNoun();
            if (!modifier || w.coveredByKind(s, m.begin(), m.end(), EntityKind.COUNTRY)) {
                continue;
            }
            boolean ofActor = w.overlapsAny(s, m.begin(), m.end());
            for (int g = up.map(Dependency::governor).orElse(-1), n = 0; g >= 0 && n < 3 && !ofActor; n++) {
                ofActor = w.at(s, g).filter(d -> d.kind != EntityKind.COUNTRY && d.kind != EntityKind.LOCATION)
                        .isPresent();
                Optional<Dependency> gu = s.head(g);
                g = gu.filter(d -> d.rel().startsWith("compound") || d.rel().startsWith("amod"))
                        .map(Dependency::governor).orElse(-1);
            }
            if (ofActor) {
                w.refs.add(new CountryRef(m.country().alpha3(), s.index(), m.begin(), m.end(),
                        s.token(m.begin()).start()));
            } else {
                w.mention(countryDraft(w, m.country()), s, m.begin(), m.end(), "demonym:" + m.country().rowId());
            }
        }
    }

    private boolean isDemonym(String word) {
        return countries.allByName(word).stream().anyMatch(c -> isDemonym(c, word));
    }

    private static boolean isDemonym(Country c, String text) {
        String t = stripThe(text);
        return c.demonyms().stream().anyMatch(d -> d.equalsIgnoreCase(t));
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
            if (t.pos().equals("NNS") && coordinatedCountries(w, s, i)) {
                continue;
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
            Descriptor dd = desc.get();
            java.util.function.Predicate<String> fits = country -> countries.byAlpha3(country)
                    .map(x -> descriptors.accepts(dd, x)).orElse(false);
            List<Candidate> candidates = countryCandidates(w, s.token(mb).start()).stream()
                    .filter(c -> fits.test(c.alpha3())).toList();
            if (dd.kind() == EntityKind.GROUP) {
                int size = dd.size() == Descriptor.ANY_SIZE ? 2 : dd.size();
                Optional<List<Draft>> pair = size == 2
                        ? coordinatedPair(w, s, s.token(mb).start(), fits, phrase.matches(".*\\b(countries|nations|states)"))
                        : Optional.empty();
                if (pair.isPresent()) {
                    w.mention(w.group(pair.get()), s, mb, i + 1, "group-pair:" + dd.rowId());
                    continue;
                }
                if (candidates.size() < 2) {
                    continue;
                }
                List<Draft> members = new ArrayList<>();
                for (Candidate c : candidates.subList(0, Math.min(size, candidates.size()))) {
                    members.add(materialize(w, c));
                }
                w.mention(w.group(members), s, mb, i + 1, "group:" + dd.rowId());
            } else {
                // the speaker's or subject's country beats mere recency: "Haddad, the foreign minister of Jordan,
                // met officials from Qatar. Haddad said the kingdom …" is Jordan
                Optional<String> subject = subjectCountry(w, s, i).filter(fits);
                Optional<Candidate> pick = subject.isPresent()
                        ? Optional.of(candidates.stream().filter(c -> c.alpha3().equals(subject.get())).findFirst()
                                .orElse(new Candidate(subject.get(), -1, null)))
                        : candidates.stream().findFirst();
                if (pick.isPresent()) {
                    w.mention(materialize(w, pick.get()), s, mb, i + 1, "descriptor:" + dd.rowId());
                }
            }
        }
    }

    /**
     * "the Turkish and Greek sides", "the Israeli and Moroccan governments": a group of the countries whose
     * demonyms are coordinated before a plural description. True if it made the group.
     */
    private boolean coordinatedCountries(Work w, Sentence s, int i) {
        List<Modifier> found = new ArrayList<>();
        Optional<Modifier> m = countryModifierEndingAt(w, s, i - 1);
        while (m.isPresent()) {
            Modifier mm = m.get();
            if (found.stream().anyMatch(f -> f.country().equals(mm.country()))) {
                break;
            }
            found.add(0, mm);
            int p = mm.begin();
            boolean joined = p >= 2 && (s.token(p - 1).word().equals("and") || s.token(p - 1).word().equals(","));
            m = joined ? countryModifierEndingAt(w, s, p - 2) : Optional.empty();
        }
        if (found.size() < 2) {
            return false;
        }
        List<Draft> members = new ArrayList<>();
        for (Modifier f : found) {
            Draft d = countryDraft(w, f.country());
            w.mention(d, s, f.begin(), f.end(), "demonym:" + f.country().rowId(), f.end() - 1);
            members.add(d);
        }
        int b = found.get(0).begin();
        b = b > 0 && lower(s.token(b - 1).word()).equals("the") ? b - 1 : b;
        w.mention(w.group(members), s, b, i + 1, "group:demonyms", i);
        return true;
    }

    /** How many sentences back a coordinated pair may be for "both sides" to mean it. */
    private static final int PAIR_REACH = 3;

    /**
     * The last two actors joined by "and" before {@code offset}, in this sentence or the {@link #PAIR_REACH} before:
     * "Saudi Arabia and Yemen's Houthi movement exchanged prisoners in a deal mediated by Oman, officials from both
     * sides said" is the two who exchanged, not the last two countries named (Oman, Yemen). Why only for pairs of
     * descriptions: "both sides", "the two countries" name exactly the two parties a coordination introduced; the
     * mediator named after them is not one. Countries only for "countries", "nations", "states"; otherwise an
     * organisation of a country may be a side.
     */
    private static Optional<List<Draft>> coordinatedPair(Work w, Sentence s, int offset,
                                                         java.util.function.Predicate<String> fits, boolean statesOnly) {
        for (int k = s.index(); k >= Math.max(0, s.index() - PAIR_REACH); k--) {
            Sentence sk = w.doc.sentences().get(k);
            List<ActorMention> in = new ArrayList<>();
            for (ActorMention m : w.mentions) {
                Draft d = w.owner.get(m);
                boolean party = d.kind == EntityKind.COUNTRY || !statesOnly && d.kind == EntityKind.ORGANIZATION;
                if (m.sentence() == k && m.end() <= offset && party && d.effectiveCountry() != null
                        && fits.test(d.effectiveCountry())) {
                    in.add(m);
                }
            }
            in.sort(Comparator.comparingInt(ActorMention::start).reversed());
            for (ActorMention second : in) {
                Optional<Dependency> up = sk.head(second.head());
                if (up.isPresent() && up.get().rel().equals("nmod:poss") && up.get().governor() >= 0
                        && w.at(sk, up.get().governor()).isEmpty()) {
                    up = sk.head(up.get().governor()); // "Saudi Arabia and Yemen's Houthi movement": Yemen's side
                }
                if (up.isEmpty() || !up.get().rel().startsWith("conj")) {
                    continue;
                }
                for (ActorMention first : in) {
                    Draft a = w.owner.get(first);
                    Draft b = w.owner.get(second);
                    if (first.head() == up.get().governor() && a != b) {
                        return Optional.of(List.of(a, b));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A country a description may refer back to: named at {@code start}, or through a demonym {@code ref}. */
    private record Candidate(String alpha3, int start, CountryRef ref) {
    }

    /** Countries named, or referred to by a demonym, before {@code offset}: latest first, each once. */
    private List<Candidate> countryCandidates(Work w, int offset) {
        List<Candidate> all = new ArrayList<>();
        for (ActorMention m : w.mentions) {
            Draft d = w.owner.get(m);
            if (d.kind == EntityKind.COUNTRY && m.end() <= offset) {
                all.add(new Candidate(d.country, m.start(), null));
            }
        }
        for (CountryRef r : w.refs) {
            if (r.start() < offset) {
                all.add(new Candidate(r.alpha3(), r.start(), r));
            }
        }
        all.sort(Comparator.comparingInt(Candidate::start).reversed());
        Map<String, Candidate> out = new LinkedHashMap<>();
        for (Candidate c : all) {
            out.putIfAbsent(c.alpha3(), c);
        }
        return new ArrayList<>(out.values());
    }

    /**
     * The COUNTRY entity of a candidate. A country known only through a demonym gets its entity here, the
     * demonym ("Brazilian") becoming its mention, because a group or a description now refers to it.
     */
    private Draft materialize(Work w, Candidate c) {
        Country country = countries.byAlpha3(c.alpha3()).orElseThrow();
        Draft d = countryDraft(w, country);
        if (!w.hasMention(d)) {
            CountryRef ref = c.ref();
            if (ref == null) {
                for (CountryRef r : w.refs) {
                    ref = r.alpha3().equals(c.alpha3()) ? r : ref;
                }
            }
            if (ref != null) {
                Sentence rs = w.doc.sentences().get(ref.sentence());
                w.mention(d, rs, ref.tokenBegin(), ref.tokenEnd(), "demonym-ref:" + country.rowId());
            }
        }
        return d;
    }

    /**
     * The country of the subject of the clause that holds token {@code i}, or of a clause above it: the speaker
     * in "Haddad said [the kingdom wanted …]". Empty when the first subject found has no country.
     */
    private Optional<String> subjectCountry(Work w, Sentence s, int i) {
        int cur = i;
        for (int depth = 0; depth < 6; depth++) {
            Optional<Dependency> up = s.head(cur);
            if (up.isEmpty() || up.get().governor() < 0) {
                return Optional.empty();
            }
            int gov = up.get().governor();
            for (Dependency c : s.children(gov)) {
                if (c.baseRel().equals("nsubj") && c.dependent() != cur && !s.dominates(c.dependent(), i)) {
                    return w.at(s, c.dependent()).filter(d -> d.kind != EntityKind.GROUP)
                            .map(Draft::effectiveCountry);
                }
            }
            cur = gov;
        }
        return Optional.empty();
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

    /** "they", "their": after the descriptions, so that "the two countries said they …" finds its group. */
    private void pluralPronouns(Work w, Sentence s) {
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            if (PRONOUNS_PLURAL.contains(t.word().toLowerCase(Locale.ROOT)) && t.pos().startsWith("PRP")
                    && !w.covered(s, i)) {
                Optional<Draft> g = w.recentPlural(t.start(), s.index());
                if (g.isPresent()) {
                    w.mention(g.get(), s, i, i + 1, "pronoun-plural");
                }
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
}

/**
 * Actors: {@link org.annals.core.actor.ActorResolver} turns an annotated document into entities (kind, ISO
 * alpha-3 country or IGO, PLOVER sector, titles, affiliation, group members) with every mention located in the
 * parse ({@link org.annals.core.actor.Actors}). Resources: the country, IGO, descriptor, organization-head and
 * title lexicons, and the actor dictionary ({@code actors.tsv} plus the user's files, see
 * {@link org.annals.core.lexicon.ActorDictionary}). What the text says wins over the dictionary; a domestic
 * actor the text gives no country takes the one country of its sentence (else of the document), never when
 * there are two; a person the text gives no country and the dictionary knows (a few long-serving heads of state)
 * takes the dictionary's first. A country name qualifying a currency ("US $3 million") is no actor; an
 * organisation named after its country ("Montenegro Assembly") is of that country. Generic parties are actors:
 * bare state organs ("Police", "the government", "troops", "the opposition") and groups of people ("prisoners",
 * "students") take the country in context, and merge with the same organ named with that country ("Kenyan
 * police"); "the company" refers back to the company last named, and a short name or acronym ("GM", "Apple") to
 * the full one ("General Motors", "Apple Inc."). Stateless and thread-safe.
 *
 * <p>Evaluation: {@link org.annals.core.actor.MeantimeGold} reads the MEANTIME entity layer and
 * {@link org.annals.core.actor.EntityScorer} scores mention detection (strict and head match, per type) and
 * linking (B³ over matched mentions); the scorer is not thread-safe (one per run).
 */
package org.annals.core.actor;

/**
 * Events and quotes: {@link org.annals.core.event.QuoteFinder} finds quotations and their speakers;
 * {@link org.annals.core.event.EventCoder} codes PLOVER events (type, mode, contexts, CAMEO and Goldstein) with
 * source and target entities, place, date, status, attribution, trigger, evidence and confidence, one event per
 * happening per article. Resources: triggers.tsv, cameo.tsv, contexts.tsv. Stateless and thread-safe.
 *
 * <p>Coding rules beyond the trigger rows: statements are coded as what they are (an announced or offered
 * cooperative act is an expression of intent, AGREE 03x; an announced sanction, coercion or attack a threat,
 * THREATEN 13x; a refused cooperative act a rejection, REJECT 12x; "X said Y must …" X's demand, REQUEST 10);
 * an act whose doer is no known actor is coded with an empty source and a lower confidence. When the row's roles
 * name no target, {@link org.annals.core.event.Roles} looks further, as event coders do: the first actor among the
 * trigger's complements ("threatened to impose tariffs against Chilean wine"), else the place the act happens in
 * ("demonstrated in Nairobi"), else the one other country the sentence names outside its attribution; never for a
 * joint act of several parties. A noun trigger without a doer takes the country its own modifier names
 * ("Palestinian riots"); a capital stands for its country ("Minsk rejected"). The confidence of an
 * event is the trigger row's precision measured on the PLOVER dev sentences (smoothed towards its prior weight),
 * lowered for a missing target or doer, a date from the document only, and a clause below the main one.
 *
 * <p>Evaluation: {@link org.annals.core.event.PloverGold} reads PLOVER gold-standard records and
 * {@link org.annals.core.event.PloverScorer} scores records against them (definitions in its documentation);
 * not thread-safe, used by {@code annals eval plover} from one thread.
 */
package org.annals.core.event;

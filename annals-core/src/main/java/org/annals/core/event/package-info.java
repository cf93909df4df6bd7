/**
 * Events and quotes: {@link org.annals.core.event.QuoteFinder} finds quotations and their speakers;
 * {@link org.annals.core.event.EventCoder} codes PLOVER events (type, mode, contexts, CAMEO and Goldstein) with
 * source and target entities, place, date, status, attribution, trigger, evidence and confidence, one event per
 * happening per article. Resources: triggers.tsv, cameo.tsv, contexts.tsv. Stateless and thread-safe.
 */
package org.annals.core.event;

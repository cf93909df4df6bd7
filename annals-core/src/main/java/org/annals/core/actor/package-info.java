/**
 * Actors: {@link org.annals.core.actor.ActorResolver} turns an annotated document into entities (kind, ISO
 * alpha-3 country or IGO, PLOVER sector, titles, affiliation, group members) with every mention located in the
 * parse ({@link org.annals.core.actor.Actors}). Resources: the country, IGO, descriptor, organization-head and
 * title lexicons. Stateless and thread-safe.
 */
package org.annals.core.actor;

package org.annals.store;

/**
 * The size of a knowledge base.
 *
 * @param events merged events
 * @param reports event reports (events of single articles, before merging)
 * @param mergedEvents events with more than one report
 */
public record StoreStats(long documents, long entities, long events, long reports, long mergedEvents, long quotes) {}

package org.annals.store;

/** The bucket of {@link KnowledgeBase#timelineCounts}. */
public enum Period {
  DAY,
  MONTH,
  YEAR
}

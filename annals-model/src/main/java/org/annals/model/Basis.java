package org.annals.model;

import java.util.Locale;

/** How an event's date was found. */
public enum Basis {
    /** a time expression in the same clause */
    EXPLICIT,
    /** relative to another event ("a year after that") */
    ANCHORED,
    /** fell back to the article's date */
    DOCUMENT,
    /** inferred from tense and context */
    TENSE;

    public String code() { return name().toLowerCase(Locale.ROOT); }
}

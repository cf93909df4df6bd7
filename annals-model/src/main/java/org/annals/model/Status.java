package org.annals.model;

import java.util.Locale;

/** Whether the event happened, is planned, is only possible, or is denied. */
public enum Status {
    OCCURRED, PLANNED, HYPOTHETICAL, NEGATED;

    public String code() { return name().toLowerCase(Locale.ROOT); }
}

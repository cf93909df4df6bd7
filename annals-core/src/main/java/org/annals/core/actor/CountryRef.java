package org.annals.core.actor;

/** A demonym that gave an actor its country; counts as a mention of the country for groups and descriptions. */
record CountryRef(String alpha3, int sentence, int tokenBegin, int tokenEnd, int start) {
}

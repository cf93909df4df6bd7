package org.annals.core.lexicon;

/** Part of speech of a trigger word: verb or common noun. */
public enum Pos { V, N }

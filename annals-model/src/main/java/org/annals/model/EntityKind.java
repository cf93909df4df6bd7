package org.annals.model;

/** What an entity is. */
public enum EntityKind { PERSON, ORGANIZATION, COUNTRY, LOCATION, GROUP, AGREEMENT }

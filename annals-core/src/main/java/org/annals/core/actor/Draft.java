package org.annals.core.actor;

import java.util.ArrayList;
import java.util.List;
import org.annals.model.EntityKind;

/** An entity being built. */
final class Draft {
    final String key;
    final EntityKind kind;
    final String name;
    final int number;
    String country;
    String sector;
    String titleSector;
    String countryHint;
    /** The org-heads phrase that named an organisation ("army"), for "the army" later. */
    String head;
    Draft memberOf;
    /** The actor dictionary says it belongs to no state (an international NGO): no country from context. */
    boolean stateless;
    final List<Draft> members = new ArrayList<>();
    final List<String> titles = new ArrayList<>();
    final List<String> former = new ArrayList<>();

    Draft(String key, EntityKind kind, String name, int number) {
        this.key = key;
        this.kind = kind;
        this.name = name;
        this.number = number;
    }

    void addTitle(String t, boolean wasFormer) {
        if (!titles.contains(t)) {
            titles.add(t);
        }
        if (wasFormer && !former.contains(t)) {
            former.add(t);
        }
    }

    void titleSector(String s) {
        if (titleSector == null) {
            titleSector = s;
        }
    }

    /** The country the entity acts for: its own, its organisation's, or the one its titles name. */
    String effectiveCountry() {
        if (country != null) {
            return country;
        }
        if (memberOf != null && memberOf.country != null) {
            return memberOf.country;
        }
        return countryHint;
    }

    void countryHint(String c) {
        if (countryHint == null) {
            countryHint = c;
        }
    }

    String surname() {
        if (key.startsWith("R:")) {
            return null; // an unnamed role: "Prime Minister (Iraq)" has no surname
        }
        String[] parts = name.split("\\s+");
        return parts.length > 1 ? parts[parts.length - 1] : null;
    }
}

package org.annals.core.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.annals.model.EventType;

/**
 * One hand-coded sentence of the PLOVER gold-standard records (GSR): its text, date, event type and the actor
 * country codes of its source and target, as {@code openeventdata/PLOVER} writes them (one JSON object a line).
 *
 * <p>The GSR uses the 0.5b1 type names; {@link #type(String)} maps them to the current 16 types
 * (DEMAND→REQUEST, DISAPPROVE and INVESTIGATE→ACCUSE, FIGHT→ASSAULT). Actor codes are upper-cased and the few
 * legacy non-ISO codes (JAP, ITL, VTN) mapped to ISO alpha-3.
 *
 * @param sourceCodes country (or IGO) codes of the source actors; empty when the record has none
 * @param targetCodes country codes of the target actors; empty when there is no target (reciprocal events)
 * @param sourceSectors PLOVER sectors of the source actors, as coded (suffixes dropped)
 */
public record PloverGold(String id, Optional<LocalDate> date, String text, EventType type, Set<String> sourceCodes,
                         Set<String> targetCodes, Set<String> sourceSectors) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> LEGACY_CODES = Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VNM");

    public PloverGold {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        sourceCodes = Set.copyOf(sourceCodes);
        targetCodes = Set.copyOf(targetCodes);
        sourceSectors = Set.copyOf(sourceSectors);
        if (text.isBlank()) {
            throw new IllegalArgumentException("gold record " + id + " has no text");
        }
    }

    /** The current PLOVER type of a 0.5b1 or current type name. */
    public static Optional<EventType> type(String name) {
        String n = name.trim().toUpperCase(Locale.ROOT);
        String mapped = switch (n) {
            case "DEMAND" -> "REQUEST";
            case "DISAPPROVE", "INVESTIGATE" -> "ACCUSE";
            case "FIGHT" -> "ASSAULT";
            default -> n;
        };
        try {
            return Optional.of(EventType.valueOf(mapped));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Parses one JSON line of the GSR.
     *
     * @throws IllegalArgumentException with a one-line reason when the line is not a usable record
     */
    public static PloverGold parse(String line, String fallbackId) {
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage());
        }
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        String id = n.path("id").asText(fallbackId);
        String text = n.path("text").asText("");
        if (text.isBlank()) {
            throw new IllegalArgumentException("no \"text\"");
        }
        String event = n.path("event").asText("");
        if (event.isBlank()) {
            throw new IllegalArgumentException("no \"event\"");
        }
        EventType type = type(event).orElseThrow(() ->
                new IllegalArgumentException("unknown PLOVER event type '" + event + "'"));
        Optional<LocalDate> date = Optional.empty();
        String d = n.path("date").asText("");
        if (!d.isBlank()) {
            try {
                date = Optional.of(LocalDate.parse(d));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("date '" + d + "' is not YYYY-MM-DD");
            }
        }
        return new PloverGold(id, date, text, type, codes(n.path("source")), codes(n.path("target")),
                sectors(n.path("source")));
    }

    private static Set<String> codes(JsonNode actors) {
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode a : list(actors)) {
            String c = a.path("code").asText("").trim().toUpperCase(Locale.ROOT);
            if (c.matches("[A-Z]{3}")) {
                out.add(LEGACY_CODES.getOrDefault(c, c));
            }
        }
        return out;
    }

    private static Set<String> sectors(JsonNode actors) {
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode a : list(actors)) {
            String s = a.path("sector").asText("").trim();
            if (s.length() >= 3 && s.substring(0, 3).matches("[A-Z]{3}")) {
                out.add(s.substring(0, 3));
            }
        }
        return out;
    }

    private static List<JsonNode> list(JsonNode actors) {
        List<JsonNode> out = new ArrayList<>();
        if (actors.isArray()) {
            actors.forEach(a -> {
                if (a.isObject()) {
                    out.add(a);
                }
            });
        } else if (actors.isObject()) {
            out.add(actors);
        }
        return out;
    }
}

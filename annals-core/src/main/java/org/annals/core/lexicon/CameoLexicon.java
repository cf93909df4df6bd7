package org.annals.core.lexicon;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annals.model.EventType;

/** The CAMEO codes of {@code cameo.tsv}. Immutable, loaded once, thread-safe. */
public final class CameoLexicon {
    public static final String RESOURCE = "/org/annals/core/lexicon/cameo.tsv";

    private static final class Holder {
        static final CameoLexicon STANDARD = new CameoLexicon(TsvTable.load(RESOURCE));
    }

    private final Map<String, CameoCode> byCode = new LinkedHashMap<>();
    private final String sha256;

    CameoLexicon(TsvTable table) {
        table.requireColumns("id", "code", "name", "goldstein", "plover_type", "plover_mode", "plover_context", "quad");
        for (TsvTable.Row r : table.rows()) {
            String code = r.get("code");
            if (!code.matches("[0-9]{2,4}")) {
                throw r.fail("CAMEO code '" + code + "' is not 2-4 digits");
            }
            double g;
            try {
                g = Double.parseDouble(r.get("goldstein"));
            } catch (NumberFormatException e) {
                throw r.fail("Goldstein value '" + r.get("goldstein") + "' is not a number");
            }
            if (g < -10 || g > 10) {
                throw r.fail("Goldstein value " + g + " outside [-10, 10]");
            }
            Optional<EventType> type;
            try {
                type = r.opt("plover_type").map(EventType::valueOf);
            } catch (IllegalArgumentException e) {
                throw r.fail("unknown PLOVER type '" + r.get("plover_type") + "'");
            }
            if (byCode.put(code, new CameoCode(code, r.get("name"), g, type, r.opt("plover_mode"),
                    r.opt("plover_context"), Integer.parseInt(r.get("quad")), r.id())) != null) {
                throw r.fail("duplicate CAMEO code " + code);
            }
        }
        this.sha256 = table.sha256();
    }

    public static CameoLexicon standard() { return Holder.STANDARD; }

    public Optional<CameoCode> byCode(String code) { return Optional.ofNullable(byCode.get(code)); }

    public CameoCode require(String code) {
        return byCode(code).orElseThrow(() -> new LexiconException("unknown CAMEO code " + code));
    }

    public List<CameoCode> all() { return List.copyOf(byCode.values()); }

    public String sha256() { return sha256; }
}

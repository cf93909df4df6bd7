package org.annals.core.time;

import java.util.ArrayList;
import java.util.List;
import org.annals.model.TimeMention;

/** The time expressions of one document, resolved, in text order. */
public record Timeline(List<ResolvedTime> times) {
    public Timeline {
        times = List.copyOf(times);
    }

    public List<TimeMention> mentions() {
        List<TimeMention> out = new ArrayList<>();
        times.forEach(t -> out.add(t.mention()));
        return out;
    }

    public List<ResolvedTime> inSentence(int sentence) {
        List<ResolvedTime> out = new ArrayList<>();
        for (ResolvedTime t : times) {
            if (t.sentence() == sentence) {
                out.add(t);
            }
        }
        return out;
    }
}

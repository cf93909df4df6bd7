package org.annals.core.lexicon;

import java.util.Optional;
import org.annals.model.EventType;

/** One CAMEO code with its Goldstein value and nearest PLOVER type, mode and context. */
public record CameoCode(String code, String name, double goldstein, Optional<EventType> ploverType,
                        Optional<String> mode, Optional<String> context, int quad, String rowId) {
}

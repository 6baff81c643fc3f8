package io.cuedeck.console.rundown;

import io.cuedeck.console.common.I18n;
import io.cuedeck.protocol.CueKind;
import javafx.util.StringConverter;

/** Cue kinds by their names in the producer's language. */
final class KindNames extends StringConverter<CueKind> {

    private final I18n i18n;

    KindNames(I18n i18n) {
        this.i18n = i18n;
    }

    @Override
    public String toString(CueKind kind) {
        return kind == null ? "" : i18n.get("kind." + kind.name().toLowerCase());
    }

    @Override
    public CueKind fromString(String text) {
        for (CueKind kind : CueKind.values()) {
            if (toString(kind).equals(text)) {
                return kind;
            }
        }
        return null;
    }
}

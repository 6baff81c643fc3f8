package io.cuedeck.console.capacity;

import io.cuedeck.console.common.I18n;

/**
 * The Capacity workspace until its own issue builds it: it says so on screen and offers no buttons,
 * so nothing in the console looks usable that is not.
 */
public final class CapacityViewModel {

    private final I18n i18n;

    public CapacityViewModel(I18n i18n) {
        this.i18n = i18n;
    }

    public String title() {
        return i18n.get("capacity.title");
    }

    /** What this workspace will do, and that it is not built yet. */
    public String explanation() {
        return i18n.get("capacity.placeholder");
    }
}

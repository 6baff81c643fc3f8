package io.cuedeck.console.reports;

import io.cuedeck.console.common.I18n;

/**
 * The Reports workspace until its own issue builds it: it says so on screen and offers no buttons,
 * so nothing in the console looks usable that is not.
 */
public final class ReportsViewModel {

    private final I18n i18n;

    public ReportsViewModel(I18n i18n) {
        this.i18n = i18n;
    }

    public String title() {
        return i18n.get("reports.title");
    }

    /** What this workspace will do, and that it is not built yet. */
    public String explanation() {
        return i18n.get("reports.placeholder");
    }
}

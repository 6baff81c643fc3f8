package io.cuedeck.console.theme;

/**
 * Style classes of the console's theme ({@code cuedeck.css}). Views add these constants, never
 * inline colours; the colours themselves are CSS variables on {@code .root}.
 */
public final class Styles {

    public static final String STATE_LIVE = "state-live";
    public static final String STATE_WARN = "state-warn";
    public static final String STATE_ERROR = "state-error";
    public static final String STATE_IDLE = "state-idle";
    public static final String STATE_ARMED = "state-armed";

    public static final String WORKSPACE = "workspace";
    public static final String PANEL = "panel";
    public static final String PANEL_TITLE = "panel-title";
    public static final String TILE = "tile";
    public static final String TILE_VALUE = "tile-value";
    public static final String TILE_LABEL = "tile-label";
    public static final String TILE_DELTA = "tile-delta";
    public static final String BIG_NUMBER = "big-number";
    public static final String HINT = "hint";
    /** Figures that may not be current (the link is not live): dimmed. */
    public static final String STALE = "stale";
    /** The "as of 21:04:17" beside stale figures. */
    public static final String STALE_CAPTION = "stale-caption";
    public static final String MUTED = "muted";
    public static final String NOTICE = "notice";
    public static final String NOTICE_ERROR = "notice-error";
    public static final String NOTICE_OK = "notice-ok";

    public static final String STATUS_BAR = "status-bar";
    public static final String STATUS_ITEM = "status-item";
    public static final String STATUS_DOT = "status-dot";
    public static final String NAV = "nav";
    public static final String NAV_BUTTON = "nav-button";
    public static final String SHOW_BAR = "show-bar";
    public static final String SHOW_TITLE = "show-title";
    public static final String ON_AIR = "on-air";

    public static final String CUE_CELL = "cue-cell";
    public static final String CUE_NEXT = "cue-next";
    public static final String CUE_ARMED = "cue-armed";
    public static final String CUE_LIVE = "cue-live";
    public static final String CUE_KIND = "cue-kind";
    public static final String BADGE = "badge";
    public static final String DROP_TARGET = "drop-target";

    public static final String ARM_BUTTON = "arm-button";
    public static final String TAKE_BUTTON = "take-button";
    public static final String DANGER_BUTTON = "danger-button";
    public static final String COUNTDOWN = "countdown";
    public static final String PREVIEW = "preview";
    public static final String PREVIEW_OPTION = "preview-option";
    public static final String PROBLEMS = "problems";
    public static final String TAB_PROBLEM = "tab-problem";

    public static final String CHART = "live-chart";
    public static final String CHART_HEARTBEATS = "heartbeats-chart";
    public static final String CHART_FLOW = "flow-chart";
    public static final String DELIVERY_BAR = "delivery-bar";
    public static final String TALLY_BAR = "tally-bar";

    public static final String OVERLAY = "overlay";
    public static final String OVERLAY_CARD = "overlay-card";
    public static final String HOTKEY = "hotkey";
    public static final String WELCOME = "welcome";
    public static final String PLACEHOLDER = "placeholder";

    /** The companion page's QR code: dark modules on a light square, whatever the theme (scanners need it). */
    public static final String QR_CODE = "qr-code";
    public static final String QR_MODULES = "qr-modules";

    // Producer-side hardening (issue 13): the take-control strip and the audit trail.
    /** The strip under the show bar: who holds TAKE. */
    public static final String CONTROL_BAR = "control-bar";
    /** The audit trail's table. */
    public static final String AUDIT_TABLE = "audit-table";

    // Post-show reports (issue 9).
    /** A chart of the Reports workspace (curve, funnels, latency, answers). */
    public static final String REPORT_CHART = "report-chart";
    /** The show list of the Reports workspace. */
    public static final String REPORT_LIST = "report-list";
    /** A figure tile of a report: smaller than the Live tiles, many in a row. */
    public static final String REPORT_TILE = "report-tile";
    /** A sortable table of a report. */
    public static final String REPORT_TABLE = "report-table";
    /** Rows of name, proportional bar and figure (the show's funnels, the audience split). */
    public static final String REPORT_BARS = "report-bars";
    public static final String REPORT_BAR_NAME = "report-bar-name";
    public static final String REPORT_BAR_TRACK = "report-bar-track";
    public static final String REPORT_BAR_FILL = "report-bar-fill";
    public static final String REPORT_BAR_VALUE = "report-bar-value";
    /** A bar of a value that is not one (an unknown region): dimmed. */
    public static final String REPORT_BAR_UNKNOWN = "report-bar-unknown";
    /** The funnel step of a bar ({@code funnel-step-0} present at TAKE ... {@code funnel-step-4} answered). */
    public static final String FUNNEL_STEP = "funnel-step-";
    /** The dimension of an audience split bar ({@code split-platform}, {@code split-region}, {@code split-language}). */
    public static final String SPLIT = "split-";
    /** One fire's funnel in the show report, a small card. */
    public static final String FUNNEL_CARD = "funnel-card";
    /** The title of a funnel card or of a split column. */
    public static final String REPORT_SUBTITLE = "report-subtitle";
    /** The cover over a workspace this token's role cannot use. */
    public static final String ROLE_COVER = "role-cover";

    /** The state colour classes, of which a node wears at most one. */
    public static final String[] STATES = {STATE_LIVE, STATE_WARN, STATE_ERROR, STATE_IDLE, STATE_ARMED};

    private Styles() {
    }

    /** Makes the node wear {@link #STALE} while {@code stale} is true, from now on. */
    public static void markStale(javafx.scene.Node node, javafx.beans.value.ObservableBooleanValue stale) {
        stale.addListener((o, was, now) -> swap(node, now ? STALE : null, STALE));
        swap(node, stale.get() ? STALE : null, STALE);
    }

    /** Puts {@code wanted} on the node after taking off every class of {@code family}. */
    public static void swap(javafx.scene.Node node, String wanted, String... family) {
        boolean wearsOnlyWanted = java.util.Arrays.stream(family)
                .allMatch(c -> node.getStyleClass().contains(c) == c.equals(wanted));
        if (wearsOnlyWanted && (wanted == null || wanted.isEmpty() || node.getStyleClass().contains(wanted))) {
            return;
        }
        node.getStyleClass().removeAll(family);
        if (wanted != null && !wanted.isEmpty()) {
            node.getStyleClass().add(wanted);
        }
    }
}

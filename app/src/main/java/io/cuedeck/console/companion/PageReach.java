package io.cuedeck.console.companion;

import io.cuedeck.console.common.I18n;
import io.cuedeck.console.session.Backend;
import java.util.List;
import java.util.Locale;

/** Who can open the companion page's address, in the producer's words, and what to do when phones cannot. */
final class PageReach {

    private PageReach() {
    }

    /** {@code lan}: this computer's network addresses, best first; {@code host} and {@code port} the backend's. */
    static String describe(I18n i18n, Backend b, List<String> lan, String host, int port) {
        if (b.openToNetwork()) {
            if (lan.isEmpty()) {
                return i18n.get("companion.noNetwork");
            }
            String others = lan.size() > 1 ? " " + i18n.format("companion.others", String.join(", ", lan.subList(1, lan.size()))) : "";
            return i18n.format("companion.network", String.valueOf(port)) + others;
        }
        if (isLoopback(host)) {
            return b.embedded() ? i18n.get("companion.localRehearsal") : i18n.get("companion.localRemote");
        }
        return i18n.format("companion.remote", host);
    }

    static boolean isLoopback(String host) {
        String h = host == null ? "" : host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]") || h.equals("::1");
    }
}

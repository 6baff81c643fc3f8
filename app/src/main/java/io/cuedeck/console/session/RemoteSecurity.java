package io.cuedeck.console.session;

import java.nio.file.Path;

/**
 * How a remote backend is trusted: an extra CA certificate (a studio's own authority; null for
 * this computer's only), and whether the user allowed an unencrypted {@code http://} connection to
 * another computer.
 */
public record RemoteSecurity(Path trustedCa, boolean allowPlainHttp) {

    public static final RemoteSecurity DEFAULT = new RemoteSecurity(null, false);
}

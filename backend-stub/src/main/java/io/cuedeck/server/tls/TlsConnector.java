package io.cuedeck.server.tls;

import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * What the public listener speaks when TLS is configured ({@link #factories}, used by the edge,
 * {@code HttpEdge.speaking}): HTTP/1.1 over
 * TLS 1.2 or 1.3 on the configured address and port, WebSocket upgrades included (so the console
 * stream and viewer sockets become WSS). Plain HTTP is then not served at all.
 */
public final class TlsConnector {

    private TlsConnector() {
    }

    /** TLS, then HTTP/1.1 with the secure-request customizer: what a listener speaks to serve HTTPS and WSS. */
    public static ConnectionFactory[] factories(HttpConfiguration base, TlsConfig tls) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStore(tls.keyStore());
        ssl.setKeyStorePassword(new String(tls.password()));
        ssl.setIncludeProtocols("TLSv1.3", "TLSv1.2");
        // Clients reach studio servers by IP address as often as by name: no SNI to insist on.
        ssl.setSniRequired(false);
        HttpConfiguration https = new HttpConfiguration(base);
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        secure.setSniHostCheck(false);
        https.addCustomizer(secure);
        return new ConnectionFactory[] {new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(https)};
    }
}

package io.cuedeck.console.session;

import io.cuedeck.connector.ClientConfig;
import io.cuedeck.connector.CuedeckClient;
import java.net.URI;

/**
 * The console's {@link RemoteFactory}: a connector client with the user's trust settings, speaking
 * for this console (a fresh console id per connection, for take-control).
 */
public final class RemoteBackends implements RemoteFactory {

    @Override
    public Backend create(String url, String token, RemoteSecurity security) {
        ClientConfig config = new ClientConfig(URI.create(url), token, null, null, null, null, security.trustedCa(),
                security.allowPlainHttp()).withConsoleId(ClientConfig.newConsoleId());
        return new ClientBackend(CuedeckClient.create(config), false, () -> { });
    }
}

package io.cuedeck.console.session;

import io.cuedeck.console.common.Errors;
import io.cuedeck.console.common.I18n;
import io.cuedeck.console.common.Jobs;
import io.cuedeck.console.common.Settings;
import java.net.URI;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Switches the console between the embedded rehearsal backend and a remote one, without a
 * restart. Starting or reaching a backend happens in the background with its progress shown and a
 * cancel; the remote URL and token are remembered per user (the token only in its own file).
 */
public final class Connections {

    /** Told about every switch: the backend now in use and its rehearsal show id (or null). */
    public interface Listener {
        void attached(Backend backend, RehearsalAudience audience, String preferredShowId);
    }

    private final Session session;
    private final Jobs jobs;
    private final I18n i18n;
    private final Settings settings;
    private final EmbeddedStarter embedded;
    private final RemoteFactory remote;
    private final Listener listener;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    public Connections(Session session, Jobs jobs, I18n i18n, Settings settings, EmbeddedStarter embedded,
            RemoteFactory remote, Listener listener) {
        this.session = session;
        this.jobs = jobs;
        this.i18n = i18n;
        this.settings = settings;
        this.embedded = embedded;
        this.remote = remote;
        this.listener = listener;
    }

    /** Starts (or restarts) the embedded rehearsal backend and switches to it. */
    public void useEmbedded(int viewers, Consumer<Boolean> finished) {
        problem.set("");
        boolean phones = settings.getBoolean(Settings.REHEARSAL_PHONES);
        jobs.run(i18n.get("activity.startEmbedded"), () -> embedded.start(viewers, phones), started -> {
            settings.set(Settings.BACKEND, "embedded");
            session.attach(started.backend());
            listener.attached(started.backend(), started.audience(), started.rehearsalShowId());
            finished.accept(true);
        }, error -> {
            problem.set(i18n.format("connect.embeddedFailed", Errors.describe(error, i18n)));
            finished.accept(false);
        });
    }

    /** Reaches a remote backend (health and the show list must answer) and switches to it. */
    public void useRemote(String url, String token, Consumer<Boolean> finished) {
        String bad = checkUrl(url);
        if (bad != null || token == null || token.isBlank()) {
            problem.set(bad != null ? bad : i18n.get("connect.tokenMissing"));
            finished.accept(false);
            return;
        }
        problem.set("");
        String cleanUrl = url.strip();
        jobs.run(i18n.format("activity.connect", cleanUrl), () -> {
            Backend backend = remote.create(cleanUrl, token.strip());
            try {
                backend.health();
                backend.shows();
                return backend;
            } catch (RuntimeException e) {
                backend.close();
                throw e;
            }
        }, backend -> {
            settings.set(Settings.BACKEND, "remote");
            settings.set(Settings.REMOTE_URL, cleanUrl);
            settings.rememberToken(token.strip());
            session.attach(backend);
            listener.attached(backend, null, null);
            finished.accept(true);
        }, error -> {
            problem.set(i18n.format("connect.remoteFailed", cleanUrl, Errors.describe(error, i18n)));
            finished.accept(false);
        });
    }

    private String checkUrl(String url) {
        try {
            URI uri = URI.create(url == null ? "" : url.strip());
            boolean http = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
            return http && uri.getHost() != null ? null : i18n.get("connect.badUrl");
        } catch (IllegalArgumentException e) {
            return i18n.get("connect.badUrl");
        }
    }

    /** Why the last switch failed, in words; empty when it worked. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}

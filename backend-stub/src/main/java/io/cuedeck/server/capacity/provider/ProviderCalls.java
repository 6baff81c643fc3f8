package io.cuedeck.server.capacity.provider;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The one place where provider calls are retried: at most {@link #ATTEMPTS} attempts, waiting
 * between them with exponential backoff and full jitter (up to 200 ms, 400 ms, 800 ms), and only
 * after a failure the provider calls retryable. What still fails is thrown with the attempts
 * counted, so the scheduler can mark the boost failed and say why.
 */
public final class ProviderCalls {

    public static final int ATTEMPTS = 4;
    private static final long BASE_MS = 200;

    /** How to wait between attempts: the real sleep, or nothing in tests of the retry count. */
    public interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    /** One call to retry. */
    public interface Call<T> {
        T run() throws ProviderException;
    }

    private final CapacityProvider provider;
    private final Sleeper sleeper;

    public ProviderCalls(CapacityProvider provider, Sleeper sleeper) {
        this.provider = provider;
        this.sleeper = sleeper;
    }

    public ProviderCalls(CapacityProvider provider) {
        this(provider, Thread::sleep);
    }

    public CapacityProvider provider() {
        return provider;
    }

    public void setDesired(int units, CapacityProvider.DesiredRequest request) throws ProviderException {
        run(() -> {
            provider.setDesired(units, request);
            return null;
        });
    }

    public ProviderState state() throws ProviderException {
        return run(provider::state);
    }

    <T> T run(Call<T> call) throws ProviderException {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.run();
            } catch (ProviderException e) {
                if (!e.retryable() || attempt >= ATTEMPTS) {
                    String tries = attempt == 1 ? "" : " (after " + attempt + " attempts)";
                    throw new ProviderException(e.getMessage() + tries, e.retryable(), e);
                }
                long ceiling = BASE_MS << (attempt - 1);
                try {
                    sleeper.sleep(ThreadLocalRandom.current().nextLong(ceiling + 1));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new ProviderException("The server is stopping; the provider was not asked.", false, e);
                }
            } catch (RuntimeException e) {
                throw new ProviderException("The " + provider.name() + " provider failed unexpectedly: " + e, false, e);
            }
        }
    }
}

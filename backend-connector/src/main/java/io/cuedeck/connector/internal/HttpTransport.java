package io.cuedeck.connector.internal;

import io.cuedeck.connector.ClientConfig;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sends one HTTP request and waits for its answer in a way that an interrupt can end: the call is
 * enqueued on OkHttp's dispatcher and the caller waits on a future; when the caller's thread is
 * interrupted the call is cancelled, which closes its socket. Never retries by itself (OkHttp's
 * silent retry is off): retries live in {@link Retrier} only.
 */
public final class HttpTransport implements AutoCloseable {

    private final ExecutorService callThreads;
    private final OkHttpClient http;

    public HttpTransport(ClientConfig config, UnaryOperator<OkHttpClient.Builder> customizer) {
        this(config, TrustedAuthorities.of(config.trustedCa()), customizer);
    }

    /** Verifies {@code https://} servers against {@code trust}. */
    public HttpTransport(ClientConfig config, TrustedAuthorities trust, UnaryOperator<OkHttpClient.Builder> customizer) {
        callThreads = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
                new SynchronousQueue<>(), NamedThreads.daemon("cuedeck-http"));
        Dispatcher dispatcher = new Dispatcher(callThreads);
        dispatcher.setMaxRequestsPerHost(32);
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                // Shorter than the server's idle timeout (Jetty: 30 s), so a pooled connection is not
                // reused just as the server closes it.
                .connectionPool(new ConnectionPool(4, 20, TimeUnit.SECONDS))
                .retryOnConnectionFailure(false)
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.requestTimeout())
                .writeTimeout(config.requestTimeout())
                .callTimeout(config.requestTimeout());
        builder.sslSocketFactory(trust.socketFactory(), trust.trustManager());
        http = customizer.apply(builder).build();
    }

    /**
     * Sends {@code request} and waits for the whole answer.
     *
     * @throws IOException the server could not be reached or the exchange broke or timed out
     * @throws InterruptedException the caller was interrupted; the call has been cancelled
     */
    public RawResponse execute(Request request) throws IOException, InterruptedException {
        Call call = http.newCall(request);
        CompletableFuture<RawResponse> answer = new CompletableFuture<>();
        call.enqueue(new Callback() {
            @Override
            public void onFailure(Call failed, IOException e) {
                answer.completeExceptionally(e);
            }

            @Override
            public void onResponse(Call done, Response response) {
                try (response) {
                    answer.complete(new RawResponse(response.code(), response.body().bytes(),
                            response.header("Content-Type")));
                } catch (IOException | RuntimeException e) {
                    answer.completeExceptionally(e);
                }
            }
        });
        try {
            return answer.get();
        } catch (InterruptedException e) {
            call.cancel();
            throw e;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    /**
     * A call for a streamed download (report exports): the same client, with no overall call
     * timeout (a large export may take longer than one API request) and the given read timeout, so
     * a server that stops sending is still noticed. The caller reads and closes the response.
     */
    public Call streamingCall(Request request, java.time.Duration readTimeout) {
        return http.newBuilder().callTimeout(java.time.Duration.ZERO).readTimeout(readTimeout).build().newCall(request);
    }

    /**
     * Forgets idle pooled connections. Called after a failure without an answer: the server may
     * have restarted, and its old connections would fail the retry too.
     */
    public void forgetIdleConnections() {
        http.connectionPool().evictAll();
    }

    @Override
    public void close() {
        http.dispatcher().cancelAll();
        callThreads.shutdown();
        http.connectionPool().evictAll();
    }
}

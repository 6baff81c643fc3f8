package io.cuedeck.server.http;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * A request as the routes see it after the edge: HEAD routed as GET (Jetty still sends no body
 * for it), the path with its stray {@code %} taken literally, and the body, when one was read
 * ahead, served from memory.
 */
final class EdgeRequest extends Request.Wrapper {

    private final String method;
    private final HttpURI uri;
    private final byte[] body;
    private boolean bodyRead;

    EdgeRequest(Request wrapped, String method, HttpURI uri, byte[] body) {
        super(wrapped);
        this.method = method;
        this.uri = uri;
        this.body = body;
    }

    @Override
    public String getMethod() {
        return method;
    }

    @Override
    public HttpURI getHttpURI() {
        return uri;
    }

    @Override
    public long getLength() {
        return body == null ? super.getLength() : body.length;
    }

    @Override
    public Content.Chunk read() {
        if (body == null) {
            return super.read();
        }
        if (bodyRead) {
            return Content.Chunk.EOF;
        }
        bodyRead = true;
        return Content.Chunk.from(ByteBuffer.wrap(body), true);
    }

    @Override
    public void demand(Runnable demandCallback) {
        if (body == null) {
            super.demand(demandCallback);
        } else {
            getContext().execute(demandCallback);
        }
    }

    @Override
    public boolean consumeAvailable() {
        if (body == null) {
            return super.consumeAvailable();
        }
        bodyRead = true;
        return true;
    }
}

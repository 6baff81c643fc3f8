package io.cuedeck.server.audience;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

/**
 * Keeps WebSocket upgrades from creating an HTTP session. Javalin copies the session's attributes
 * into every socket's upgrade data, and asking for them creates a session: with tens of thousands
 * of viewers that was a session object (random id, cookie, cache entry) per connection, a third of
 * the cost of accepting one (profiled). Cuedeck uses bearer tokens and no sessions, so an upgrade
 * sees an empty session that is never stored.
 */
public final class SessionlessUpgrades implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && "websocket".equalsIgnoreCase(http.getHeader("Upgrade"))) {
            chain.doFilter(new Wrapped(http), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    private static final class Wrapped extends HttpServletRequestWrapper {
        Wrapped(HttpServletRequest request) {
            super(request);
        }

        @Override
        public HttpSession getSession() {
            return new EmptySession(getServletContext());
        }

        @Override
        public HttpSession getSession(boolean create) {
            return create ? getSession() : null;
        }
    }

    /** A session with nothing in it that keeps nothing: what an upgrade's copy of "the session" reads. */
    private record EmptySession(ServletContext context) implements HttpSession {
        @Override
        public long getCreationTime() {
            return 0;
        }

        @Override
        public String getId() {
            return "";
        }

        @Override
        public long getLastAccessedTime() {
            return 0;
        }

        @Override
        public ServletContext getServletContext() {
            return context;
        }

        @Override
        public void setMaxInactiveInterval(int interval) {
        }

        @Override
        public int getMaxInactiveInterval() {
            return 0;
        }

        @Override
        public Object getAttribute(String name) {
            return null;
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public void setAttribute(String name, Object value) {
            throw new UnsupportedOperationException("viewer sockets have no session");
        }

        @Override
        public void removeAttribute(String name) {
        }

        @Override
        public void invalidate() {
        }

        @Override
        public boolean isNew() {
            return true;
        }
    }
}

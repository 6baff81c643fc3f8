package io.cuedeck.server.audience;

/**
 * The show id in a viewer path the edge answers itself ({@code /v1/shows/{showId}/heartbeat},
 * {@code /v1/shows/{showId}/live}). Only ids of URL-unreserved characters, at most
 * {@value #MAX_ID} of them, are taken (every id the server makes is one): such an id needs no
 * decoding, and anything else goes on to Javalin's twin of the route.
 */
final class ShowPaths {

    static final String PREFIX = "/v1/shows/";
    private static final int MAX_ID = 128;

    private ShowPaths() {
    }

    /** The show id of {@code path} when it is {@code /v1/shows/{id}} + {@code suffix}, else null. */
    static String showId(String path, String suffix) {
        if (!path.startsWith(PREFIX) || !path.endsWith(suffix)) {
            return null;
        }
        int from = PREFIX.length();
        int to = path.length() - suffix.length();
        if (to <= from || to - from > MAX_ID) {
            return null;
        }
        for (int i = from; i < to; i++) {
            if (!unreserved(path.charAt(i))) {
                return null;
            }
        }
        return path.substring(from, to);
    }

    private static boolean unreserved(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c == '.' || c == '~';
    }
}

package io.cuedeck.server.watch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The companion page's files, read once from the class path: the stylesheet, the script and the icon under
 * names that carry the first 12 hex digits of their SHA-256 ({@code watch.3f2a9c1b0d4e.js}), so a
 * browser or a CDN may keep them for a year and a new release is fetched under its new name; and
 * the HTML, which names them and is never cached for long.
 */
public final class WatchAssets {

    /** An asset as served: its hashed name, content type and bytes. */
    public record Asset(String name, String contentType, byte[] bytes) {
    }

    private static final String BASE = "/io/cuedeck/server/watch/";
    public static final String PATH_PREFIX = "/watch/assets/";

    private final Map<String, Asset> assets = new LinkedHashMap<>();
    private final byte[] html;

    private WatchAssets(byte[] html, Asset... files) {
        for (Asset a : files) {
            assets.put(a.name(), a);
        }
        this.html = html;
    }

    public static WatchAssets load() {
        Asset css = hashed("watch", ".css", "text/css; charset=utf-8");
        Asset js = hashed("watch", ".js", "text/javascript; charset=utf-8");
        Asset icon = hashed("icon", ".svg", "image/svg+xml");
        String page = new String(read("page.html"), StandardCharsets.UTF_8)
                .replace("{{css}}", PATH_PREFIX + css.name())
                .replace("{{js}}", PATH_PREFIX + js.name())
                .replace("{{icon}}", PATH_PREFIX + icon.name());
        if (page.contains("{{")) {
            throw new IllegalStateException("page.html names an asset that is not served");
        }
        return new WatchAssets(page.getBytes(StandardCharsets.UTF_8), css, js, icon);
    }

    public byte[] html() {
        return html.clone();
    }

    public Optional<Asset> asset(String name) {
        return Optional.ofNullable(assets.get(name));
    }

    /** Every served file's name, HTML first: what a phone downloads on its first visit. */
    public Map<String, Integer> sizes() {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        sizes.put("page.html", html.length);
        assets.values().forEach(a -> sizes.put(a.name(), a.bytes().length));
        return sizes;
    }

    private static Asset hashed(String stem, String suffix, String type) {
        byte[] bytes = read(stem + suffix);
        return new Asset(stem + "." + sha256(bytes).substring(0, 12) + suffix, type, bytes);
    }

    private static byte[] read(String name) {
        try (InputStream in = WatchAssets.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("the companion page's " + name + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

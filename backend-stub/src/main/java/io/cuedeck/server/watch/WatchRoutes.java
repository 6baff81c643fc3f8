package io.cuedeck.server.watch;

import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.viewer.ViewerShow;
import io.cuedeck.server.http.ApiException;
import io.cuedeck.server.shows.ShowDirectory;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * The viewer companion page: {@code GET /watch/{showId}} (the HTML; 404 with the same page, which
 * then says there is no such show, when the show does not exist), its hashed files under
 * {@code /watch/assets/}, and {@code GET /v1/shows/{showId}}, the show as a viewer may see it.
 * None needs a token. The page itself is the reference client of the viewer API.
 */
public final class WatchRoutes {

    public static final String PAGE = "/watch/{showId}";
    public static final String ASSETS = WatchAssets.PATH_PREFIX + "{name}";
    public static final String SHOW = "/v1/shows/{showId}";
    /** Viewer apps may keep a show's title and status this long (a CDN in front absorbs the load). */
    static final String SHOW_CACHE = "public, max-age=5";

    private final ShowDirectory shows;
    private final WatchAssets assets;

    public WatchRoutes(ShowDirectory shows, WatchAssets assets) {
        this.shows = shows;
        this.assets = assets;
    }

    public void register(RoutesConfig routes) {
        routes.get(PAGE, this::page);
        routes.get(ASSETS, this::asset);
        routes.get(SHOW, this::show);
    }

    private void page(Context ctx) {
        PageHeaders.page(ctx);
        ctx.status(shows.find(ctx.pathParam("showId")).isPresent() ? 200 : 404);
        ctx.contentType("text/html; charset=utf-8").result(assets.html());
    }

    private void asset(Context ctx) {
        WatchAssets.Asset asset = assets.asset(ctx.pathParam("name")).orElseThrow(() ->
                ApiException.notFound("There is no companion page file '" + ctx.pathParam("name") + "'."));
        PageHeaders.asset(ctx);
        ctx.contentType(asset.contentType()).result(asset.bytes());
    }

    private void show(Context ctx) {
        Optional<Show> found = shows.find(ctx.pathParam("showId"));
        Show show = found.orElseThrow(() -> ApiException.notFound("There is no show '" + ctx.pathParam("showId") + "'."));
        ctx.header("Cache-Control", SHOW_CACHE);
        ctx.json(new ViewerShow(show.id(), show.title(), show.status(), show.scheduledStart()));
    }
}

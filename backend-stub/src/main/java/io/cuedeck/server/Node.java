package io.cuedeck.server;

import io.cuedeck.server.audience.AckService;
import io.cuedeck.server.audit.Audit;
import io.cuedeck.server.audit.AuditRoutes;
import io.cuedeck.server.audience.AnswerJournal;
import io.cuedeck.server.audience.AnswerService;
import io.cuedeck.server.audience.DeliveryCounts;
import io.cuedeck.server.audience.FanOut;
import io.cuedeck.server.audience.HeartbeatIntake;
import io.cuedeck.server.audience.HeartbeatLimiter;
import io.cuedeck.server.audience.LiveFires;
import io.cuedeck.server.audience.PresenceBatcher;
import io.cuedeck.server.audience.SocketCountReporter;
import io.cuedeck.server.audience.SocketHub;
import io.cuedeck.server.audience.ViewerEndpoint;
import io.cuedeck.server.audience.ViewerRoutes;
import io.cuedeck.server.bus.BusRelay;
import io.cuedeck.server.bus.ShowLanes;
import io.cuedeck.server.capacity.Capacity;
import io.cuedeck.server.capacity.CapacityConfig;
import io.cuedeck.server.capacity.CapacityRoutes;
import io.cuedeck.server.config.ServerConfig;
import io.cuedeck.server.console.ConsoleEndpoint;
import io.cuedeck.server.control.ControlConfig;
import io.cuedeck.server.control.ControlRoutes;
import io.cuedeck.server.control.ControlSockets;
import io.cuedeck.server.control.ControlWatch;
import io.cuedeck.server.control.OnAirGate;
import io.cuedeck.server.control.TakeControl;
import io.cuedeck.server.console.ConsoleHub;
import io.cuedeck.server.console.EngineWatch;
import io.cuedeck.server.console.LiveRoutes;
import io.cuedeck.server.console.LiveService;
import io.cuedeck.server.console.Ticker;
import io.cuedeck.server.engine.cold.ColdStore;
import io.cuedeck.server.engine.hot.HotEngine;
import io.cuedeck.server.fire.FireCatalog;
import io.cuedeck.server.fire.FireCloser;
import io.cuedeck.server.fire.FireControl;
import io.cuedeck.server.fire.FireRestorer;
import io.cuedeck.server.fire.FireRoutes;
import io.cuedeck.server.fire.FireService;
import io.cuedeck.server.fire.HotStateGuard;
import io.cuedeck.server.http.Access;
import io.cuedeck.server.http.AccessConfig;
import io.cuedeck.server.http.ClientAddress;
import io.cuedeck.server.http.LoginThrottle;
import io.cuedeck.server.http.TokenRegistry;
import io.cuedeck.server.http.LimitsConfig;
import io.cuedeck.server.http.OpsRoutes;
import io.cuedeck.server.http.Tokens;
import io.cuedeck.server.reports.ReportRoutes;
import io.cuedeck.server.reports.ReportService;
import io.cuedeck.server.reports.ViewerCurve;
import io.cuedeck.server.rundown.CueRoutes;
import io.cuedeck.server.rundown.CueService;
import io.cuedeck.server.shows.ShowDirectory;
import io.cuedeck.server.shows.ShowRoutes;
import io.cuedeck.server.shows.ShowService;
import io.cuedeck.server.snapshot.SnapshotJob;
import io.cuedeck.server.watch.AllowedOrigins;
import io.cuedeck.server.watch.OriginCheck;
import io.cuedeck.server.watch.WatchAssets;
import io.cuedeck.server.watch.WatchRoutes;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;

/**
 * Every service of one server node, built and connected in one place. Routes read from here;
 * {@link CuedeckServer} starts and stops it.
 */
final class Node {

    final ServerConfig config;
    final LimitsConfig limits;
    final HotEngine hot;
    final ColdStore cold;
    final PrometheusMeterRegistry meters;
    final Clock clock;
    final Background background = new Background();

    final ShowLanes lanes = new ShowLanes();
    final LiveFires liveFires = new LiveFires();
    final BusRelay bus;
    final ShowDirectory shows;
    final SocketHub viewers = new SocketHub();
    final ConsoleHub consoles = new ConsoleHub();
    final DeliveryCounts delivery;
    final FanOut fanOut;
    final SocketCountReporter socketCounts;
    final HeartbeatLimiter limiter;
    final PresenceBatcher presence;
    final HeartbeatIntake heartbeats;
    final AnswerJournal journal;
    final FireCatalog catalog;
    final FireCloser closer;
    final FireControl fireControl;
    final FireService fires;
    final ShowService showService;
    final CueService cues;
    final SnapshotJob snapshots;
    final EngineWatch engines;
    final Ticker ticker;
    final Access access;
    // Producer-side access (issue 13): the token file, reloaded when it changes; failed-login throttling.
    final TokenRegistry tokenRegistry;
    // The audit trail and take-control between consoles (issue 13).
    final Audit audit;
    final AuditRoutes auditRoutes;
    final ControlWatch controlWatch;
    final TakeControl takeControl;
    final ControlRoutes controlRoutes;
    final AnswerService answers;

    final ShowRoutes showRoutes;
    final CueRoutes cueRoutes;
    final FireRoutes fireRoutes;
    final LiveRoutes liveRoutes;
    final ReportRoutes reportRoutes;
    // Report exports (issue 9): CSV zip and PDF of a show or a fire.
    final io.cuedeck.server.reports.export.ExportRoutes exportRoutes;
    final io.cuedeck.server.audience.ReachBatcher reach;
    final ViewerRoutes viewerRoutes;
    final ViewerEndpoint viewerEndpoint;
    final ConsoleEndpoint consoleEndpoint;
    final OpsRoutes opsRoutes;
    final Capacity capacity;
    final CapacityRoutes capacityRoutes;

    // The viewer companion page and the viewer socket's Origin check.
    final WatchRoutes watchRoutes;
    final OriginCheck originCheck;

    // HTTPS and WSS served by this node (CUEDECK_TLS_KEYSTORE); empty: plain HTTP.
    final java.util.Optional<io.cuedeck.server.tls.TlsConfig> tls;

    Node(ServerConfig config, Tokens tokens, HotEngine hot, ColdStore cold, PrometheusMeterRegistry meters,
            Clock clock) {
        this.config = config;
        this.tls = io.cuedeck.server.tls.TlsConfig.from(config.source());
        this.limits = LimitsConfig.from(config.source());
        this.limiter = new HeartbeatLimiter(limits.heartbeatMinInterval().toMillis());
        this.hot = hot;
        this.cold = cold;
        this.meters = meters;
        this.clock = clock;
        bus = new BusRelay(hot.bus(), lanes);
        shows = new ShowDirectory(cold);
        delivery = new DeliveryCounts(hot.fires());
        reach = new io.cuedeck.server.audience.ReachBatcher(hot.reach(), hot.fires());
        fanOut = new FanOut(viewers, delivery, clock, meters, reach);
        socketCounts = new SocketCountReporter(viewers, hot.sockets(), config.nodeId());
        presence = new PresenceBatcher(hot, config.presenceTtl(), clock, meters);
        heartbeats = new HeartbeatIntake(shows, limiter, presence, clock, meters);
        heartbeats.countViewersWith(reach);
        journal = new AnswerJournal(cold, background.answers, meters);
        catalog = new FireCatalog(cold, hot.fires());
        closer = new FireCloser(hot.fires(), cold, bus, background.timers, clock);
        closer.finaliseCountsFrom(hot.reach());
        fireControl = new FireControl(hot, cold, catalog, closer, bus, clock);
        fires = new FireService(hot, cold, catalog, closer, bus, socketCounts, clock, meters);
        showService = new ShowService(cold, shows, bus, clock);
        cues = new CueService(cold, clock);
        snapshots = new SnapshotJob(hot, cold, shows, clock);
        engines = new EngineWatch(hot, cold);
        ticker = new Ticker(hot, shows, consoles, engines, clock);
        AccessConfig accessConfig = AccessConfig.from(config.source());
        tokenRegistry = new TokenRegistry(tokens, accessConfig.tokenFile());
        access = new Access(tokenRegistry, new LoginThrottle(accessConfig.maxFailures(), accessConfig.failureWindow(), clock),
                new ClientAddress(limits.trustedProxies()), meters);
        audit = new Audit(cold.audit(), access, clock);
        auditRoutes = new AuditRoutes(cold.audit(), shows);
        ControlConfig controlConfig = ControlConfig.from(config.source());
        ControlSockets controlSockets = new ControlSockets();
        takeControl = new TakeControl(hot.control(), audit, controlSockets, controlConfig, clock);
        controlWatch = new ControlWatch(hot.control(), controlSockets, audit, controlConfig);
        controlRoutes = new ControlRoutes(takeControl, shows);

        AckService acks = new AckService(catalog, hot.fires(), clock, reach);
        answers = new AnswerService(catalog, hot.fires(), journal, clock, meters,
                io.cuedeck.server.http.RateLimit.perMinute(limits.answersPerViewer()), reach);
        showRoutes = new ShowRoutes(showService, audit);
        cueRoutes = new CueRoutes(cues, audit);
        fireRoutes = new FireRoutes(fires, fireControl, shows, new OnAirGate(takeControl, cold), audit, clock);
        liveRoutes = new LiveRoutes(new LiveService(hot, shows, clock));
        ReportService reportService = new ReportService(cold, new ViewerCurve(hot, cold, snapshots, clock),
                new io.cuedeck.server.reports.FireCountsSource(hot, cold, reach::flush), clock);
        reportRoutes = new ReportRoutes(reportService);
        exportRoutes = new io.cuedeck.server.reports.export.ExportRoutes(
                new io.cuedeck.server.reports.export.ExportSource(reportService, cold, clock), audit);
        viewerRoutes = new ViewerRoutes(shows, heartbeats, acks, answers);
        viewerEndpoint = new ViewerEndpoint(shows, viewers, heartbeats, acks, answers, fanOut, liveFires, lanes);
        consoleEndpoint = new ConsoleEndpoint(access, shows, consoles, engines, hot.fires(), controlWatch);
        opsRoutes = new OpsRoutes(hot, cold, meters, config.nodeId());
        watchRoutes = new WatchRoutes(shows, WatchAssets.load());
        originCheck = new OriginCheck(AllowedOrigins.from(config.source()), meters);

        Gauge.builder("cuedeck.viewer.sockets", viewers, SocketHub::total).register(meters);
        Gauge.builder("cuedeck.console.sockets", consoles, ConsoleHub::total).register(meters);
        if (accessConfig.tokenFile() != null) {
            Gauge.builder("cuedeck.token.file.ok", tokenRegistry, r -> r.fileOk() ? 1 : 0).register(meters);
        }
        new NodeEvents(this).listen();
        showService.onEnded(show -> {
            closer.closeAllOpen(show.id(), catalog);
            snapshots.ended(show);
        });

        // capacity boosts (issue 8): their own config keys, the rundown and push fires feed them
        capacity = new Capacity(CapacityConfig.from(config.source()), cold, hot, shows, meters, clock, config.nodeId());
        capacityRoutes = capacity.routes(audit);
        showService.onChanged(capacity.rundown()::showChanged);
        cues.onChanged(capacity.rundown()::cuesChanged);
        fires.onFired(capacity.rundown()::fired);
    }

    /** Puts back lost hot state, joins the bus and starts the periodic work. */
    void start() {
        FireRestorer restorer = new FireRestorer(cold, hot.fires(), catalog, closer);
        restorer.restore();
        Background.every(background.timers, 2_000, 2_000, new HotStateGuard(hot, cold, restorer, clock),
                "hot state guard");
        bus.start();
        Background.every(background.timers, 100, 100, presence::flush, "presence flush");
        Background.every(background.timers, 100, 100, socketCounts::tick, "socket count report");
        Background.every(background.timers, 250, 250, delivery::flush, "delivery flush");
        Background.every(background.timers, io.cuedeck.server.audience.ReachBatcher.FLUSH_MILLIS,
                io.cuedeck.server.audience.ReachBatcher.FLUSH_MILLIS, reach::flush, "reach flush");
        Background.every(background.timers, 10_000, 10_000, () -> limiter.sweep(clock.millis()), "limiter sweep");
        Background.every(background.timers, 10_000, 10_000, answers::sweep, "answer limit sweep");
        long socketTouch = Math.max(250, Math.min(30_000, config.presenceTtl().toMillis() / 4));
        Background.every(background.timers, socketTouch, socketTouch, () -> viewers.all().forEach(heartbeats::socketOpen),
                "socket presence");
        Background.every(background.timers, 3_600_000, 3_600_000, () -> catalog.forgetOld(clock.instant()),
                "fire catalog cleanup");
        Background.every(background.timers, 2_000, 2_000, tokenRegistry::reloadIfChanged, "token file reload");
        Background.every(background.timers, 60_000, 60_000, access::sweep, "login throttle sweep");
        Background.every(background.ticker, 1_000, 1_000, controlWatch::tick, "take-control watch");
        new OpenFiresRefresh(this).start();
        long toNextSecond = 1_000 - clock.millis() % 1_000;
        Background.every(background.ticker, toNextSecond + 200, 1_000, ticker::tick, "tick");
        Background.every(background.ticker, snapshots.millisToNextRun(config.snapshotInterval()),
                config.snapshotInterval().toMillis(), snapshots::run, "snapshot");
        capacity.start();
    }

    /** After the HTTP server stopped: last snapshot, drain answers and deliveries, then the engines. */
    void stop() {
        capacity.close();
        background.stopSchedules();
        snapshots.run();
        journal.close();
        background.stopAnswers();
        delivery.flush();
        reach.flush();
        bus.close();
        lanes.close();
        hot.close();
        cold.close();
    }
}

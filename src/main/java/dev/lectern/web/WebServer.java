package dev.lectern.web;

import dev.lectern.archive.CurationException;
import dev.lectern.index.JsonCodec;
import dev.lectern.sync.PassTime;
import dev.lectern.sync.ReconcilePass;
import dev.lectern.index.RelatedTalks;
import dev.lectern.index.SlideIndex;
import dev.lectern.index.Suggester;
import dev.lectern.index.TalkCatalog;
import dev.lectern.index.TalkPages;
import dev.lectern.index.TalkSearcher;
import dev.lectern.log.EventLog;
import dev.lectern.render.CjkFont;
import dev.lectern.render.ThumbnailStore;
import dev.lectern.sync.IndexProgress;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: JSON API under {@code /api}, health, and the single-page UI from {@code web/}.
 * Every route is declared here, and every failure becomes a JSON error with the right status; no
 * stack trace reaches a client.
 */
public final class WebServer {
  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

  /** The UI is one page; these paths are its routes, served the same HTML. */
  private static final String[] UI_ROUTES = {
    "/talks/{id}", "/meetups", "/meetups/{id}", "/series/{id}", "/speakers", "/speakers/{id}", "/upload", "/login",
    "/review"
  };

  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
      + "form-action 'self'; frame-ancestors 'none'";

  /** Jetty's default is 8 KB; queries are capped at 1,000 characters by Lectern, with a message. */
  static final int MAX_REQUEST_HEADER_BYTES = 64 * 1024;

  /** A JSON body's limit; uploads stream past it as multipart with their own limits. */
  static final int MAX_BODY_BYTES = 1_000_000;

  private final Javalin app;

  /** A server without page images (the UI shows each page's text instead). */
  public WebServer(SlideIndex index, TalkSearcher searcher, JsonCodec json, Path archive, IntSupplier pending) {
    this(index, searcher, json, archive, pending, null, null);
  }

  /**
   * A server; {@code writes} (organizers' uploads and edits) and {@code thumbnails} (page images) are
   * optional: without them the API is read-only and the UI shows each page's text.
   */
  public WebServer(SlideIndex index, TalkSearcher searcher, JsonCodec json, Path archive, IntSupplier pending,
      WriteAccess writes, ThumbnailStore thumbnails) {
    this(index, searcher, json, archive, pending, writes, thumbnails, new Metrics(MetricSources.of(index, pending)),
        EventLog.NONE);
  }

  /** A server that counts into {@code metrics} (served at {@code /metrics}) and logs each request to {@code log}. */
  public WebServer(SlideIndex index, TalkSearcher searcher, JsonCodec json, Path archive, IntSupplier pending,
      WriteAccess writes, ThumbnailStore thumbnails, Metrics metrics, EventLog log) {
    this(index, searcher, json, archive, pending, writes, thumbnails, metrics, log, IndexProgress.settled());
  }

  /** As above, with {@code /health} telling the state of indexing as {@code progress} hears it. */
  public WebServer(SlideIndex index, TalkSearcher searcher, JsonCodec json, Path archive, IntSupplier pending,
      WriteAccess writes, ThumbnailStore thumbnails, Metrics metrics, EventLog log, IndexProgress progress) {
    PageImageController images = new PageImageController(index, thumbnails);
    SearchController search = new SearchController(searcher, metrics.searches());
    RequestObserver observer = new RequestObserver(metrics, log);
    PendingTalks written = writes == null ? PendingTalks.none() : new PendingTalks(writes.scheduler());
    TalkController talks = new TalkController(index, new TalkPages(index), json, archive, written);
    CatalogController catalog = new CatalogController(index);
    ExploreController explore = new ExploreController(new Suggester(index), new RelatedTalks(index), searcher, talks);
    byte[] indexHtml = UiPage.load();
    app = Javalin.create(config -> {
      config.jsonMapper(new JavalinJackson(json.mapper(), false));
      config.startup.showJavalinBanner = false;
      config.http.maxRequestSize = MAX_BODY_BYTES;
      config.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = "/web";
        files.location = Location.CLASSPATH;
        // The API has no files: looking each request up in the jar first costs more than the answer.
        files.skipFileFunction = request -> isApi(request.getRequestURI());
      });
      config.routes.before(WebServer::securityHeaders);
      config.requestLogger.http(observer::observe);
      // Long search URLs reach Lectern, which answers 400 with a message, instead of Jetty's bare 414.
      config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(MAX_REQUEST_HEADER_BYTES));
      // A request waiting on a slow client parks a virtual thread, not one of a bounded pool of workers;
      // Jetty's idle timeout ends a client that stops sending. (Jetty's minimum data rate counts from the
      // request's start, so on a busy server it refused small, prompt JSON bodies: not used.)
      config.concurrency.useVirtualThreads = true;
      config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
      if (writes != null) {
        OrganizerRoutes.add(config, writes, index, written, json);
      }
      boolean readOnly = writes != null && writes.readOnly();
      config.routes.get("/health", ctx -> health(ctx, index.catalog(), pending.getAsInt(), progress.snapshot(), readOnly),
          Access.OPEN);
      config.routes.get("/metrics", metrics::serve, Access.READ);
      config.routes.get("/api/search", search::search, Access.READ);
      config.routes.get("/api/formats", new UploadRules(writes)::serve, Access.READ);
      config.routes.get("/api/talks/{id}", talks::talk, Access.READ);
      config.routes.get("/api/talks/{id}/files/{n}", talks::download, Access.READ);
      config.routes.get("/api/suggest", explore::suggest, Access.READ);
      config.routes.get("/api/trend", explore::trend, Access.READ);
      config.routes.get("/api/talks/{id}/related", explore::related, Access.READ);
      config.routes.get("/api/talks/{id}/pages/{image}", images::page, Access.READ);
      config.routes.get("/api/meetups", catalog::meetups, Access.READ);
      config.routes.get("/api/meetups/{id}", catalog::meetup, Access.READ);
      config.routes.get("/api/series", catalog::seriesList, Access.READ);
      config.routes.get("/api/series/{id}", catalog::series, Access.READ);
      config.routes.get("/api/speakers", catalog::speakers, Access.READ);
      config.routes.get("/api/speakers/{id}", catalog::speaker, Access.READ);
      config.routes.get("/api/*", ctx -> {
        throw ApiException.notFound("no such endpoint: " + ctx.path());
      }, Access.READ);
      for (String route : UI_ROUTES) {
        config.routes.get(route, ctx -> ui(ctx, indexHtml), Access.OPEN);
      }
      config.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.body()));
      // Javalin's own refusals (a body over the size limit, …) are JSON like every other error.
      config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
          e.getStatus() == 413 ? "the request body is too large (at most " + MAX_BODY_BYTES / 1000 + " KB)"
              : e.getMessage()));
      config.routes.exception(CurationException.class, (e, ctx) -> error(ctx, ApiException.status(e), ApiException.body(e)));
      config.routes.exception(Exception.class, (e, ctx) -> {
        if (DiskSpace.exhausted(e)) {
          LOG.warn("request {} {} failed: the disk is full", ctx.method(), ctx.path());
          error(ctx, 507, "the server's disk is full; nothing was stored. Try again when space is freed");
          return;
        }
        LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
        error(ctx, 500, "internal error; the server log has the details");
      });
    });
  }

  public WebServer start(String host, int port) {
    app.start(host, port);
    return this;
  }

  public int port() {
    return app.port();
  }

  public void stop() {
    app.stop();
  }

  static boolean isApi(String path) {
    return path.startsWith("/api/") || path.equals("/health") || path.equals("/metrics");
  }

  /** On every response, Jetty's own errors included ({@link JettyErrors}). */
  static final Map<String, String> SECURITY_HEADERS = Map.of("Content-Security-Policy", CONTENT_SECURITY_POLICY,
      "X-Content-Type-Options", "nosniff", "Referrer-Policy", "no-referrer", "X-Frame-Options", "DENY");

  private static void securityHeaders(Context ctx) {
    SECURITY_HEADERS.forEach(ctx::header);
  }

  /**
   * {@code status} is "degraded" when the last pass failed or stalled; {@code state} tells what indexing is
   * doing; {@code readOnly} tells the UI not to offer uploads.
   */
  private static void health(Context ctx, TalkCatalog catalog, int pending, IndexProgress.Snapshot progress,
      boolean readOnly) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", progress.problem() == null ? "ok" : "degraded");
    body.put("state", progress.state().label());
    body.put("talks", catalog.talkCount());
    body.put("pages", catalog.pageCount());
    body.put("pending", pending);
    body.put("needsOcr", catalog.pagesNeedingOcr());
    for (ReconcilePass pass : ReconcilePass.values()) {
      body.put(pass.healthName(), pass == ReconcilePass.TEXT ? pending : progress.pending().get(pass));
    }
    if (progress.problem() != null) {
      body.put("problem", progress.problem());
    }
    body.put("passes", passTimes(progress.passes()));
    body.put("semantic", progress.semantic().label());
    body.put("cjkFont", CjkFont.available());
    List<String> warnings = new java.util.ArrayList<>(progress.warnings());
    if (!CjkFont.available()) {
      warnings.add(CjkFont.MISSING);
    }
    if (!warnings.isEmpty()) {
      body.put("warnings", warnings);
    }
    body.put("readOnly", readOnly);
    ctx.header("Cache-Control", "no-store");
    ctx.json(body);
  }

  /** Each pass's last time at work: {@code {"text": {"pages": n, "ms": m, "pagesPerSecond": r}, …}}. */
  private static Map<String, Object> passTimes(Map<ReconcilePass, PassTime> passes) {
    Map<String, Object> times = new LinkedHashMap<>();
    for (ReconcilePass pass : ReconcilePass.values()) {
      PassTime time = passes.get(pass);
      if (time != null) {
        times.put(pass.label(), Map.of("pages", time.pages(), "ms", time.ms(),
            "pagesPerSecond", Math.round(time.pagesPerSecond() * 10) / 10.0));
      }
    }
    return times;
  }

  private static void ui(Context ctx, byte[] html) {
    ctx.contentType("text/html; charset=utf-8");
    ctx.result(html);
  }

  private static void error(Context ctx, int status, String message) {
    error(ctx, status, new ErrorBody(message, ErrorBody.codeOf(status), Map.of()));
  }

  private static void error(Context ctx, int status, ErrorBody body) {
    ctx.status(status);
    ctx.json(body);
  }

  /** The UI's HTML, read once from the classpath. */
  static final class UiPage {
    private UiPage() {}

    static byte[] load() {
      try (var in = WebServer.class.getResourceAsStream("/web/index.html")) {
        if (in == null) {
          return "<!doctype html><title>Lectern</title><p>The UI is missing from this build.</p>"
              .getBytes(StandardCharsets.UTF_8);
        }
        return in.readAllBytes();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}

package dev.lectern.web;

import dev.lectern.log.EventLog;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;

/**
 * Sees every answered request once (Javalin's request logger, which runs after errors are mapped
 * too): counts it in the {@link Metrics} under its route template and writes a {@code request}
 * event (unless it is {@code /health}). The query string is never logged: it holds what people searched for.
 */
final class RequestObserver {
  /** Requests no route matched: static files (and the UI's assets), and 404s. */
  static final String STATIC = "static";
  static final String UNMATCHED = "unmatched";

  private final Metrics metrics;
  private final EventLog log;

  RequestObserver(Metrics metrics, EventLog log) {
    this.metrics = metrics;
    this.log = log;
  }

  void observe(Context ctx, Float ms) {
    String route = route(ctx);
    String method = ctx.method().name();
    int status = ctx.statusCode();
    double millis = ms == null ? 0 : ms;
    metrics.recordRequest(route, method, status, millis / 1000.0);
    if (route.equals("/health")) {
      return; // polled every few seconds by scripts and load balancers: counted, never logged
    }
    log.emit("request", "method", method, "route", route, "path", ctx.path(), "status", status,
        "ms", Math.round(millis * 10) / 10.0);
  }

  static String route(Context ctx) {
    Endpoint endpoint;
    try {
      endpoint = ctx.endpoints().matchedHttpEndpoint();
    } catch (RuntimeException none) {
      endpoint = null;
    }
    if (endpoint != null && !endpoint.path.equals("/api/*")) {
      return endpoint.path;
    }
    return ctx.statusCode() < 400 ? STATIC : UNMATCHED;
  }
}

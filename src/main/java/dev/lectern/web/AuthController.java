package dev.lectern.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.archive.AuditLog;
import dev.lectern.auth.LoginLimiter;
import dev.lectern.auth.Sessions;
import dev.lectern.auth.TokenStore;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Map;

/** Login with a token for a session cookie, the session's CSRF token, logout, and the audit log. */
final class AuthController {
  static final int MAX_LOGIN_BYTES = 1024;
  private final TokenStore tokens;
  private final Sessions sessions;
  private final LoginLimiter limiter;
  private final Guard guard;
  private final AuditLog audit;
  private final ObjectMapper mapper;

  AuthController(TokenStore tokens, Sessions sessions, LoginLimiter limiter, Guard guard, AuditLog audit,
      ObjectMapper mapper) {
    this.tokens = tokens;
    this.sessions = sessions;
    this.limiter = limiter;
    this.guard = guard;
    this.audit = audit;
    this.mapper = mapper;
  }

  void login(Context ctx) throws IOException {
    // JSON only: a cross-site form can post text/plain or a form without a CORS preflight (login CSRF).
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
    if (!type.equals("application/json") && !type.startsWith("application/json;")) {
      throw new ApiException(415, "send {\"token\": \"…\"} as application/json");
    }
    String token = token(ctx);
    String address = ctx.ip();
    if (limiter.blocked(address, token)) {
      throw new ApiException(429, "too_many_logins", java.util.Map.of(), "too many failed logins; wait a minute");
    }
    String user = tokens.verify(token).orElse(null);
    if (user == null) {
      limiter.failed(address, token);
      throw new ApiException(401, "bad_token", java.util.Map.of("field", "token"), "that token is not valid");
    }
    Sessions.Session session = sessions.open(user, token);
    ctx.header("Set-Cookie", cookie(session.id(), Sessions.LIFETIME.toSeconds(), Guard.secure(ctx)));
    ctx.header("Cache-Control", "no-store");
    ctx.json(Map.of("user", user, "csrf", session.csrf()));
  }

  /** The token of a login body, read only up to {@link #MAX_LOGIN_BYTES}: a login is small. */
  private String token(Context ctx) throws IOException {
    if (ctx.req().getContentLengthLong() > MAX_LOGIN_BYTES) {
      throw new ApiException(413, "a login body is at most " + MAX_LOGIN_BYTES + " bytes");
    }
    byte[] bytes = ctx.bodyInputStream().readNBytes(MAX_LOGIN_BYTES + 1);
    if (bytes.length > MAX_LOGIN_BYTES) {
      throw new ApiException(413, "a login body is at most " + MAX_LOGIN_BYTES + " bytes");
    }
    try {
      JsonNode body = mapper.readTree(bytes);
      return body == null || !body.path("token").isTextual() ? "" : body.path("token").asText().strip();
    } catch (IOException e) {
      throw ApiException.invalid("not_json", java.util.Map.of(), "send {\"token\": \"…\"} as JSON");
    }
  }

  void session(Context ctx) {
    Guard.Principal principal = guard.principal(ctx)
        .orElseThrow(() -> new ApiException(401, "not logged in"));
    ctx.header("Cache-Control", "no-store");
    ctx.json(Map.of("user", principal.user(),
        "csrf", principal.session() == null ? "" : principal.session().csrf()));
  }

  void logout(Context ctx) {
    sessions.close(ctx.cookie(Guard.COOKIE));
    ctx.header("Set-Cookie", cookie("", 0, Guard.secure(ctx)));
    ctx.status(204);
  }

  void audit(Context ctx) throws IOException {
    int limit = 200;
    String raw = ctx.queryParam("limit");
    if (raw != null) {
      try {
        limit = Math.max(1, Math.min(10_000, Integer.parseInt(raw)));
      } catch (NumberFormatException e) {
        throw ApiException.invalid("not_a_number", java.util.Map.of("param", "limit"), "limit must be a number");
      }
    }
    ctx.json(audit.last(limit));
  }

  private static String cookie(String value, long maxAgeSeconds, boolean secure) {
    return Guard.COOKIE + "=" + value + "; Path=/; Max-Age=" + maxAgeSeconds + "; HttpOnly; SameSite=Strict"
        + (secure ? "; Secure" : "");
  }
}

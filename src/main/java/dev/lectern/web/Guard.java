package dev.lectern.web;

import dev.lectern.auth.Sessions;
import dev.lectern.auth.TokenStore;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides who may do what, before the matched route's handler runs, by that route's {@link Access}
 * rule: reading is public unless the server is private; every write needs an organizer, by {@code Authorization: Bearer} token or by session
 * cookie, and a cookie-authenticated write must also carry the session's {@code X-CSRF-Token}. A
 * read-only server ({@code serve --read-only}) answers every write but logging in and out with 405.
 */
final class Guard {
  static final String COOKIE = "lectern_session";
  static final String CSRF_HEADER = "X-CSRF-Token";
  private static final String USER = "lectern.user";

  /** Who is asking, and whether they proved it with a cookie (which then needs CSRF protection). */
  record Principal(String user, Sessions.Session session) {}

  private final TokenStore tokens;
  private final Sessions sessions;
  private final boolean privateMode;
  private final boolean readOnly;

  Guard(TokenStore tokens, Sessions sessions, boolean privateMode, boolean readOnly) {
    this.tokens = tokens;
    this.sessions = sessions;
    this.privateMode = privateMode;
    this.readOnly = readOnly;
  }

  /** The handler run once a route matched, with that route's {@link Access} rule; the UI's files are open. */
  void check(Context ctx) {
    if (ctx.routeRoles().isEmpty() && !WebServer.isApi(ctx.path())) {
      return; // a file of the UI: only routes declare roles
    }
    Access access = Access.of(ctx.routeRoles());
    boolean write = !Set.of("GET", "HEAD", "OPTIONS").contains(ctx.method().name());
    if (readOnly && write && access != Access.OPEN) {
      // Refused before anyone is asked who they are: no token makes a published archive writable.
      ctx.header("Allow", "GET, HEAD");
      throw new ApiException(405, "read_only", java.util.Map.of(), "this archive is served read-only (serve --read-only): nothing can be written");
    }
    if (access == Access.OPEN || access == Access.READ && !privateMode) {
      return;
    }
    Principal principal = principal(ctx)
        .orElseThrow(() -> new ApiException(401, "log in as an organizer (Authorization: Bearer TOKEN)"));
    if (write && principal.session() != null && !sameSecret(ctx.header(CSRF_HEADER), principal.session().csrf())) {
      throw new ApiException(403, "csrf", java.util.Map.of(), "missing or wrong " + CSRF_HEADER + " header");
    }
    ctx.attribute(USER, principal.user());
  }

  /** The organizer a request was authenticated as (set by {@link #check}). */
  static String user(Context ctx) {
    String user = ctx.attribute(USER);
    if (user == null) {
      throw new ApiException(401, "log in as an organizer");
    }
    return user;
  }

  /** A bearer token wins over a cookie; a bearer token that is wrong is a failure, not anonymous. */
  Optional<Principal> principal(Context ctx) {
    String authorization = ctx.header("Authorization");
    if (authorization != null) {
      if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
        return Optional.empty();
      }
      return tokens.verify(authorization.substring(7).strip()).map(user -> new Principal(user, null));
    }
    Optional<Sessions.Session> session = sessions.find(ctx.cookie(COOKIE));
    if (session.isPresent() && !tokens.holds(session.get().tokenHash())) {
      sessions.close(session.get().id()); // its token was revoked: the session ends with it
      return Optional.empty();
    }
    return session.map(s -> new Principal(s.user(), s));
  }

  static boolean sameSecret(String presented, String expected) {
    if (presented == null || expected == null) {
      return false;
    }
    return MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }

  static boolean secure(Context ctx) {
    String forwarded = ctx.header("X-Forwarded-Proto");
    return "https".equalsIgnoreCase(ctx.scheme())
        || forwarded != null && forwarded.toLowerCase(Locale.ROOT).startsWith("https");
  }
}

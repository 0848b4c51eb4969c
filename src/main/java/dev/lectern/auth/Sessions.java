package dev.lectern.auth;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Browser sessions an organizer opened by logging in with a token. Each carries its own CSRF token,
 * which state-changing requests must echo in a header: a cookie alone proves nothing, because the
 * browser sends it with any site's request. Sessions live in memory; a restart logs everyone out.
 */
public final class Sessions {
  public static final Duration LIFETIME = Duration.ofHours(12);
  private static final int MAX_SESSIONS = 10_000;

  /** A logged-in organizer; {@code tokenHash} names the token it logged in with, so revoking it ends the session. */
  public record Session(String id, String user, String csrf, Instant expires, String tokenHash) {}

  private final Map<String, Session> sessions = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();

  /** Opens a session for {@code user}, who proved it with {@code token}. */
  public Session open(String user, String token) {
    if (sessions.size() >= MAX_SESSIONS) {
      sessions.values().removeIf(s -> s.expires().isBefore(Instant.now()));
    }
    Session session = new Session(randomId(), user, randomId(), Instant.now().plus(LIFETIME),
        TokenStore.sha256(token));
    sessions.put(session.id(), session);
    return session;
  }

  public Optional<Session> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    Session session = sessions.get(id);
    if (session == null || session.expires().isBefore(Instant.now())) {
      sessions.remove(id);
      return Optional.empty();
    }
    return Optional.of(session);
  }

  public void close(String id) {
    if (id != null) {
      sessions.remove(id);
    }
  }

  /** Ends every session of an organizer, e.g. when their token is revoked. */
  public void closeAll(String user) {
    sessions.values().removeIf(s -> s.user().equals(user));
  }

  private String randomId() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}

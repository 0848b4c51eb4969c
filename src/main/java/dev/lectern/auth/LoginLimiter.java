package dev.lectern.auth;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per client address and presented credential in a sliding minute. Keyed by
 * address alone, one client behind a shared proxy could lock every organizer out; keyed by address
 * and credential, retrying a wrong token is slowed down and a right one still gets in. Guessing
 * gains nothing from spreading guesses over keys: a token is 32 random bytes.
 */
public final class LoginLimiter {
  private static final long WINDOW_NANOS = 60_000_000_000L;
  private static final int MAX_CLIENTS = 100_000;

  private final int maxFailures;
  private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

  public LoginLimiter(int maxFailuresPerMinute) {
    this.maxFailures = maxFailuresPerMinute;
  }

  /** True when this address has failed too often with this credential in the last minute. */
  public boolean blocked(String address, String credential) {
    Deque<Long> times = failures.get(key(address, credential));
    if (times == null) {
      return false;
    }
    synchronized (times) {
      prune(times);
      return times.size() >= maxFailures;
    }
  }

  public void failed(String address, String credential) {
    if (failures.size() > MAX_CLIENTS) {
      failures.clear(); // under a flood, forget old keys rather than grow without bound
    }
    Deque<Long> times = failures.computeIfAbsent(key(address, credential), a -> new ArrayDeque<>());
    synchronized (times) {
      prune(times);
      times.addLast(System.nanoTime());
    }
  }

  /** The credential is hashed: the map never holds a presented token. */
  private static String key(String address, String credential) {
    return address + " " + TokenStore.sha256(credential == null ? "" : credential);
  }

  private static void prune(Deque<Long> times) {
    long now = System.nanoTime();
    while (!times.isEmpty() && now - times.peekFirst() > WINDOW_NANOS) {
      times.removeFirst();
    }
  }
}

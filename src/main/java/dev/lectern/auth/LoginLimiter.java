package dev.lectern.auth;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per client address in a sliding minute, so tokens cannot be guessed at
 * network speed. 32 random bytes are not guessable anyway; this keeps logs quiet and CPU free.
 */
public final class LoginLimiter {
  private static final long WINDOW_NANOS = 60_000_000_000L;
  private static final int MAX_CLIENTS = 100_000;

  private final int maxFailures;
  private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

  public LoginLimiter(int maxFailuresPerMinute) {
    this.maxFailures = maxFailuresPerMinute;
  }

  /** True when this address has failed too often in the last minute. */
  public boolean blocked(String address) {
    Deque<Long> times = failures.get(address);
    if (times == null) {
      return false;
    }
    synchronized (times) {
      prune(times);
      return times.size() >= maxFailures;
    }
  }

  public void failed(String address) {
    if (failures.size() > MAX_CLIENTS) {
      failures.clear(); // under a flood, forget old addresses rather than grow without bound
    }
    Deque<Long> times = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
    synchronized (times) {
      prune(times);
      times.addLast(System.nanoTime());
    }
  }

  private static void prune(Deque<Long> times) {
    long now = System.nanoTime();
    while (!times.isEmpty() && now - times.peekFirst() > WINDOW_NANOS) {
      times.removeFirst();
    }
  }
}

package dev.lectern.web;

import io.javalin.security.RouteRole;
import java.util.Set;

/**
 * Who may use a route, declared with the route itself and checked by the {@link Guard} against the
 * route that matched, never against the raw path: {@code /api/audit/} is the audit route, and so
 * gets the audit route's rule.
 */
enum Access implements RouteRole {
  /** Anyone, always: the UI shell, health, logging in and out. */
  OPEN,
  /** Anyone, unless the server is private ({@code serve --private}). */
  READ,
  /** Organizers only. Every write, and reads of the audit log and the trash. */
  ORGANIZER;

  /** A route that declares no rule is for organizers: forgetting one closes a route, never opens it. */
  static Access of(Set<RouteRole> roles) {
    for (RouteRole role : roles) {
      if (role instanceof Access access) {
        return access;
      }
    }
    return ORGANIZER;
  }
}

package dev.statebench.fleet.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What one session's client keeps between requests, as a browser would: its cookies (the app's session cookie and
 * HAProxy's affinity cookie) and its bearer token. Used by one request at a time.
 */
final class SessionState {
  private static final String TOKEN_HEADER = "X-Token";

  final SessionPlan.PlannedSession plan;
  final SplittableRandom thinkRandom;
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private String token;
  int sent;

  SessionState(SessionPlan.PlannedSession plan) {
    this.plan = plan;
    this.thinkRandom = new SplittableRandom(plan.seed());
  }

  /** Keeps the cookies and token a response hands out. */
  void absorb(List<String> setCookies, String tokenHeader) {
    for (String setCookie : setCookies) {
      String pair = setCookie.split(";", 2)[0];
      int eq = pair.indexOf('=');
      if (eq > 0) {
        cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
      }
    }
    if (tokenHeader != null) {
      token = tokenHeader;
    }
  }

  /** The {@code Cookie} header value, or null without cookies. */
  String cookieHeader() {
    if (cookies.isEmpty()) {
      return null;
    }
    StringBuilder header = new StringBuilder();
    cookies.forEach((k, v) -> header.append(header.length() == 0 ? "" : "; ").append(k).append('=').append(v));
    return header.toString();
  }

  /** The bearer token, or null. */
  String token() {
    return token;
  }

  static String tokenHeaderName() {
    return TOKEN_HEADER;
  }
}

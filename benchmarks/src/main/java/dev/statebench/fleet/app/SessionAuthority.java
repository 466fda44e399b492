package dev.statebench.fleet.app;

import io.netty.handler.codec.http.HttpHeaders;

/**
 * How an instance logs a user in and recognises the session on later requests: a cookie naming a server-side
 * session, or a signed token. Implementations are thread-safe; {@link #resolve} may block on a store.
 */
interface SessionAuthority extends AutoCloseable {
  /** Creates a session for {@code userId} and returns what the response carries so the client can present it. */
  Credential login(String userId);

  /** Whether the request's headers present a live session. */
  boolean resolve(HttpHeaders headers);

  @Override
  void close();

  /**
   * What a login hands the client.
   *
   * @param setCookie a {@code Set-Cookie} header value, or null
   * @param token a bearer token for the {@code Authorization} header, or null
   */
  record Credential(String setCookie, String token) {}
}

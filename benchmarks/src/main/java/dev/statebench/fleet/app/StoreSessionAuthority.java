package dev.statebench.fleet.app;

import dev.statebench.session.InvalidSessionIdException;
import dev.statebench.session.SessionData;
import dev.statebench.session.SessionStore;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.cookie.Cookie;
import io.netty.handler.codec.http.cookie.ServerCookieDecoder;
import io.netty.handler.codec.http.cookie.ServerCookieEncoder;
import java.time.Duration;
import java.util.List;

/**
 * Sessions in a {@link SessionStore} (the instance's memory, Redis or PostgreSQL) named by an opaque id in the
 * {@value #COOKIE} cookie. Each request is resolved with {@link SessionStore#lookup(String)}, the call the lookup
 * benchmarks time: the presented text is validated before any I/O, and a malformed id counts as no session.
 */
final class StoreSessionAuthority implements SessionAuthority {
  /** The session cookie's name. */
  static final String COOKIE = "SESSION";

  private static final Duration TTL = Duration.ofHours(1);

  private final SessionStore store;

  StoreSessionAuthority(SessionStore store) {
    this.store = store;
  }

  @Override
  public Credential login(String userId) {
    String id = store.create(SessionData.startingNow(userId, List.of("user")), TTL).value();
    return new Credential(ServerCookieEncoder.STRICT.encode(COOKIE, id) + "; Path=/; HttpOnly", null);
  }

  @Override
  public boolean resolve(HttpHeaders headers) {
    String header = headers.get(HttpHeaderNames.COOKIE);
    if (header == null) {
      return false;
    }
    for (Cookie cookie : ServerCookieDecoder.LAX.decode(header)) {
      if (COOKIE.equals(cookie.name())) {
        try {
          return store.lookup(cookie.value()).isPresent();
        } catch (InvalidSessionIdException malformed) {
          return false;
        }
      }
    }
    return false;
  }

  @Override
  public void close() {
    store.close();
  }
}

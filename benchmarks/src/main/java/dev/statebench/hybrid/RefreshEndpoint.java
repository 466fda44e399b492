package dev.statebench.hybrid;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.statebench.jwt.TokenIssuer;
import dev.statebench.jwt.TokenProfile;
import dev.statebench.session.SessionData;
import dev.statebench.session.SessionId;
import dev.statebench.session.SessionStore;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The refresh step of the hybrid: the client presents its opaque refresh token (a session id), the server looks it up
 * in the session store and, if it is live, signs a new short-lived access token for the session's user. This is the
 * only place the hybrid touches the store on the happy path besides the revocation check.
 *
 * <p>The new token carries the claims of {@code profile} with the session's user as {@code sub} and a fresh random
 * {@code jti}. Thread-safe if the issuer's signers are (nimbus signers are).
 */
public final class RefreshEndpoint {
  private final SessionStore refreshTokens;
  private final TokenIssuer issuer;
  private final TokenProfile profile;

  public RefreshEndpoint(SessionStore refreshTokens, TokenIssuer issuer, TokenProfile profile) {
    this.refreshTokens = Objects.requireNonNull(refreshTokens, "refreshTokens");
    this.issuer = Objects.requireNonNull(issuer, "issuer");
    this.profile = Objects.requireNonNull(profile, "profile");
  }

  /** A new access token for the refresh token's session, or empty when the refresh token is unknown or expired. */
  public Optional<String> refresh(String presentedRefreshToken, Instant now) {
    Optional<SessionData> session = refreshTokens.lookup(SessionId.parse(presentedRefreshToken));
    if (session.isEmpty()) {
      return Optional.empty();
    }
    JWTClaimsSet claims = new JWTClaimsSet.Builder(profile.claims(0, now))
        .subject(session.get().userId())
        .jwtID(UUID.randomUUID().toString())
        .build();
    return Optional.of(issuer.sign(0, claims));
  }
}

package dev.statebench.hybrid;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.statebench.jwt.JwtVerifier;
import dev.statebench.jwt.RejectReason;
import dev.statebench.jwt.TokenRejectedException;
import java.util.Objects;

/**
 * The hybrid the sources recommend: verify a short-lived JWT locally (signature, algorithm, claims), then ask a
 * {@link RevocationCheck} whether it was revoked. The store is consulted only for tokens that verify, so forged or
 * expired tokens cost no round trip. Not thread-safe (nor is the wrapped verifier).
 */
public final class RevocableVerifier implements JwtVerifier {
  private final JwtVerifier tokens;
  private final RevocationCheck revocations;

  public RevocableVerifier(JwtVerifier tokens, RevocationCheck revocations) {
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.revocations = Objects.requireNonNull(revocations, "revocations");
  }

  @Override
  public JWTClaimsSet verify(String token) throws TokenRejectedException {
    JWTClaimsSet claims = tokens.verify(token);
    if (claims == null) {
      throw new IllegalStateException("the wrapped verifier returns no claims; use a deployable verify path");
    }
    if (revocations.revoked(claims)) {
      throw new TokenRejectedException(RejectReason.REVOKED, "token revoked");
    }
    return claims;
  }
}

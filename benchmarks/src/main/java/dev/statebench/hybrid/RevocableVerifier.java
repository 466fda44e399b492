package dev.statebench.hybrid;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.statebench.jwt.JwtVerifier;
import dev.statebench.jwt.RejectReason;
import dev.statebench.jwt.TokenRejectedException;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;

/**
 * The hybrid the sources recommend: verify a short-lived JWT locally (signature, algorithm, claims), then ask a
 * {@link RevocationCheck} whether it was revoked. The store is consulted only for tokens that verify, so forged or
 * expired tokens cost no round trip.
 *
 * <p>When the revocation store cannot be asked (it throws: down, frozen past the client's timeout), the
 * {@link RevocationFailurePolicy} decides: fail closed rejects with {@link RejectReason#REVOCATION_UNAVAILABLE}
 * (the default: nothing revoked is ever accepted), fail open accepts the token unchecked and counts it in
 * {@link #acceptedUnchecked()}. Not thread-safe (nor is the wrapped verifier), except for the counter.
 */
public final class RevocableVerifier implements JwtVerifier {
  private final JwtVerifier tokens;
  private final RevocationCheck revocations;
  private final RevocationFailurePolicy onStoreFailure;
  private final LongAdder acceptedUnchecked = new LongAdder();

  /** A fail-closed hybrid. */
  public RevocableVerifier(JwtVerifier tokens, RevocationCheck revocations) {
    this(tokens, revocations, RevocationFailurePolicy.FAIL_CLOSED);
  }

  public RevocableVerifier(JwtVerifier tokens, RevocationCheck revocations, RevocationFailurePolicy onStoreFailure) {
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.revocations = Objects.requireNonNull(revocations, "revocations");
    this.onStoreFailure = Objects.requireNonNull(onStoreFailure, "onStoreFailure");
  }

  @Override
  public JWTClaimsSet verify(String token) throws TokenRejectedException {
    JWTClaimsSet claims = tokens.verify(token);
    if (claims == null) {
      throw new IllegalStateException("the wrapped verifier returns no claims; use a deployable verify path");
    }
    boolean revoked;
    try {
      revoked = revocations.revoked(claims);
    } catch (RuntimeException storeFailure) {
      if (onStoreFailure == RevocationFailurePolicy.FAIL_OPEN) {
        acceptedUnchecked.increment();
        return claims;
      }
      throw new TokenRejectedException(RejectReason.REVOCATION_UNAVAILABLE,
          "revocation store unavailable: " + storeFailure.getMessage());
    }
    if (revoked) {
      throw new TokenRejectedException(RejectReason.REVOKED, "token revoked");
    }
    return claims;
  }

  /** The policy applied when the revocation store cannot be asked. */
  public RevocationFailurePolicy onStoreFailure() {
    return onStoreFailure;
  }

  /** Tokens accepted without a revocation check because the store failed and the policy is fail open. */
  public long acceptedUnchecked() {
    return acceptedUnchecked.sum();
  }
}

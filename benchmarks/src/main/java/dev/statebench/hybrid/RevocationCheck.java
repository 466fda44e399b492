package dev.statebench.hybrid;

import com.nimbusds.jwt.JWTClaimsSet;

/** The server-side question a revocable token adds to signature verification: has this valid token been revoked? */
public interface RevocationCheck {
  /** Whether the token with these verified claims is revoked; one round trip to the revocation store. */
  boolean revoked(JWTClaimsSet claims);
}

package dev.statebench.jwt;

import java.util.Locale;

/** Why a verifier refused a token; printed by {@code statebench jwt verify} as {@code REJECT <label>: <detail>}. */
public enum RejectReason {
  /** Longer than the configured size cap: refused before any decoding. */
  OVERSIZED,
  /** Not a compact JWS with valid base64url and JSON (wrong segment count, duplicate keys, deep nesting, …). */
  MALFORMED,
  /** The header names an algorithm other than the one pinned for the key (including {@code none}). */
  ALGORITHM_NOT_ALLOWED,
  /** A {@code typ} other than {@code JWT}. */
  WRONG_TYPE,
  /** No trusted key has the token's {@code kid}. */
  UNKNOWN_KEY,
  /** The header marks a parameter critical ({@code crit}) that this verifier does not understand. */
  UNSUPPORTED_CRITICAL_HEADER,
  /** The signature does not verify with the trusted key. */
  BAD_SIGNATURE,
  /** {@code exp} is in the past (beyond the allowed clock skew). */
  EXPIRED,
  /** {@code nbf} is in the future (beyond the allowed clock skew). */
  NOT_YET_VALID,
  /** {@code iss} is not the trusted issuer. */
  WRONG_ISSUER,
  /** {@code aud} does not name this API. */
  WRONG_AUDIENCE,
  /** A required claim is absent. */
  MISSING_CLAIM,
  /** Any other claims-check failure. */
  INVALID_CLAIMS,
  /** Valid, but revoked server-side (its {@code jti} is denylisted, or its user logged out everywhere since). */
  REVOKED,
  /** The revocation store could not be asked and the policy is to fail closed (see the hybrid package). */
  REVOCATION_UNAVAILABLE;

  /** Lower-case, hyphenated form for output, e.g. {@code not-yet-valid}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}

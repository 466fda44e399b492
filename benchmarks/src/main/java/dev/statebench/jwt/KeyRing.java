package dev.statebench.jwt;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.util.List;

/**
 * The K keys of one algorithm that are active at once during a rotation: tokens are signed round-robin by the keys
 * (token {@code i} by key {@code i mod K}) and a verifier must find the right one by {@code kid}.
 *
 * @param algorithm the one algorithm every key in the ring is pinned to
 * @param keys private (or secret) keys, in key-id order
 */
public record KeyRing(JwtAlgorithm algorithm, List<JWK> keys) {
  public KeyRing {
    keys = List.copyOf(keys);
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("a key ring needs at least one key");
    }
  }

  public int size() {
    return keys.size();
  }

  /** The key that signs token number {@code tokenIndex}. */
  public JWK signingKey(int tokenIndex) {
    return keys.get(Math.floorMod(tokenIndex, keys.size()));
  }

  /**
   * The keys a verifier holds: public keys for asymmetric algorithms, the shared secrets for HMAC (a verifier of
   * HMAC tokens necessarily holds the signing secret).
   */
  public JWKSet verificationKeys() {
    return new JWKSet(keys.stream()
        .map(key -> algorithm.family() == KeyFamily.HMAC ? key : key.toPublicJWK())
        .toList());
  }
}

package dev.statebench.jwt;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.util.ArrayList;
import java.util.List;

/**
 * Selects Ed25519 verification keys for nimbus's processor the way {@code JWSVerificationKeySelector} does for
 * other algorithms: only for tokens whose header says {@code EdDSA}, by {@code kid}, converted to JCA keys on every
 * call. Nimbus's own selector skips Ed25519 keys because it cannot convert them to JCA keys.
 */
final class Ed25519KeySelector implements JWSKeySelector<SecurityContext> {
  private final JWKSource<SecurityContext> keys;

  Ed25519KeySelector(JWKSource<SecurityContext> keys) {
    this.keys = keys;
  }

  @Override
  public List<Key> selectJWSKeys(JWSHeader header, SecurityContext context) throws KeySourceException {
    if (!JWSAlgorithm.EdDSA.equals(header.getAlgorithm())) {
      return List.of();
    }
    List<Key> selected = new ArrayList<>();
    for (JWK jwk : keys.get(new JWKSelector(JWKMatcher.forJWSHeader(header)), context)) {
      try {
        selected.add(Ed25519Keys.publicKey(jwk.toOctetKeyPair()));
      } catch (GeneralSecurityException e) {
        throw new KeySourceException("cannot convert Ed25519 key " + jwk.getKeyID() + ": " + e.getMessage(), e);
      }
    }
    return selected;
  }
}

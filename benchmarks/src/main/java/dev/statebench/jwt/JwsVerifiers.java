package dev.statebench.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import java.security.Provider;

/** Builds the nimbus verifier for one verification key, with the JCA provider of the benchmark configuration. */
final class JwsVerifiers {
  private JwsVerifiers() {}

  static JWSVerifier forKey(JwtAlgorithm alg, JWK key, CryptoProvider cryptoProvider) {
    try {
      JWSVerifier verifier = switch (alg.family()) {
        case HMAC -> new MACVerifier(key.toOctetSequenceKey());
        case RSA -> new RSASSAVerifier(key.toRSAKey().toPublicJWK());
        case EC -> new ECDSAVerifier(key.toECKey().toPublicJWK());
        case OKP -> new Ed25519Verifier(key.toOctetKeyPair().toPublicJWK());
      };
      Provider provider = cryptoProvider.provider();
      if (provider != null) {
        verifier.getJCAContext().setProvider(provider);
      }
      return verifier;
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot build a " + alg + " verifier for key " + key.getKeyID(), e);
    }
  }
}

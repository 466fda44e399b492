package dev.statebench.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.Ed25519Signer;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import java.security.Provider;

/** Builds the nimbus signer for a fixture key, with the JCA provider of the benchmark configuration. */
final class JwsSigners {
  private JwsSigners() {}

  static JWSSigner forKey(JwtAlgorithm alg, JWK key, CryptoProvider cryptoProvider) {
    try {
      JWSSigner signer = switch (alg.family()) {
        case HMAC -> new MACSigner(key.toOctetSequenceKey());
        case RSA -> new RSASSASigner(key.toRSAKey());
        case EC -> new ECDSASigner(key.toECKey());
        case OKP -> new Ed25519Signer(key.toOctetKeyPair());
      };
      Provider provider = cryptoProvider.provider();
      if (provider != null) {
        signer.getJCAContext().setProvider(provider);
      }
      return signer;
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot build a " + alg + " signer for key " + key.getKeyID(), e);
    }
  }
}

package dev.statebench.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import java.security.Key;
import java.security.interfaces.EdECPublicKey;
import java.util.Arrays;

/**
 * Nimbus's default verifier factory, plus Ed25519: a JCA Ed25519 public key (from {@link Ed25519KeySelector}) becomes
 * a nimbus {@link Ed25519Verifier} (Tink) on every call, as the default factory does for the other algorithms.
 */
final class Ed25519CapableVerifierFactory extends DefaultJWSVerifierFactory {
  /** Length of the DER SubjectPublicKeyInfo prefix in front of the raw 32-byte Ed25519 key. */
  private static final int X509_PREFIX_LENGTH = 12;

  @Override
  public JWSVerifier createJWSVerifier(JWSHeader header, Key key) throws JOSEException {
    if (!JWSAlgorithm.EdDSA.equals(header.getAlgorithm())) {
      return super.createJWSVerifier(header, key);
    }
    if (!(key instanceof EdECPublicKey)) {
      throw new JOSEException("EdDSA needs an Ed25519 public key, got " + key.getClass().getName());
    }
    byte[] encoded = key.getEncoded();
    byte[] raw = Arrays.copyOfRange(encoded, X509_PREFIX_LENGTH, encoded.length);
    return new Ed25519Verifier(new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(raw)).build());
  }
}

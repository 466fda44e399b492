package dev.statebench.jwt;

import com.nimbusds.jose.jwk.OctetKeyPair;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;

/** Converts an Ed25519 JWK into a JCA public key (nimbus keeps Ed25519 keys as raw bytes for Tink). */
public final class Ed25519Keys {
  /** DER prefix of an X.509 SubjectPublicKeyInfo for Ed25519 (RFC 8410), followed by the 32-byte key. */
  private static final byte[] X509_PREFIX = {
      0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

  private Ed25519Keys() {}

  public static PublicKey publicKey(OctetKeyPair key) throws GeneralSecurityException {
    byte[] raw = key.getDecodedX();
    byte[] encoded = new byte[X509_PREFIX.length + raw.length];
    System.arraycopy(X509_PREFIX, 0, encoded, 0, X509_PREFIX.length);
    System.arraycopy(raw, 0, encoded, X509_PREFIX.length, raw.length);
    return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
  }
}

package dev.statebench.jwt;

import com.google.crypto.tink.subtle.Ed25519Verify;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.impl.ECDSA;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.SecretKey;

/**
 * The {@link VerifyPath#JCA_BASELINE} floor: one JCA {@link Signature} or {@link Mac}, initialised once, run over the
 * signing input with the base64url-decoded signature (ECDSA signatures transcoded from JWS's R||S form to DER).
 * Ed25519 is the exception: nimbus verifies it through Tink's {@code Ed25519Verify} whatever JCA provider is
 * configured, so the floor uses that same primitive; a JCA Ed25519 {@code Signature} (the JDK's is several times
 * slower than Tink's) would be no floor under the full path. The provider axis therefore does not apply to EdDSA.
 * No header or claims parsing, no algorithm or claims checks: this is the cost of the cryptography alone, not a
 * verifier anyone should deploy, and the security gate holds it only to rejecting forged signatures.
 * It verifies with the ring's first key, so it is defined for rings of one key.
 */
final class JcaBaselineVerifier implements JwtVerifier {
  private final JwtAlgorithm algorithm;
  private final Signature signature;
  private final Mac mac;
  private final PublicKey publicKey;
  private final Ed25519Verify ed25519;
  private final Base64.Decoder base64url = Base64.getUrlDecoder();

  JcaBaselineVerifier(VerifierConfiguration config) {
    if (config.ringSize() != 1) {
      throw new IllegalArgumentException("JCA_BASELINE measures the cryptography with one key; use keys=1, not "
          + config.ringSize());
    }
    this.algorithm = config.algorithm();
    JWK key = config.ring().verificationKeys().getKeys().get(0);
    Provider provider = config.provider().provider();
    try {
      if (algorithm.family() == KeyFamily.HMAC) {
        SecretKey secret = key.toOctetSequenceKey().toSecretKey(algorithm.jcaName());
        mac = provider == null ? Mac.getInstance(algorithm.jcaName()) : Mac.getInstance(algorithm.jcaName(), provider);
        mac.init(secret);
        signature = null;
        publicKey = null;
        ed25519 = null;
      } else if (algorithm.family() == KeyFamily.OKP) {
        ed25519 = new Ed25519Verify(key.toOctetKeyPair().getDecodedX());
        signature = null;
        publicKey = null;
        mac = null;
      } else {
        ed25519 = null;
        signature = provider == null
            ? Signature.getInstance(algorithm.jcaName())
            : Signature.getInstance(algorithm.jcaName(), provider);
        if (algorithm.jcaParameters() != null) {
          signature.setParameter(algorithm.jcaParameters());
        }
        publicKey = publicKey(key);
        signature.initVerify(publicKey);
        mac = null;
      }
    } catch (GeneralSecurityException | JOSEException e) {
      throw new IllegalStateException("cannot set up JCA " + algorithm.jcaName() + " with provider "
          + config.provider() + ": " + e.getMessage(), e);
    }
  }

  private PublicKey publicKey(JWK key) throws JOSEException, GeneralSecurityException {
    return switch (algorithm.family()) {
      case RSA -> key.toRSAKey().toPublicKey();
      case EC -> key.toECKey().toPublicKey();
      case OKP -> throw new IllegalStateException("Ed25519 is verified through Tink, not a JCA key");
      case HMAC -> throw new IllegalStateException("HMAC has no public key");
    };
  }

  @Override
  public JWTClaimsSet verify(String token) throws TokenRejectedException {
    int lastDot = token.lastIndexOf('.');
    if (lastDot < 0 || token.indexOf('.') == lastDot) {
      throw new TokenRejectedException(RejectReason.MALFORMED, "not three dot-separated segments");
    }
    byte[] signingInput = token.substring(0, lastDot).getBytes(StandardCharsets.US_ASCII);
    byte[] signatureBytes;
    try {
      signatureBytes = base64url.decode(token.substring(lastDot + 1));
    } catch (IllegalArgumentException e) {
      throw new TokenRejectedException(RejectReason.MALFORMED, "signature is not base64url");
    }
    if (!verifies(signingInput, signatureBytes)) {
      throw new TokenRejectedException(RejectReason.BAD_SIGNATURE, "signature does not verify");
    }
    return null;
  }

  /**
   * Returns the signature object to its initialised state: after a {@link SignatureException} its state is
   * unspecified (JDK 17's Ed25519 was seen to keep the rejected message buffered, failing every later verification).
   */
  private void reset() {
    try {
      signature.initVerify(publicKey);
    } catch (InvalidKeyException e) {
      throw new IllegalStateException("the key verified before and cannot be re-initialised", e);
    }
  }

  private boolean verifies(byte[] signingInput, byte[] signatureBytes) throws TokenRejectedException {
    if (mac != null) {
      return MessageDigest.isEqual(mac.doFinal(signingInput), signatureBytes);
    }
    if (ed25519 != null) {
      try {
        ed25519.verify(signatureBytes, signingInput);
        return true;
      } catch (GeneralSecurityException e) {
        return false;
      }
    }
    try {
      byte[] jcaSignature = algorithm.family() == KeyFamily.EC
          ? ECDSA.transcodeSignatureToDER(signatureBytes)
          : signatureBytes;
      signature.update(signingInput);
      return signature.verify(jcaSignature);
    } catch (SignatureException | JOSEException e) {
      reset();
      throw new TokenRejectedException(RejectReason.BAD_SIGNATURE, e.getMessage());
    }
  }
}

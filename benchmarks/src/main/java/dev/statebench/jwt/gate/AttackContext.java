package dev.statebench.jwt.gate;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.statebench.jwt.CryptoProvider;
import dev.statebench.jwt.Ed25519Keys;
import dev.statebench.jwt.JwtAlgorithm;
import dev.statebench.jwt.KeyFamily;
import dev.statebench.jwt.KeyFixtures;
import dev.statebench.jwt.KeyRing;
import dev.statebench.jwt.TokenIssuer;
import dev.statebench.jwt.TokenProfile;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What an attacker has when forging tokens against one configuration: valid tokens and the public keys (which are
 * public), their own keys, and the ability to write arbitrary bytes. The legitimate issuer is used only where an
 * attack needs a genuine signature over claims that must nonetheless be refused (expired, wrong audience, …).
 */
final class AttackContext {
  /** Seed of the attacker's own keys: same key ids as the fixtures, different key material. */
  static final long ATTACKER_SEED = 666L;
  static final String ATTACKER_URL = "https://attacker.example/jwks.json";

  final JwtAlgorithm algorithm;
  final KeyRing ring;
  final TokenIssuer issuer;
  final TokenProfile profile;
  final Instant now;
  final int maxTokenChars;

  AttackContext(JwtAlgorithm algorithm, TokenProfile profile, KeyRing ring, Instant now, int maxTokenChars) {
    this.algorithm = algorithm;
    this.ring = ring;
    this.issuer = new TokenIssuer(ring, CryptoProvider.JDK);
    this.profile = profile;
    this.now = now;
    this.maxTokenChars = maxTokenChars;
  }

  String kid() {
    return ring.keys().get(0).getKeyID();
  }

  JWTClaimsSet claims() {
    return profile.claims(0, now);
  }

  JWTClaimsSet.Builder claimsBuilder() {
    return new JWTClaimsSet.Builder(claims());
  }

  String validToken() {
    return issuer.issue(profile, 0, now);
  }

  String payloadJson() {
    return claims().toString();
  }

  /** A header JSON object with {@code alg}, {@code typ: JWT} and the legitimate {@code kid}. */
  Map<String, Object> header(String alg) {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("alg", alg);
    header.put("typ", "JWT");
    header.put("kid", kid());
    return header;
  }

  static String json(Map<String, Object> object) {
    return JSONObjectUtils.toJSONString(object);
  }

  static String b64(String text) {
    return Base64URL.encode(text.getBytes(StandardCharsets.UTF_8)).toString();
  }

  static String compact(String headerJson, String payloadJson, String signature) {
    return b64(headerJson) + "." + b64(payloadJson) + "." + signature;
  }

  /** A token whose signature is HMAC {@code jcaMac} under {@code secret} over the given header and payload. */
  static String hmacSigned(String headerJson, String payloadJson, String jcaMac, byte[] secret) {
    String signingInput = b64(headerJson) + "." + b64(payloadJson);
    try {
      Mac mac = Mac.getInstance(jcaMac);
      mac.init(new SecretKeySpec(secret, jcaMac));
      return signingInput + "." + Base64URL.encode(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("JCA " + jcaMac + " is unavailable", e);
    }
  }

  /** The attacker's own issuer for {@code alg} (same key ids as the fixtures, different keys). */
  static TokenIssuer attackerIssuer(JwtAlgorithm alg) {
    return new TokenIssuer(KeyFixtures.withSeed(ATTACKER_SEED).ring(alg, 1), CryptoProvider.JDK);
  }

  /** The algorithm an attacker signs with: the pinned one, or RS256 when the pinned one is HMAC (no public key). */
  JwtAlgorithm attackerAlgorithm() {
    return algorithm.family() == KeyFamily.HMAC ? JwtAlgorithm.RS256 : algorithm;
  }

  /** The DER (X.509 SubjectPublicKeyInfo) encoding of the legitimate public key. */
  byte[] publicKeyDer() {
    JWK key = ring.keys().get(0);
    try {
      return switch (algorithm.family()) {
        case RSA -> key.toRSAKey().toPublicKey().getEncoded();
        case EC -> key.toECKey().toPublicKey().getEncoded();
        case OKP -> Ed25519Keys.publicKey(key.toOctetKeyPair()).getEncoded();
        case HMAC -> throw new IllegalStateException("HMAC keys have no public part");
      };
    } catch (JOSEException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot encode public key " + key.getKeyID(), e);
    }
  }
}

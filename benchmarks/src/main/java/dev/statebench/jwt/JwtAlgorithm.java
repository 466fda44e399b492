package dev.statebench.jwt;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Arrays;
import java.util.Locale;

/**
 * A signing algorithm together with its key size: one axis of the JWT benchmarks (a JMH {@code @Param}) and the
 * recipe for its fixture keys. RS256 appears with three RSA modulus sizes because key size, not the hash, drives its
 * cost; the other RSA variants use 2048-bit keys.
 */
public enum JwtAlgorithm {
  HS256(JWSAlgorithm.HS256, KeyFamily.HMAC, 256, null, "HmacSHA256"),
  HS384(JWSAlgorithm.HS384, KeyFamily.HMAC, 384, null, "HmacSHA384"),
  HS512(JWSAlgorithm.HS512, KeyFamily.HMAC, 512, null, "HmacSHA512"),
  RS256(JWSAlgorithm.RS256, KeyFamily.RSA, 2048, null, "SHA256withRSA"),
  RS256_3072(JWSAlgorithm.RS256, KeyFamily.RSA, 3072, null, "SHA256withRSA"),
  RS256_4096(JWSAlgorithm.RS256, KeyFamily.RSA, 4096, null, "SHA256withRSA"),
  RS384(JWSAlgorithm.RS384, KeyFamily.RSA, 2048, null, "SHA384withRSA"),
  RS512(JWSAlgorithm.RS512, KeyFamily.RSA, 2048, null, "SHA512withRSA"),
  PS256(JWSAlgorithm.PS256, KeyFamily.RSA, 2048, null, "RSASSA-PSS"),
  ES256(JWSAlgorithm.ES256, KeyFamily.EC, 256, Curve.P_256, "SHA256withECDSA"),
  ES384(JWSAlgorithm.ES384, KeyFamily.EC, 384, Curve.P_384, "SHA384withECDSA"),
  ES512(JWSAlgorithm.ES512, KeyFamily.EC, 521, Curve.P_521, "SHA512withECDSA"),
  EDDSA(JWSAlgorithm.EdDSA, KeyFamily.OKP, 256, Curve.Ed25519, "Ed25519");

  private final JWSAlgorithm jws;
  private final KeyFamily family;
  private final int keyBits;
  private final Curve curve;
  private final String jcaName;

  JwtAlgorithm(JWSAlgorithm jws, KeyFamily family, int keyBits, Curve curve, String jcaName) {
    this.jws = jws;
    this.family = family;
    this.keyBits = keyBits;
    this.curve = curve;
    this.jcaName = jcaName;
  }

  /** The {@code alg} header value. */
  public JWSAlgorithm jws() {
    return jws;
  }

  public KeyFamily family() {
    return family;
  }

  /** Secret length for HMAC, modulus length for RSA, field size for EC and EdDSA. */
  public int keyBits() {
    return keyBits;
  }

  /** The curve for EC and EdDSA keys; {@code null} for HMAC and RSA. */
  public Curve curve() {
    return curve;
  }

  /** The JCA {@code Mac} or {@code Signature} algorithm name (ECDSA in DER form) used by the JCA baseline. */
  public String jcaName() {
    return jcaName;
  }

  /** Parameters the JCA signature needs (RSASSA-PSS only), else {@code null}. */
  public AlgorithmParameterSpec jcaParameters() {
    return this == PS256 ? new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1) : null;
  }

  /** Prefix of the key ids of this algorithm's fixture keys, e.g. {@code rs256-3072}. */
  public String kidPrefix() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Parses a command-line value such as {@code RS256}, {@code rs256-3072}, {@code EdDSA}. */
  public static JwtAlgorithm parse(String text) {
    String normalized = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (JwtAlgorithm alg : values()) {
      if (alg.name().equals(normalized)) {
        return alg;
      }
    }
    throw new IllegalArgumentException("unknown algorithm '" + text + "'; expected one of "
        + Arrays.toString(values()));
  }
}

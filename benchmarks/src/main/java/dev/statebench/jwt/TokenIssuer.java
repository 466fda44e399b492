package dev.statebench.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Issues compact signed JWTs with the keys of a {@link KeyRing}: token {@code i} is signed by key {@code i mod K}
 * and names it in {@code kid}. Signers are built once per key (the issuing side of a refresh endpoint).
 */
public final class TokenIssuer {
  private final KeyRing ring;
  private final JWSSigner[] signers;
  private final JWSHeader[] headers;

  public TokenIssuer(KeyRing ring, CryptoProvider provider) {
    this.ring = ring;
    this.signers = new JWSSigner[ring.size()];
    this.headers = new JWSHeader[ring.size()];
    for (int i = 0; i < ring.size(); i++) {
      signers[i] = JwsSigners.forKey(ring.algorithm(), ring.keys().get(i), provider);
      headers[i] = new JWSHeader.Builder(ring.algorithm().jws())
          .type(JOSEObjectType.JWT)
          .keyID(ring.keys().get(i).getKeyID())
          .build();
    }
  }

  public KeyRing ring() {
    return ring;
  }

  /** Token number {@code index} of {@code profile}, issued at {@code issuedAt}. */
  public String issue(TokenProfile profile, int index, Instant issuedAt) {
    return sign(index, profile.claims(index, issuedAt));
  }

  /** {@code count} distinct tokens (indexes {@code 0..count-1}) of {@code profile}, issued at {@code issuedAt}. */
  public List<String> pool(TokenProfile profile, int count, Instant issuedAt) {
    List<String> tokens = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      tokens.add(issue(profile, i, issuedAt));
    }
    return tokens;
  }

  /** Signs {@code claims} with the key and standard header ({@code alg}, {@code typ}, {@code kid}) of token {@code index}. */
  public String sign(int index, JWTClaimsSet claims) {
    int key = Math.floorMod(index, signers.length);
    return sign(headers[key], claims, key);
  }

  /** Signs {@code claims} under an arbitrary header with ring key {@code keyIndex}: for building test corpora. */
  public String sign(JWSHeader header, JWTClaimsSet claims, int keyIndex) {
    SignedJWT jwt = new SignedJWT(header, claims);
    try {
      jwt.sign(signers[keyIndex]);
    } catch (JOSEException e) {
      throw new IllegalStateException("signing with " + ring.algorithm() + " key "
          + ring.keys().get(keyIndex).getKeyID() + " failed", e);
    }
    return jwt.serialize();
  }

  /**
   * Signs arbitrary header and payload JSON text (for corpora with malformed JSON such as duplicate keys) with ring
   * key {@code keyIndex}: returns {@code b64(header).b64(payload).b64(signature)}.
   */
  public String signCompact(String headerJson, String payloadJson, int keyIndex) {
    String signingInput = Base64URL.encode(headerJson.getBytes(StandardCharsets.UTF_8)) + "."
        + Base64URL.encode(payloadJson.getBytes(StandardCharsets.UTF_8));
    try {
      return signingInput + "." + signers[keyIndex].sign(headers[keyIndex],
          signingInput.getBytes(StandardCharsets.US_ASCII));
    } catch (JOSEException e) {
      throw new IllegalStateException("signing with " + ring.algorithm() + " key "
          + ring.keys().get(keyIndex).getKeyID() + " failed", e);
    }
  }

  /** The standard header of tokens signed by ring key {@code keyIndex}. */
  public JWSHeader header(int keyIndex) {
    return headers[keyIndex];
  }
}

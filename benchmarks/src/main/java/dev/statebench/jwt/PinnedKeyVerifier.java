package dev.statebench.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import java.text.ParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@link VerifyPath#REUSED} verifier: one nimbus {@link JWSVerifier} built per trusted key at start-up, looked up
 * by {@code kid}, with the algorithm pinned (RFC 8725 section 3.1): a header naming any other algorithm is refused
 * before any cryptography, even if its signature would verify. Then signature, then {@link ClaimsPolicy}.
 *
 * <p>Order matters: the size cap comes first (nothing is decoded from an oversized token), claims are parsed only
 * after the signature verifies. {@code jku}, {@code x5u}, {@code jwk} and {@code x5c} headers are never used to find
 * a key; {@code kid} is only a lookup key into the trusted set.
 */
final class PinnedKeyVerifier implements JwtVerifier {
  private final JWSAlgorithm pinned;
  private final int maxTokenChars;
  private final Map<String, JWSVerifier> verifiersByKid = new HashMap<>();
  private final ClaimsPolicy claimsPolicy;

  PinnedKeyVerifier(VerifierConfiguration config) {
    this.pinned = config.algorithm().jws();
    this.maxTokenChars = config.maxTokenChars();
    this.claimsPolicy = ClaimsPolicy.forProfile(config.profile());
    for (JWK key : config.ring().verificationKeys().getKeys()) {
      verifiersByKid.put(key.getKeyID(), JwsVerifiers.forKey(config.algorithm(), key, config.provider()));
    }
  }

  @Override
  public JWTClaimsSet verify(String token) throws TokenRejectedException {
    SizeCap.check(token, maxTokenChars);
    SignedJWT jwt;
    try {
      jwt = SignedJWT.parse(token);
    } catch (ParseException e) {
      // nimbus does not parse alg "none" (any letter case) as a JWS: the pin, not the syntax, refuses it
      RejectReason reason = RejectedHeader.of(token).namesAlgorithmOtherThan(pinned)
          ? RejectReason.ALGORITHM_NOT_ALLOWED
          : RejectReason.MALFORMED;
      throw new TokenRejectedException(reason, e.getMessage());
    }
    JWSHeader header = jwt.getHeader();
    if (!pinned.equals(header.getAlgorithm())) {
      throw new TokenRejectedException(RejectReason.ALGORITHM_NOT_ALLOWED,
          "header alg " + header.getAlgorithm() + ", key accepts only " + pinned);
    }
    if (header.getType() != null && !JOSEObjectType.JWT.equals(header.getType())) {
      throw new TokenRejectedException(RejectReason.WRONG_TYPE, "typ " + header.getType() + " is not JWT");
    }
    if (header.getCriticalParams() != null && !header.getCriticalParams().isEmpty()) {
      throw new TokenRejectedException(RejectReason.UNSUPPORTED_CRITICAL_HEADER,
          "crit names parameters this verifier does not process: " + header.getCriticalParams());
    }
    JWSVerifier verifier = header.getKeyID() == null ? null : verifiersByKid.get(header.getKeyID());
    if (verifier == null) {
      throw new TokenRejectedException(RejectReason.UNKNOWN_KEY, "no trusted key has kid " + header.getKeyID());
    }
    try {
      if (!jwt.verify(verifier)) {
        throw new TokenRejectedException(RejectReason.BAD_SIGNATURE, "signature does not verify");
      }
    } catch (JOSEException e) {
      throw new TokenRejectedException(RejectReason.BAD_SIGNATURE, e.getMessage());
    }
    JWTClaimsSet claims;
    try {
      claims = jwt.getJWTClaimsSet();
    } catch (ParseException e) {
      throw new TokenRejectedException(RejectReason.MALFORMED, "payload: " + e.getMessage());
    }
    try {
      claimsPolicy.verify(claims, null);
    } catch (BadJWTException e) {
      throw new TokenRejectedException(ClaimsPolicy.reasonFor(e), e.getMessage());
    }
    return claims;
  }
}

package dev.statebench.jwt;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jose.proc.SecurityContext;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The claims checks every secure verification path applies (RFC 8725 section 3.8-3.9): {@code exp} and {@code nbf}
 * with nimbus's default clock skew of 60 s, {@code iss} equal to {@link TokenProfile#ISSUER}, {@code aud} naming
 * {@link TokenProfile#AUDIENCE}, and the claims the profile always carries present. Tokens of
 * {@link TokenProfile#MINIMAL} carry no {@code iss}/{@code aud}; if they do, the values must still match.
 */
public final class ClaimsPolicy extends DefaultJWTClaimsVerifier<SecurityContext> {

  private ClaimsPolicy(Set<String> acceptedAudience, JWTClaimsSet exactMatch, Set<String> required) {
    super(acceptedAudience, exactMatch, required, null);
  }

  /** The policy for tokens of {@code profile}. */
  public static ClaimsPolicy forProfile(TokenProfile profile) {
    if (profile.hasRegisteredClaims()) {
      return new ClaimsPolicy(Set.of(TokenProfile.AUDIENCE),
          new JWTClaimsSet.Builder().issuer(TokenProfile.ISSUER).build(),
          Set.of("iss", "sub", "aud", "exp", "nbf", "iat", "jti"));
    }
    Set<String> audienceOptional = new HashSet<>(Arrays.asList(TokenProfile.AUDIENCE, null));
    return new ClaimsPolicy(audienceOptional, null, Set.of("sub", "exp", "iat"));
  }

  @Override
  public void verify(JWTClaimsSet claims, SecurityContext context) throws BadJWTException {
    super.verify(claims, context);
    String issuer = claims.getIssuer();
    if (issuer != null && !issuer.equals(TokenProfile.ISSUER)) {
      throw new BadJWTException("JWT iss claim has value " + issuer + ", must be " + TokenProfile.ISSUER);
    }
  }

  /** Classifies a rejection by nimbus's claims verifier (its messages are the only structured signal it gives). */
  static RejectReason reasonFor(BadJWTException rejection) {
    String message = String.valueOf(rejection.getMessage());
    if (message.startsWith("Expired JWT")) {
      return RejectReason.EXPIRED;
    }
    if (message.startsWith("JWT before use time")) {
      return RejectReason.NOT_YET_VALID;
    }
    if (message.startsWith("JWT iss claim")) {
      return RejectReason.WRONG_ISSUER;
    }
    if (message.startsWith("JWT aud claim") || message.startsWith("JWT missing required aud")) {
      return RejectReason.WRONG_AUDIENCE;
    }
    if (message.contains("not a valid JSON")) {
      return RejectReason.MALFORMED;
    }
    if (message.startsWith("JWT missing required claims")) {
      return RejectReason.MISSING_CLAIM;
    }
    return RejectReason.INVALID_CLAIMS;
  }
}

package dev.statebench.jwt;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;

/**
 * The {@link VerifyPath#PARSE_ONLY} floor: nimbus's base64url decoding and JSON parsing of header and claims, with no
 * cryptography and no checks. It accepts any well-formed token, forged or not: it measures what parsing alone costs.
 */
final class ParseOnlyVerifier implements JwtVerifier {
  @Override
  public JWTClaimsSet verify(String token) throws TokenRejectedException {
    try {
      return SignedJWT.parse(token).getJWTClaimsSet();
    } catch (ParseException e) {
      throw new TokenRejectedException(RejectReason.MALFORMED, e.getMessage());
    }
  }
}

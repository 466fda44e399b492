package dev.statebench.jwt;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.text.ParseException;
import java.util.List;
import java.util.Map;

/**
 * What the header of an already rejected token says, read only to name the reason of the rejection. Nimbus refuses
 * some forgeries with a generic failure: an {@code alg: none} token does not parse as a JWS ("the signature must not
 * be empty"), its processor's key selector finds "no matching key" both for an unknown {@code kid} and for a header
 * naming another algorithm, and its verifiers answer "invalid signature" for a header with an unknown {@code crit}
 * parameter (they check {@code crit} before the signature, RFC 7515 section 4.1.11,
 * https://www.rfc-editor.org/rfc/rfc7515#section-4.1.11). The decision stays nimbus's; this only labels it.
 *
 * <p>It runs on the rejection path alone, so accepting a token costs nothing more.
 */
final class RejectedHeader {
  private final String algorithm;
  private final boolean marksCritical;

  private RejectedHeader(String algorithm, boolean marksCritical) {
    this.algorithm = algorithm;
    this.marksCritical = marksCritical;
  }

  /** The header of {@code token}; an unreadable header says nothing (no algorithm, nothing critical). */
  static RejectedHeader of(String token) {
    int dot = token.indexOf('.');
    if (dot <= 0) {
      return new RejectedHeader(null, false);
    }
    try {
      Map<String, Object> header = JSONObjectUtils.parse(new Base64URL(token.substring(0, dot)).decodeToString());
      Object alg = header.get("alg");
      Object crit = header.get("crit");
      return new RejectedHeader(alg instanceof String name ? name : null,
          crit instanceof List<?> names && !names.isEmpty());
    } catch (ParseException | RuntimeException unreadable) {
      return new RejectedHeader(null, false);
    }
  }

  /** {@code true} if the header names an algorithm, and not {@code pinned} ({@code none} in any letter case included). */
  boolean namesAlgorithmOtherThan(JWSAlgorithm pinned) {
    return algorithm != null && !algorithm.equals(pinned.getName());
  }

  /** {@code true} if the header lists parameters in {@code crit}. */
  boolean marksCritical() {
    return marksCritical;
  }
}

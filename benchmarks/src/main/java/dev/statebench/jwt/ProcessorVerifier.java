package dev.statebench.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.security.Provider;
import java.text.ParseException;

/**
 * The {@link VerifyPath#PROCESSOR} verifier: nimbus's {@link DefaultJWTProcessor} with a
 * {@link JWSVerificationKeySelector} pinned to the ring's algorithm over a JWK set of K keys (selected by {@code kid}),
 * and the same {@link ClaimsPolicy} as {@link PinnedKeyVerifier}: what Spring Security and most frameworks run. The
 * processor converts the selected JWK to a JCA key and builds a fresh verifier on every call.
 *
 * <p>Nimbus's processor cannot verify Ed25519 on its own (its key selector and verifier factory handle only
 * RSA, EC and HMAC keys), so EdDSA uses {@link Ed25519KeySelector} and {@link Ed25519CapableVerifierFactory},
 * which keep the same per-call shape.
 */
final class ProcessorVerifier implements JwtVerifier {
  private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
  private final int maxTokenChars;
  private final JWSAlgorithm pinned;

  ProcessorVerifier(VerifierConfiguration config) {
    this.maxTokenChars = config.maxTokenChars();
    this.pinned = config.algorithm().jws();
    ImmutableJWKSet<SecurityContext> keys = new ImmutableJWKSet<>(config.ring().verificationKeys());
    JWSKeySelector<SecurityContext> selector = config.algorithm() == JwtAlgorithm.EDDSA
        ? new Ed25519KeySelector(keys)
        : new JWSVerificationKeySelector<>(config.algorithm().jws(), keys);
    processor.setJWSKeySelector(selector);
    Ed25519CapableVerifierFactory factory = new Ed25519CapableVerifierFactory();
    Provider provider = config.provider().provider();
    if (provider != null) {
      factory.getJCAContext().setProvider(provider);
    }
    processor.setJWSVerifierFactory(factory);
    processor.setJWTClaimsSetVerifier(ClaimsPolicy.forProfile(config.profile()));
  }

  @Override
  public JWTClaimsSet verify(String token) throws TokenRejectedException {
    SizeCap.check(token, maxTokenChars);
    try {
      return processor.process(token, null);
    } catch (ParseException e) {
      throw new TokenRejectedException(otherAlgorithmOr(token, RejectReason.MALFORMED), e.getMessage());
    } catch (BadJWTException e) {
      throw new TokenRejectedException(ClaimsPolicy.reasonFor(e), e.getMessage());
    } catch (BadJWSException e) {
      // nimbus's verifiers check crit before the signature and report either failure as "invalid signature"
      RejectReason reason = RejectedHeader.of(token).marksCritical()
          ? RejectReason.UNSUPPORTED_CRITICAL_HEADER
          : RejectReason.BAD_SIGNATURE;
      throw new TokenRejectedException(reason, e.getMessage());
    } catch (BadJOSEException e) {
      throw new TokenRejectedException(reasonForProcessorRejection(token, e), e.getMessage());
    } catch (JOSEException e) {
      throw new TokenRejectedException(RejectReason.BAD_SIGNATURE, e.getMessage());
    }
  }

  /** {@link RejectReason#ALGORITHM_NOT_ALLOWED} if the header names another algorithm than the pinned one. */
  private RejectReason otherAlgorithmOr(String token, RejectReason otherwise) {
    return RejectedHeader.of(token).namesAlgorithmOtherThan(pinned) ? RejectReason.ALGORITHM_NOT_ALLOWED : otherwise;
  }

  private RejectReason reasonForProcessorRejection(String token, BadJOSEException e) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("no matching key")) {
      // the key selector is pinned to one algorithm: it finds no key for another algorithm nor for an unknown kid
      return otherAlgorithmOr(token, RejectReason.UNKNOWN_KEY);
    }
    if (message.contains("type")) {
      return RejectReason.WRONG_TYPE;
    }
    if (message.contains("alg") || message.contains("Unsecured")) {
      return RejectReason.ALGORITHM_NOT_ALLOWED;
    }
    return RejectReason.MALFORMED;
  }
}

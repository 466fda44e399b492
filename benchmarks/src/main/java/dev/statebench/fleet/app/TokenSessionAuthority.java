package dev.statebench.fleet.app;

import dev.statebench.jwt.CryptoProvider;
import dev.statebench.jwt.JwtAlgorithm;
import dev.statebench.jwt.JwtVerifier;
import dev.statebench.jwt.TokenIssuer;
import dev.statebench.jwt.TokenProfile;
import dev.statebench.jwt.TokenRejectedException;
import dev.statebench.jwt.VerifierConfiguration;
import dev.statebench.jwt.VerifyPath;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The {@code jwt} state model: the session is a signed token (the {@link TokenProfile#TYPICAL} profile, fixture keys)
 * sent as {@code Authorization: Bearer}; each request is checked by the verifier configuration the JWT benchmarks
 * time ({@link VerifyPath#REUSED}, JDK provider, one key, the default size cap). Every instance trusts the same
 * fixture key, so any instance accepts any token: nothing is lost when one dies.
 */
final class TokenSessionAuthority implements SessionAuthority {
  private static final String BEARER = "Bearer ";

  private final VerifierConfiguration configuration;
  private final TokenIssuer issuer;
  // Verifiers are not thread-safe (see JwtVerifier); one per request thread.
  private final ThreadLocal<JwtVerifier> verifiers;
  private final AtomicInteger issued = new AtomicInteger();

  TokenSessionAuthority(JwtAlgorithm algorithm) {
    this.configuration = VerifierConfiguration.of(algorithm, VerifyPath.REUSED, CryptoProvider.JDK,
        TokenProfile.TYPICAL, 1);
    this.issuer = new TokenIssuer(configuration.ring(), CryptoProvider.JDK);
    this.verifiers = ThreadLocal.withInitial(configuration::newVerifier);
  }

  @Override
  public Credential login(String userId) {
    return new Credential(null, issuer.issue(TokenProfile.TYPICAL, issued.getAndIncrement(), Instant.now()));
  }

  @Override
  public boolean resolve(HttpHeaders headers) {
    String header = headers.get(HttpHeaderNames.AUTHORIZATION);
    if (header == null || !header.startsWith(BEARER)) {
      return false;
    }
    try {
      verifiers.get().verify(header.substring(BEARER.length()));
      return true;
    } catch (TokenRejectedException rejected) {
      return false;
    }
  }

  @Override
  public void close() {
    // Nothing to release: keys and verifiers are plain objects.
  }
}

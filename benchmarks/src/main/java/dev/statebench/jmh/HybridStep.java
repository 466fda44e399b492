package dev.statebench.jmh;

import dev.statebench.jwt.TokenRejectedException;
import java.time.Instant;

/** Which step of the hybrid is timed: the {@code step} axis of {@link HybridTokenBenchmark}. */
public enum HybridStep {
  /** Verify the access token, then {@code EXISTS} its {@code jti} in the Redis denylist. */
  DENYLIST {
    @Override
    Object run(HybridFixture fixture, int index) throws TokenRejectedException {
      return fixture.denylistVerifier.verify(fixture.tokens[index & GatedTokenPool.MASK]);
    }
  },
  /** Verify the access token, then {@code GET} its user's "revoked before" epoch and compare with {@code iat}. */
  USER_EPOCH {
    @Override
    Object run(HybridFixture fixture, int index) throws TokenRejectedException {
      return fixture.epochVerifier.verify(fixture.tokens[index & GatedTokenPool.MASK]);
    }
  },
  /** The refresh step: look the refresh token up in the Redis session store, then sign a new access token. */
  REFRESH {
    @Override
    Object run(HybridFixture fixture, int index) {
      return fixture.refresh.refresh(fixture.refreshIds[index & SessionKeyPool.MASK].value(), Instant.now())
          .orElseThrow(() -> new IllegalStateException("a populated refresh token was not found"));
    }
  };

  abstract Object run(HybridFixture fixture, int index) throws TokenRejectedException;
}

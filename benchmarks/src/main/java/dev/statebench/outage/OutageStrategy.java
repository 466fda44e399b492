package dev.statebench.outage;

import dev.statebench.hybrid.RevocationFailurePolicy;
import dev.statebench.load.LoadTarget;
import dev.statebench.load.TargetClient;
import dev.statebench.load.TargetOptions;
import dev.statebench.servers.Servers;
import java.util.List;
import java.util.Locale;

/**
 * A way of keeping session state, as seen by a store outage: what each request needs from the store that is taken
 * down. JWT-only needs nothing; server-side sessions need a lookup; the hybrid needs a denylist check and, when the
 * denylist cannot be asked, either refuses (fail closed) or accepts unchecked (fail open).
 */
public enum OutageStrategy {
  /** HS256 verification only: the store is not on the request path. */
  JWT_HS256 {
    @Override
    TargetClient open(Servers servers, int connections) {
      return LoadTarget.JWT_HS256.open(servers, TargetOptions.withConnections(connections));
    }
  },
  /** A Redis session lookup per request. */
  REDIS {
    @Override
    TargetClient open(Servers servers, int connections) {
      return LoadTarget.REDIS.open(servers, TargetOptions.withConnections(connections));
    }
  },
  /** A PostgreSQL session lookup per request. */
  POSTGRES {
    @Override
    TargetClient open(Servers servers, int connections) {
      return LoadTarget.POSTGRES.open(servers, TargetOptions.withConnections(connections));
    }
  },
  /** HS256 plus a Redis denylist; a request whose check fails is refused. */
  HYBRID_FAIL_CLOSED {
    @Override
    TargetClient open(Servers servers, int connections) {
      return HybridOutageClient.open(servers.redis().uri(), RevocationFailurePolicy.FAIL_CLOSED);
    }
  },
  /** HS256 plus a Redis denylist; a request whose check fails is accepted unchecked. */
  HYBRID_FAIL_OPEN {
    @Override
    TargetClient open(Servers servers, int connections) {
      return HybridOutageClient.open(servers.redis().uri(), RevocationFailurePolicy.FAIL_OPEN);
    }
  };

  abstract TargetClient open(Servers servers, int connections);

  /** The strategies worth running when {@code store} goes down (the ones that do not use it would show nothing). */
  public static List<OutageStrategy> defaultsFor(OutageStore store) {
    return store == OutageStore.REDIS ? List.of(JWT_HS256, REDIS, HYBRID_FAIL_CLOSED, HYBRID_FAIL_OPEN)
        : List.of(JWT_HS256, POSTGRES);
  }

  /** Whether a request of this strategy reaches {@code store}. */
  public boolean uses(OutageStore store) {
    return switch (this) {
      case JWT_HS256 -> false;
      case REDIS, HYBRID_FAIL_CLOSED, HYBRID_FAIL_OPEN -> store == OutageStore.REDIS;
      case POSTGRES -> store == OutageStore.POSTGRES;
    };
  }

  /** The command-line name, e.g. {@code hybrid-fail-open}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Parses a command-line name. */
  public static OutageStrategy parse(String text) {
    for (OutageStrategy strategy : values()) {
      if (strategy.label().equalsIgnoreCase(text.trim())) {
        return strategy;
      }
    }
    throw new IllegalArgumentException("unknown strategy '" + text + "'; expected jwt-hs256, redis, postgres,"
        + " hybrid-fail-closed or hybrid-fail-open");
  }
}

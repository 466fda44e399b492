package dev.statebench.load;

import dev.statebench.hybrid.RedisDenylist;
import dev.statebench.hybrid.RevocableVerifier;
import dev.statebench.jwt.CryptoProvider;
import dev.statebench.jwt.JwtAlgorithm;
import dev.statebench.jwt.JwtVerifier;
import dev.statebench.jwt.TokenIssuer;
import dev.statebench.jwt.TokenProfile;
import dev.statebench.jwt.VerifierConfiguration;
import dev.statebench.jwt.VerifyPath;
import dev.statebench.jwt.gate.SecurityGate;
import dev.statebench.servers.Servers;
import dev.statebench.session.PostgresPoolSettings;
import dev.statebench.session.PostgresSessionStore;
import dev.statebench.session.RedisSessionStore;
import dev.statebench.session.SampleSessions;
import dev.statebench.session.SessionId;
import dev.statebench.session.SessionStore;
import dev.statebench.session.SessionTable;
import io.lettuce.core.RedisClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * What one request does under load: the {@code --target} of {@code statebench load} and the {@code target} axis of the
 * multi-threaded throughput benchmark. Each constant is the factory of its {@link TargetClient}.
 *
 * <p>Stores hold {@value #POPULATION} sessions of {@value #PAYLOAD} bytes and every request is a hit; token targets
 * verify a pool of {@value #TOKENS} distinct TYPICAL tokens through the REUSED path (JDK provider) after the security
 * gate, one verifier per thread (verifiers are not thread-safe).
 */
public enum LoadTarget {
  /** Redis {@code GET} through {@link RedisSessionStore}. */
  REDIS {
    @Override
    public TargetClient open(Servers servers, int connections) {
      RedisClient client = RedisSessionStore.newClient(servers.redis().uri());
      RedisSessionStore store = new RedisSessionStore(client, "statebench:load:");
      return new StoreClient(store, () -> client.shutdown(Duration.ZERO, Duration.ofSeconds(2)));
    }
  },
  /** PostgreSQL primary-key lookup through {@link PostgresSessionStore}, a pool of {@code connections}. */
  POSTGRES {
    @Override
    public TargetClient open(Servers servers, int connections) {
      PostgresSessionStore store = PostgresSessionStore.connect(servers.postgres(),
          SessionTable.named("statebench_load"), PostgresPoolSettings.DEFAULT.withMaximumPoolSize(connections));
      return new StoreClient(store, () -> { });
    }
  },
  JWT_HS256 {
    @Override
    public TargetClient open(Servers servers, int connections) {
      return tokens(JwtAlgorithm.HS256, null);
    }
  },
  JWT_RS256 {
    @Override
    public TargetClient open(Servers servers, int connections) {
      return tokens(JwtAlgorithm.RS256, null);
    }
  },
  JWT_ES256 {
    @Override
    public TargetClient open(Servers servers, int connections) {
      return tokens(JwtAlgorithm.ES256, null);
    }
  },
  /** HS256 verification plus {@code EXISTS jti} in a Redis denylist. */
  HYBRID {
    @Override
    public TargetClient open(Servers servers, int connections) {
      return tokens(JwtAlgorithm.HS256, servers.redis().uri());
    }
  };

  static final int POPULATION = 10_000;
  static final int PAYLOAD = 1024;
  static final int TOKENS = 256;
  static final long SEED = 7;

  /**
   * Opens this target on {@code servers} with {@code connections} connections where that applies (the PostgreSQL
   * pool size; lettuce shares one connection); stores are emptied and populated first.
   */
  public abstract TargetClient open(Servers servers, int connections);

  /** Whether this target needs Redis (to start only the servers a run needs). */
  public boolean usesRedis() {
    return this == REDIS || this == HYBRID;
  }

  /** Whether this target needs PostgreSQL. */
  public boolean usesPostgres() {
    return this == POSTGRES;
  }

  /** The command-line name, e.g. {@code jwt-hs256}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Parses a command-line name such as {@code redis} or {@code jwt-es256}. */
  public static LoadTarget parse(String text) {
    for (LoadTarget target : values()) {
      if (target.label().equalsIgnoreCase(text.trim()) || target.name().equalsIgnoreCase(text.trim())) {
        return target;
      }
    }
    throw new IllegalArgumentException("unknown target '" + text + "'; expected one of redis, postgres, jwt-hs256, "
        + "jwt-rs256, jwt-es256, hybrid");
  }

  private static TargetClient tokens(JwtAlgorithm alg, String denylistRedisUri) {
    VerifierConfiguration config = VerifierConfiguration.of(alg, VerifyPath.REUSED, CryptoProvider.JDK,
        TokenProfile.TYPICAL, 1);
    SecurityGate.check(config, config.newVerifier());
    String[] pool = new TokenIssuer(config.ring(), CryptoProvider.JDK).pool(TokenProfile.TYPICAL, TOKENS, Instant.now())
        .toArray(String[]::new);
    if (denylistRedisUri == null) {
      return new TokenClient(pool, ThreadLocal.withInitial(config::newVerifier), () -> { });
    }
    RedisClient client = RedisSessionStore.newClient(denylistRedisUri);
    RedisDenylist denylist = new RedisDenylist(client, "statebench:load:denylist:");
    ThreadLocal<JwtVerifier> verifiers = ThreadLocal.withInitial(
        () -> new RevocableVerifier(config.newVerifier(), denylist));
    return new TokenClient(pool, verifiers, () -> {
      denylist.close();
      client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    });
  }

  /** A store populated with hit keys. */
  private static final class StoreClient implements TargetClient {
    private final SessionStore store;
    private final Runnable onClose;
    private final SessionId[] ids = new SessionId[4096];

    StoreClient(SessionStore store, Runnable onClose) {
      this.store = store;
      this.onClose = onClose;
      try {
        store.clear();
        store.populate(SEED, POPULATION, i -> SampleSessions.forIndex(i, PAYLOAD), Duration.ofHours(2));
      } catch (RuntimeException e) {
        close();
        throw e;
      }
      for (int i = 0; i < ids.length; i++) {
        ids[i] = SessionId.deterministic(SEED, (i * 7919L) % POPULATION);
      }
    }

    @Override
    public Object call(int index) {
      return store.lookup(ids[index & (ids.length - 1)])
          .orElseThrow(() -> new IllegalStateException("a populated session was not found"));
    }

    @Override
    public void close() {
      try {
        store.clear();
      } catch (RuntimeException ignoredWhenTheServerIsGone) {
        // Closing must not hide the failure that ended the run; the data is disposable.
      }
      store.close();
      onClose.run();
    }
  }

  /** A token pool verified with one verifier per thread. */
  private static final class TokenClient implements TargetClient {
    private final String[] tokens;
    private final ThreadLocal<JwtVerifier> verifiers;
    private final Runnable onClose;

    TokenClient(String[] tokens, ThreadLocal<JwtVerifier> verifiers, Runnable onClose) {
      this.tokens = tokens;
      this.verifiers = verifiers;
      this.onClose = onClose;
    }

    @Override
    public Object call(int index) throws Exception {
      return verifiers.get().verify(tokens[index & (tokens.length - 1)]);
    }

    @Override
    public void close() {
      onClose.run();
    }
  }
}

package dev.statebench.jwt;

import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;
import java.security.Provider;
import java.util.Locale;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The JCA provider that performs the cryptography: a benchmark axis (a JMH {@code @Param}) and the factory of the
 * provider instance handed to nimbus ({@code getJCAContext().setProvider}) and to the JCA baseline.
 *
 * <p>Nimbus verifies and signs Ed25519 through Google Tink, not through JCA, so for {@link JwtAlgorithm#EDDSA} the
 * provider only affects the {@link VerifyPath#JCA_BASELINE} path.
 */
public enum CryptoProvider {
  /** The JDK's default providers (SunJCE, SunRsaSign, SunEC): {@code null} means "let JCA choose". */
  JDK {
    @Override
    Provider load() {
      return null;
    }
  },
  /** BouncyCastle ({@code bcprov-jdk18on}), pure Java. */
  BOUNCY_CASTLE {
    @Override
    Provider load() {
      return new BouncyCastleProvider();
    }
  },
  /** Amazon Corretto Crypto Provider: AWS-LC through JNI; ships native code for linux-x86_64 only here. */
  ACCP {
    @Override
    Provider load() {
      AmazonCorrettoCryptoProvider accp = AmazonCorrettoCryptoProvider.INSTANCE;
      Throwable loadingError = accp.getLoadingError();
      if (loadingError != null) {
        throw new ProviderUnavailableException(this, "its native library did not load on "
            + System.getProperty("os.name") + "/" + System.getProperty("os.arch") + ": " + loadingError);
      }
      accp.assertHealthy();
      return accp;
    }
  };

  private volatile Provider loaded;
  private volatile boolean attempted;
  private volatile ProviderUnavailableException failure;

  /** Creates the provider instance; throws {@link ProviderUnavailableException} if this platform cannot run it. */
  abstract Provider load();

  /**
   * The provider instance, {@code null} for {@link #JDK} (JCA's default selection).
   *
   * @throws ProviderUnavailableException naming the reason if the provider cannot run here
   */
  public Provider provider() {
    if (!attempted) {
      synchronized (this) {
        if (!attempted) {
          try {
            loaded = load();
          } catch (ProviderUnavailableException e) {
            failure = e;
          } catch (RuntimeException | LinkageError e) {
            failure = new ProviderUnavailableException(this, e.toString());
          }
          attempted = true;
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
    return loaded;
  }

  /** Why this provider cannot run here, or {@code null} if it can. */
  public String unavailableReason() {
    try {
      provider();
      return null;
    } catch (ProviderUnavailableException e) {
      return e.getMessage();
    }
  }

  /** Name and version of the provider in use, e.g. {@code BC 1.83}, for env.json. */
  public String describe() {
    Provider provider = provider();
    return provider == null ? "JDK default providers" : provider.getName() + " " + provider.getVersionStr();
  }

  /** Parses a command-line value such as {@code jdk}, {@code bouncy-castle}, {@code accp}. */
  public static CryptoProvider parse(String text) {
    return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}

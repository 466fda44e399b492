package dev.statebench.jwt;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.generators.RSAKeyPairGenerator;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.RSAKeyGenerationParameters;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;
import org.bouncycastle.util.BigIntegers;

/**
 * Deterministic fixture keys: the same seed yields the same keys on every run and every JDK, so benchmark runs are
 * reproducible and their tokens can be checked by other tools ({@code statebench jwt keys} publishes them).
 *
 * <p>Keys are generated with BouncyCastle's lightweight generators from a {@link DeterministicRandom} stream per key
 * id; generated keys are cached (RSA-4096 generation takes seconds). Key {@code i} of algorithm {@code A} has key id
 * {@code <A.kidPrefix()>-<i>}, carries {@code alg} and {@code use: sig}, and is bound to that one algorithm.
 */
public final class KeyFixtures {
  /** The seed of the published fixtures and of every benchmark run. */
  public static final long DEFAULT_SEED = 20_260_101L;

  private static final BigInteger RSA_PUBLIC_EXPONENT = BigInteger.valueOf(65_537);
  private static final int RSA_PRIME_CERTAINTY = 112;

  private static final Map<Long, KeyFixtures> BY_SEED = new ConcurrentHashMap<>();

  private final long seed;
  private final Map<String, JWK> keysByKid = new ConcurrentHashMap<>();

  private KeyFixtures(long seed) {
    this.seed = seed;
  }

  /** The fixtures of the default seed. */
  public static KeyFixtures standard() {
    return withSeed(DEFAULT_SEED);
  }

  /** The fixtures of {@code seed}, shared per seed so keys are generated once per JVM. */
  public static KeyFixtures withSeed(long seed) {
    return BY_SEED.computeIfAbsent(seed, KeyFixtures::new);
  }

  /** Generates fresh, uncached fixtures: for tests that check determinism across independent generations. */
  static KeyFixtures uncached(long seed) {
    return new KeyFixtures(seed);
  }

  public long seed() {
    return seed;
  }

  /** The private (or secret) key number {@code index} of {@code alg}. */
  public JWK key(JwtAlgorithm alg, int index) {
    if (index < 0) {
      throw new IllegalArgumentException("key index must be >= 0, got " + index);
    }
    String kid = alg.kidPrefix() + "-" + index;
    return keysByKid.computeIfAbsent(kid, id -> generate(alg, id));
  }

  /** A ring of the first {@code size} keys of {@code alg}: rotation with {@code size} overlapping active keys. */
  public KeyRing ring(JwtAlgorithm alg, int size) {
    if (size < 1) {
      throw new IllegalArgumentException("a key ring needs at least one key, got " + size);
    }
    List<JWK> keys = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      keys.add(key(alg, i));
    }
    return new KeyRing(alg, keys);
  }

  private JWK generate(JwtAlgorithm alg, String kid) {
    SecureRandom random = DeterministicRandom.forLabel(seed, kid);
    return switch (alg.family()) {
      case HMAC -> hmacKey(alg, kid, random);
      case RSA -> rsaKey(alg, kid, random);
      case EC -> ecKey(alg, kid, random);
      case OKP -> ed25519Key(alg, kid, random);
    };
  }

  private static JWK hmacKey(JwtAlgorithm alg, String kid, SecureRandom random) {
    byte[] secret = new byte[alg.keyBits() / 8];
    random.nextBytes(secret);
    return new OctetSequenceKey.Builder(secret)
        .keyID(kid).algorithm(alg.jws()).keyUse(KeyUse.SIGNATURE).build();
  }

  private static JWK rsaKey(JwtAlgorithm alg, String kid, SecureRandom random) {
    RSAKeyPairGenerator generator = new RSAKeyPairGenerator();
    generator.init(new RSAKeyGenerationParameters(RSA_PUBLIC_EXPONENT, random, alg.keyBits(), RSA_PRIME_CERTAINTY));
    RSAPrivateCrtKeyParameters key = (RSAPrivateCrtKeyParameters) generator.generateKeyPair().getPrivate();
    return new RSAKey.Builder(Base64URL.encode(key.getModulus()), Base64URL.encode(key.getPublicExponent()))
        .privateExponent(Base64URL.encode(key.getExponent()))
        .firstPrimeFactor(Base64URL.encode(key.getP()))
        .secondPrimeFactor(Base64URL.encode(key.getQ()))
        .firstFactorCRTExponent(Base64URL.encode(key.getDP()))
        .secondFactorCRTExponent(Base64URL.encode(key.getDQ()))
        .firstCRTCoefficient(Base64URL.encode(key.getQInv()))
        .keyID(kid).algorithm(alg.jws()).keyUse(KeyUse.SIGNATURE).build();
  }

  private static JWK ecKey(JwtAlgorithm alg, String kid, SecureRandom random) {
    Curve curve = alg.curve();
    X9ECParameters x9 = CustomNamedCurves.getByName(curve.getStdName());
    ECKeyPairGenerator generator = new ECKeyPairGenerator();
    generator.init(new ECKeyGenerationParameters(new ECDomainParameters(x9), random));
    AsymmetricCipherKeyPair pair = generator.generateKeyPair();
    ECPublicKeyParameters publicKey = (ECPublicKeyParameters) pair.getPublic();
    ECPrivateKeyParameters privateKey = (ECPrivateKeyParameters) pair.getPrivate();
    int length = (x9.getCurve().getFieldSize() + 7) / 8;
    var point = publicKey.getQ().normalize();
    return new ECKey.Builder(curve,
            Base64URL.encode(BigIntegers.asUnsignedByteArray(length, point.getAffineXCoord().toBigInteger())),
            Base64URL.encode(BigIntegers.asUnsignedByteArray(length, point.getAffineYCoord().toBigInteger())))
        .d(Base64URL.encode(BigIntegers.asUnsignedByteArray(length, privateKey.getD())))
        .keyID(kid).algorithm(alg.jws()).keyUse(KeyUse.SIGNATURE).build();
  }

  private static JWK ed25519Key(JwtAlgorithm alg, String kid, SecureRandom random) {
    Ed25519PrivateKeyParameters privateKey = new Ed25519PrivateKeyParameters(random);
    byte[] publicKey = privateKey.generatePublicKey().getEncoded();
    return new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(publicKey))
        .d(Base64URL.encode(privateKey.getEncoded()))
        .keyID(kid).algorithm(alg.jws()).keyUse(KeyUse.SIGNATURE).build();
  }
}

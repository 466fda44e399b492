package dev.statebench.load;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.math3.distribution.ZipfDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Which of the {@code N} populated sessions a request reads: {@code uniform} over all of them, or {@code zipf(s)}
 * (rank {@code r} drawn with probability proportional to {@code 1/r^s}, rank 1 being session index 0). The index then
 * names the session through the deterministic id stream ({@code SessionId.deterministic(seed, index)}), so every
 * session of the population can be hit, not a small fixed pool. Zipf ranks are drawn with commons-math3's
 * rejection-inversion sampler (Hörmann and Derflinger, "Rejection-inversion to generate variates from monotone
 * discrete distributions", ACM TOMACS 1996), constant time for any {@code N}.
 *
 * @param exponent 0 for uniform, the Zipf exponent {@code s > 0} otherwise
 */
public record KeyChoice(double exponent) {
  public static final KeyChoice UNIFORM = new KeyChoice(0);

  public KeyChoice {
    if (!(exponent >= 0) || Double.isInfinite(exponent) || exponent > 10) {
      throw new IllegalArgumentException("the Zipf exponent must be between 0 and 10, got " + exponent);
    }
  }

  /** Parses {@code uniform} or {@code zipf(S)}, e.g. {@code zipf(0.99)}. */
  public static KeyChoice parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.equals("uniform")) {
      return UNIFORM;
    }
    if (t.startsWith("zipf(") && t.endsWith(")")) {
      try {
        double s = Double.parseDouble(t.substring(5, t.length() - 1));
        if (s <= 0) {
          throw new IllegalArgumentException("the Zipf exponent must be positive, got " + s);
        }
        return new KeyChoice(s);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("'" + text + "' has no number inside zipf(…)");
      }
    }
    throw new IllegalArgumentException("unknown key distribution '" + text + "'; expected uniform or zipf(S)");
  }

  /** {@code uniform} or {@code zipf(S)}. */
  public String label() {
    return exponent == 0 ? "uniform" : "zipf(" + exponent + ")";
  }

  /**
   * A sampler of session indexes in {@code [0, population)} for one thread (samplers are not thread-safe); each
   * sampler gets its own seed from {@code seeds}.
   */
  public Sampler sampler(long population, AtomicLong seeds) {
    if (population < 1 || population > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("population must be 1 to " + Integer.MAX_VALUE + ", got " + population);
    }
    long seed = seeds.getAndIncrement();
    if (exponent == 0) {
      SplittableRandom random = new SplittableRandom(seed);
      return () -> random.nextLong(population);
    }
    RandomGenerator random = new Well19937c(seed);
    ZipfDistribution zipf = new ZipfDistribution(random, (int) population, exponent);
    return () -> zipf.sample() - 1L;
  }

  /** Draws session indexes. */
  @FunctionalInterface
  public interface Sampler {
    long next();
  }
}

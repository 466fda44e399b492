package dev.statebench.fleet.scenario;

import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A distribution of the scenario file, in the simulator's parameterisation: {@code fixed {mean}},
 * {@code exponential {mean}}, {@code lognormal {mean, cv}}, {@code pareto {mean, alpha > 1}},
 * {@code geometric {mean >= 1}}. The unit of {@link #mean()} is the caller's (nanoseconds for times, requests for
 * session lengths).
 *
 * <p>Lognormal: sigma² = ln(1 + cv²), mu = ln(mean) − sigma²/2, so the mean is as given. Pareto: scale
 * x_m = mean·(alpha − 1)/alpha, drawn by inversion x_m·U^(−1/alpha). Geometric: trials to the first success with
 * p = 1/mean, drawn by inversion (Devroye, "Non-Uniform Random Variate Generation", 1986, ch. X.2,
 * http://luc.devroye.org/rnbookindex.html).
 *
 * @param kind the distribution's name
 * @param mean its mean
 * @param cv coefficient of variation (lognormal only, else 0)
 * @param alpha tail index (pareto only, else 0)
 */
public record Distribution(String kind, double mean, double cv, double alpha) {
  public Distribution {
    if (!(mean >= 0) || Double.isInfinite(mean)) {
      throw new IllegalArgumentException("mean must be a finite number >= 0, got " + mean);
    }
  }

  /** A constant. */
  public static Distribution fixed(double mean) {
    return new Distribution("fixed", mean, 0, 0);
  }

  /**
   * Reads a distribution node; {@code timed} says whether {@code mean} is a duration (returned in nanoseconds) or a
   * plain number.
   */
  public static Distribution read(String key, Object node, boolean timed) {
    if (!(node instanceof Map<?, ?> map)) {
      throw new ScenarioException(key + ": expected {dist: …, mean: …}, got " + node);
    }
    String kind = String.valueOf(map.get("dist") == null ? "" : map.get("dist")).toLowerCase(Locale.ROOT);
    for (Object k : map.keySet()) {
      if (!Map.of("dist", 0, "mean", 0, "cv", 0, "alpha", 0).containsKey(String.valueOf(k))) {
        throw new ScenarioException(key + "." + k + ": not supported by the fleet lab (supported: dist, mean, cv, alpha)");
      }
    }
    Object meanNode = map.get("mean");
    if (meanNode == null) {
      throw new ScenarioException(key + ".mean: missing");
    }
    double mean = timed ? ScenarioUnits.nanos(key + ".mean", String.valueOf(meanNode)) : number(key + ".mean", meanNode);
    double cv = map.containsKey("cv") ? number(key + ".cv", map.get("cv")) : 0;
    double alpha = map.containsKey("alpha") ? number(key + ".alpha", map.get("alpha")) : 0;
    switch (kind) {
      case "fixed", "exponential" -> { }
      case "lognormal" -> require(key + ".cv", cv > 0, "lognormal needs cv > 0");
      case "pareto" -> require(key + ".alpha", alpha > 1, "pareto needs alpha > 1");
      case "geometric" -> require(key + ".mean", !timed && mean >= 1, "geometric is for counts, with mean >= 1");
      default -> throw new ScenarioException(key + ".dist: '" + kind
          + "' is not supported by the fleet lab (fixed, exponential, lognormal, pareto, geometric)");
    }
    return new Distribution(kind, mean, cv, alpha);
  }

  /** One draw. */
  public double sample(SplittableRandom random) {
    return switch (kind) {
      case "fixed" -> mean;
      case "exponential" -> -mean * Math.log(1 - random.nextDouble());
      case "lognormal" -> {
        double sigma2 = Math.log(1 + cv * cv);
        yield Math.exp(Math.log(mean) - sigma2 / 2 + Math.sqrt(sigma2) * gaussian(random));
      }
      case "pareto" -> mean * (alpha - 1) / alpha / Math.pow(1 - random.nextDouble(), 1 / alpha);
      case "geometric" -> mean <= 1 ? 1
          : 1 + Math.floor(Math.log(1 - random.nextDouble()) / Math.log(1 - 1 / mean));
      default -> throw new IllegalStateException(kind);
    };
  }

  /** A draw rounded to a whole count of at least 1 (session lengths). */
  public int sampleCount(SplittableRandom random) {
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.round(sample(random))));
  }

  private static double gaussian(SplittableRandom random) {
    // Box-Muller (Box and Muller, Ann. Math. Statist. 29(2), 1958); one of the pair is enough here.
    double u = 1 - random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
  }

  private static double number(String key, Object node) {
    try {
      return Double.parseDouble(String.valueOf(node));
    } catch (NumberFormatException e) {
      throw new ScenarioException(key + ": expected a number, got '" + node + "'");
    }
  }

  private static void require(String key, boolean ok, String message) {
    if (!ok) {
      throw new ScenarioException(key + ": " + message);
    }
  }
}

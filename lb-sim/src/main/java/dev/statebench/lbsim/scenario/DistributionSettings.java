package dev.statebench.lbsim.scenario;

import dev.statebench.lbsim.workload.DeterministicDistribution;
import dev.statebench.lbsim.workload.Distribution;
import dev.statebench.lbsim.workload.EmpiricalDistributionReader;
import dev.statebench.lbsim.workload.ExponentialDistribution;
import dev.statebench.lbsim.workload.GeometricDistribution;
import dev.statebench.lbsim.workload.LognormalDistribution;
import dev.statebench.lbsim.workload.ParetoDistribution;
import dev.statebench.results.units.TimeUnits;
import java.nio.file.Path;

/**
 * Reads a distribution mapping ({@code {dist: pareto, alpha: 1.5, mean: 20}}). Times (service, remote wait, think)
 * take durations with units; session lengths take plain numbers of requests.
 */
final class DistributionSettings {

  /** What the distribution's values are. */
  enum Kind {
    TIME,
    COUNT
  }

  private DistributionSettings() {}

  static Distribution read(SettingsNode node, Kind kind, Path baseDirectory) {
    String dist = node.text("dist", kind == Kind.TIME
        ? "one of exponential, fixed, lognormal, pareto, empirical"
        : "one of fixed, geometric, lognormal, pareto");
    return switch (dist) {
      case "exponential" -> {
        node.allowOnly("dist", "mean");
        yield new ExponentialDistribution(positiveMean(node, kind));
      }
      case "fixed", "deterministic" -> {
        node.allowOnly("dist", "mean");
        yield new DeterministicDistribution(mean(node, kind));
      }
      case "lognormal" -> {
        node.allowOnly("dist", "mean", "cv");
        double cv = node.number("cv", 1.0);
        if (!(cv > 0)) {
          throw node.invalid("cv", "must be positive, not " + cv);
        }
        yield new LognormalDistribution(positiveMean(node, kind), cv);
      }
      case "pareto" -> {
        node.allowOnly("dist", "mean", "alpha");
        double alpha = node.number("alpha", "the shape α > 1");
        if (!(alpha > 1)) {
          throw node.invalid("alpha", "must exceed 1 (the mean is infinite otherwise), not " + alpha);
        }
        yield new ParetoDistribution(positiveMean(node, kind), alpha);
      }
      case "geometric" -> {
        node.allowOnly("dist", "mean");
        if (kind != Kind.COUNT) {
          throw node.invalid("dist", "geometric is for session lengths (counts), not times");
        }
        double mean = mean(node, kind);
        if (!(mean >= 1)) {
          throw node.invalid("mean", "must be at least 1 for a geometric length, not " + mean);
        }
        yield new GeometricDistribution(mean);
      }
      case "empirical" -> {
        node.allowOnly("dist", "file", "unit", "tag");
        if (kind != Kind.TIME) {
          throw node.invalid("dist", "empirical is for times (service, remote wait, think), not counts");
        }
        String unit = node.text("unit", "ns", "a time unit (ns, us, ms, s)");
        Double scale = TimeUnits.nanosPer(unit);
        if (scale == null) {
          throw node.invalid("unit", "unknown unit '" + unit + "' (ns, us, ms, s)");
        }
        Path file = baseDirectory.resolve(node.text("file", "a .csv, .hlog or .hgrm file"));
        String tag = node.text("tag", null, "the tag of the .hlog intervals to read");
        if (tag != null && !file.toString().endsWith(".hlog")) {
          throw node.invalid("tag", "only .hlog files have tagged intervals");
        }
        yield EmpiricalDistributionReader.read(file, scale, node.pathOf("file"), tag);
      }
      default -> throw node.invalid("dist", "unknown distribution '" + dist + "' (exponential, fixed, lognormal, "
          + "pareto, geometric, empirical)");
    };
  }

  private static double mean(SettingsNode node, Kind kind) {
    if (kind == Kind.TIME) {
      return node.durationNanosExact("mean", "a duration such as 5ms");
    }
    double mean = node.number("mean", "a number of requests");
    if (mean < 0) {
      throw node.invalid("mean", "must not be negative, not " + mean);
    }
    return mean;
  }

  private static double positiveMean(SettingsNode node, Kind kind) {
    double mean = mean(node, kind);
    if (!(mean > 0)) {
      throw node.invalid("mean", "must be positive");
    }
    return mean;
  }
}

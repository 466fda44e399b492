package dev.statebench.run;

import java.util.List;
import org.openjdk.jmh.annotations.Mode;

/**
 * Which JMH modes time a selection. Average time gives the tightest mean of a CPU-bound operation; sample time gives the
 * mean too (JMH's sample-time score is the mean of the sampled invocations) plus the latency percentiles a store lookup
 * needs, at the price of one timer read per sampled call (about 25 ns, negligible against a 60 µs lookup).
 */
public enum TimingModes {
  /** The profile's modes: average time, plus sample time where the profile records percentiles. */
  PROFILE,
  /** Average time only: CPU-bound rows whose percentiles no table shows. */
  AVERAGE,
  /** Sample time only: mean and percentiles from one run, for latency rows. */
  SAMPLE;

  /** The JMH modes of a selection under a profile that does ({@code profileSamples}) or does not record percentiles. */
  public List<Mode> resolve(boolean profileSamples) {
    return switch (this) {
      case PROFILE -> profileSamples ? List.of(Mode.AverageTime, Mode.SampleTime) : List.of(Mode.AverageTime);
      case AVERAGE -> List.of(Mode.AverageTime);
      case SAMPLE -> List.of(Mode.SampleTime);
    };
  }
}

package dev.statebench.jmh;

/**
 * The count-based half of the warm-up: a trial calls its measured operation this many times, untimed, before JMH's
 * time-based warm-up iterations begin. A time-based warm-up alone gives a slow operation few calls (two seconds are
 * about 2,200 ES256 verifications on the JDK 17 provider, fewer than HotSpot's tier-4 compile threshold of the outer
 * methods), so the slowest configurations of a profile would be timed while their call path is still being compiled;
 * a count alone would give fast operations too little time. Together, every configuration gets at least both.
 *
 * <p>The count reaches each fork as the system property {@value #PROPERTY} (set by the run profile); 0 or absent
 * means none.
 */
public final class UntimedWarmup {
  /** The fork's system property holding the number of untimed calls. */
  public static final String PROPERTY = "statebench.warmup.calls";

  private UntimedWarmup() {}

  /** One call of the measured operation. */
  @FunctionalInterface
  public interface Call {
    void run() throws Exception;
  }

  /** The number of untimed calls this fork makes per trial. */
  public static int calls() {
    return Math.max(0, Integer.getInteger(PROPERTY, 0));
  }

  /** Calls {@code call} {@link #calls()} times; a failure stops the trial (it would fail the measurement too). */
  public static void run(Call call) {
    int calls = calls();
    try {
      for (int i = 0; i < calls; i++) {
        call.run();
      }
    } catch (Exception e) {
      throw new IllegalStateException("the untimed warm-up call failed: " + e.getMessage(), e);
    }
  }
}

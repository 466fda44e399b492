package dev.statebench.lbsim.router;

import dev.statebench.lbsim.model.FleetView;
import dev.statebench.lbsim.model.RandomStream;

/**
 * Power of d choices (Mitzenmacher, "The Power of Two Choices in Randomized Load Balancing", IEEE TPDS 2001;
 * HAProxy {@code random(d)}, Envoy {@code LEAST_REQUEST}): draw d live backends uniformly and take the one with the
 * fewest outstanding requests (the first drawn on a tie).
 *
 * <p>Differences: Envoy's {@code LEAST_REQUEST} draws with replacement (as here by default) and, with unequal
 * weights, switches to weighted scheduling; HAProxy's {@code random(d)} weighs by server weight. Backends here are
 * compared by raw outstanding requests.
 *
 * <p>Options: {@code d} (default 2); {@code replacement} (default true: independent draws that may repeat a backend,
 * as Envoy does; false: d distinct backends).
 *
 * @see <a href="https://www.eecs.harvard.edu/~michaelm/postscripts/tpds2001.pdf">Mitzenmacher 2001</a>
 */
final class PowerOfChoicesRouter implements Router {
  private final FleetView fleet;
  private final RandomStream random;
  private final int d;
  private final boolean replacement;
  private final int[] drawn;

  PowerOfChoicesRouter(PolicySpec spec, RouterEnvironment environment) {
    this.fleet = environment.fleet();
    this.random = environment.random();
    this.d = spec.intOption("d", 2, 1);
    this.replacement = spec.booleanOption("replacement", true);
    this.drawn = new int[d];
  }

  @Override
  public int route(RoutingRequest request) {
    int n = fleet.liveCount();
    return replacement ? withReplacement(n) : withoutReplacement(n);
  }

  private int withReplacement(int n) {
    int best = fleet.live(random.nextInt(n));
    int bestLoad = fleet.outstanding(best);
    for (int k = 1; k < d; k++) {
      int b = fleet.live(random.nextInt(n));
      int load = fleet.outstanding(b);
      if (load < bestLoad) {
        best = b;
        bestLoad = load;
      }
    }
    return best;
  }

  private int withoutReplacement(int n) {
    int draws = Math.min(d, n);
    int best = -1;
    int bestLoad = Integer.MAX_VALUE;
    for (int k = 0; k < draws; k++) {
      int i;
      do {
        i = random.nextInt(n);
      } while (alreadyDrawn(i, k));
      drawn[k] = i;
      int b = fleet.live(i);
      int load = fleet.outstanding(b);
      if (load < bestLoad) {
        best = b;
        bestLoad = load;
      }
    }
    return best;
  }

  private boolean alreadyDrawn(int index, int count) {
    for (int k = 0; k < count; k++) {
      if (drawn[k] == index) {
        return true;
      }
    }
    return false;
  }
}

package dev.statebench.lbsim.router;

import dev.statebench.lbsim.model.FleetView;
import dev.statebench.lbsim.model.Mix64;
import java.util.Arrays;

/**
 * Consistent hashing on a ring (Karger et al., STOC 1997; ketama; Envoy {@code RING_HASH}): every live backend
 * places {@code vnodes} points on a 64-bit ring, hashed from its name and the point's number, and a key goes to the
 * first point at or after its hash. A backend's share has coefficient of variation ≈ 1/√vnodes, and adding one
 * backend to n moves ≈ 1/(n+1) of the keys.
 *
 * <p>Follows ketama's fixed number of points per backend. Envoy's {@code RING_HASH} instead sizes the whole ring
 * ({@code minimum_ring_size}, default 1024, up to {@code maximum_ring_size}) and gives each host a share of it
 * proportional to its weight, so its points per host fall as hosts are added; set {@code vnodes} to
 * ⌈1024 / n⌉ to mimic Envoy's default for n equal hosts. Points are hashed with the Stafford Mix13 mixer rather than
 * Envoy's xxHash or ketama's MD5, which changes where points fall but not their statistics.
 *
 * <p>Options: {@code vnodes} (default 100), {@code key} ({@code session} or {@code client}).
 *
 * @see <a href="https://dl.acm.org/doi/10.1145/258533.258660">Karger et al. 1997</a>
 */
final class RingHashRouter implements Router, HashWalk {
  private final FleetView fleet;
  private final long seed;
  private final int vnodes;
  private final HashKey key;
  private int builtVersion = -1;
  private long[] points = new long[0];
  private int[] owners = new int[0];

  RingHashRouter(PolicySpec spec, RouterEnvironment environment) {
    this.fleet = environment.fleet();
    this.seed = environment.hashSeed();
    this.vnodes = spec.intOption("vnodes", 100, 1);
    this.key = HashKey.fromOption(spec);
    rebuild();
  }

  @Override
  public int route(RoutingRequest request) {
    return candidate(Mix64.hash(key.of(request), seed), 0);
  }

  @Override
  public int candidate(long keyHash, int attempt) {
    if (builtVersion != fleet.membershipVersion()) {
      rebuild();
    }
    int i = Arrays.binarySearch(points, keyHash);
    int first = i >= 0 ? i : -i - 1;
    return owners[(int) ((first + (long) attempt) % points.length)];
  }

  @Override
  public int walkLength() {
    return points.length;
  }

  @Override
  public HashKey key() {
    return key;
  }

  private void rebuild() {
    int n = fleet.liveCount();
    int size = n * vnodes;
    long[][] pairs = new long[size][];
    for (int i = 0, k = 0; i < n; i++) {
      int b = fleet.live(i);
      long nameHash = Mix64.hash(fleet.name(b), seed);
      for (int v = 0; v < vnodes; v++) {
        pairs[k++] = new long[] {Mix64.hash(nameHash, v, seed), b};
      }
    }
    // ties between two points (probability ~ size²/2^65) are broken by backend number, keeping the ring deterministic
    Arrays.sort(pairs, (x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
    points = new long[size];
    owners = new int[size];
    for (int k = 0; k < size; k++) {
      points[k] = pairs[k][0];
      owners[k] = (int) pairs[k][1];
    }
    builtVersion = fleet.membershipVersion();
  }
}

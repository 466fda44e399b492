package dev.statebench.lbsim.router;

import dev.statebench.lbsim.model.FleetView;
import dev.statebench.lbsim.model.Mix64;
import java.util.Arrays;

/**
 * Rendezvous (highest-random-weight) hashing (Thaler and Ravishankar, IEEE/ACM ToN 1998): a key goes to the live
 * backend whose hash of (key, backend name) is largest. Perfectly consistent — a change moves only the keys of the
 * backend that left or joined — at O(n) per decision.
 *
 * <p>Option: {@code key} ({@code session} or {@code client}).
 */
final class RendezvousRouter implements Router {
  private final FleetView fleet;
  private final long seed;
  private final HashKey key;
  private long[] nameHashes = new long[0];

  RendezvousRouter(PolicySpec spec, RouterEnvironment environment) {
    this.fleet = environment.fleet();
    this.seed = environment.hashSeed();
    this.key = HashKey.fromOption(spec);
  }

  @Override
  public int route(RoutingRequest request) {
    if (nameHashes.length < fleet.count()) {
      int from = nameHashes.length;
      nameHashes = Arrays.copyOf(nameHashes, fleet.count());
      for (int b = from; b < nameHashes.length; b++) {
        nameHashes[b] = Mix64.hash(fleet.name(b), seed);
      }
    }
    long k = key.of(request);
    int best = -1;
    long bestWeight = 0;
    for (int i = 0, n = fleet.liveCount(); i < n; i++) {
      int b = fleet.live(i);
      long weight = Mix64.hash(k, nameHashes[b], seed);
      if (best < 0 || Long.compareUnsigned(weight, bestWeight) > 0) {
        best = b;
        bestWeight = weight;
      }
    }
    return best;
  }
}

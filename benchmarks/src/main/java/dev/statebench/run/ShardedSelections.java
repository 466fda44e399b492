package dev.statebench.run;

import dev.statebench.shard.Shard;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A shard's share of a profile's benchmarks: every selection expanded into its single parameter combinations, in the
 * profile's fixed order, and dealt round robin to the shards ({@link Shard#slice}). One combination is one JMH trial
 * per JVM and mode, so the shards get the same number of trials to within one, whatever the classes.
 */
final class ShardedSelections {
  private ShardedSelections() {}

  /** The combinations of {@code selections} that belong to {@code shard}; the selections themselves when whole. */
  static List<BenchmarkSelection> of(List<BenchmarkSelection> selections, Shard shard) {
    if (shard.whole()) {
      return selections;
    }
    List<BenchmarkSelection> combinations = new ArrayList<>();
    for (BenchmarkSelection selection : selections) {
      expand(selection, new ArrayList<>(selection.params().entrySet()), 0, new LinkedHashMap<>(), combinations);
    }
    return shard.slice(combinations);
  }

  private static void expand(BenchmarkSelection selection, List<Map.Entry<String, List<String>>> axes, int axis,
      Map<String, List<String>> chosen, List<BenchmarkSelection> out) {
    if (axis == axes.size()) {
      out.add(selection.withParams(chosen));
      return;
    }
    Map.Entry<String, List<String>> entry = axes.get(axis);
    for (String value : entry.getValue()) {
      Map<String, List<String>> next = new LinkedHashMap<>(chosen);
      next.put(entry.getKey(), List.of(value));
      expand(selection, axes, axis + 1, next, out);
    }
  }
}

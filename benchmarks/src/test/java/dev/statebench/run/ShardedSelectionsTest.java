package dev.statebench.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statebench.shard.Shard;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shards of every profile together run exactly the profile's configurations, each once. */
class ShardedSelectionsTest {

  @Test
  void shardsOfEveryProfile_partitionItsConfigurations() {
    for (BenchmarkProfile profile : BenchmarkProfile.values()) {
      int total = profile.selections().stream().mapToInt(BenchmarkSelection::combinations).sum();
      for (int count = 2; count <= 4; count++) {
        List<String> union = new ArrayList<>();
        for (int index = 1; index <= count; index++) {
          List<BenchmarkSelection> slice = ShardedSelections.of(profile.selections(), new Shard(index, count));
          int trials = slice.stream().mapToInt(BenchmarkSelection::combinations).sum();
          // round robin over single combinations: every shard within one of total / count
          assertThat(trials).as(profile + " shard " + index + "/" + count).isBetween(total / count, total / count + 1);
          slice.forEach(selection -> union.add(describe(selection)));
        }
        assertThat(union).as(profile + " over " + count + " shards").hasSize(total).doesNotHaveDuplicates();
      }
    }
  }

  @Test
  void wholeRun_keepsTheProfilesSelectionsAsTheyAre() {
    List<BenchmarkSelection> selections = BenchmarkProfile.QUICK.selections();

    assertThat(ShardedSelections.of(selections, Shard.WHOLE)).isSameAs(selections);
  }

  private static String describe(BenchmarkSelection selection) {
    return selection.benchmark().getName() + selection.params() + "x" + selection.threads();
  }
}

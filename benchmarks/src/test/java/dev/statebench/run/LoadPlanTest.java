package dev.statebench.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statebench.load.LoadTarget;
import org.junit.jupiter.api.Test;

class LoadPlanTest {

  @Test
  void quick_sweepsTheIssuesTargetsWithinItsTimeBudget() {
    LoadPlan quick = LoadPlan.forProfile(BenchmarkProfile.QUICK);

    assertThat(quick.targets()).contains(LoadTarget.JWT_HS256, LoadTarget.JWT_ES256, LoadTarget.REDIS,
        LoadTarget.POSTGRES, LoadTarget.HYBRID).doesNotContain(LoadTarget.NOOP);
    // the quick profile's JMH part takes about 10 minutes; the sweeps get at most 1.5 of the 12
    assertThat(quick.estimatedSecondsPerTarget() * quick.targets().size()).isLessThanOrEqualTo(90);
    assertThat(quick.rates()).isSorted();
  }

  @Test
  void full_sweepsEveryStrategyAndClientButNotTheControl() {
    LoadPlan full = LoadPlan.forProfile(BenchmarkProfile.FULL);

    // every target but the control and the cluster targets (the ops step compares those): the read targets swept on
    // the job's servers, the write targets on the axis
    assertThat(full.targets()).containsExactlyInAnyOrder(java.util.Arrays.stream(LoadTarget.values())
        .filter(t -> t != LoadTarget.NOOP && !t.writes() && !t.usesRedisCluster()).toArray(LoadTarget[]::new));
    assertThat(full.durabilityAxis()).extracting(v -> v.target().label() + "-" + v.suffix()).containsExactly(
        "redis-sliding-aof-no", "redis-sliding-aof-everysec", "redis-sliding-aof-always",
        "postgres-sliding-fsync-off", "postgres-sliding-fsync-on");
    assertThat(full.durabilityAxis()).allMatch(v -> v.target().writes());
    assertThat(full.estimatedSecondsPerTarget() * full.targets().size()
        + full.estimatedSecondsPerVariant() * full.durabilityAxis().size()).isLessThanOrEqualTo(13 * 60);
    assertThat(full.costRate()).isEqualTo(full.rates().get(0));
  }

  @Test
  void smoke_sweepsNothing() {
    assertThat(LoadPlan.forProfile(BenchmarkProfile.SMOKE).targets()).isEmpty();
  }
}

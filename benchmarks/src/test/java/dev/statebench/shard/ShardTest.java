package dev.statebench.shard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShardTest {

  @Test
  void slices_partitionTheRunWhateverTheShardCount() {
    List<Integer> items = IntStream.range(0, 17).boxed().toList();
    for (int count = 1; count <= 6; count++) {
      List<Integer> union = new ArrayList<>();
      for (int index = 1; index <= count; index++) {
        List<Integer> slice = new Shard(index, count).slice(items);
        // round robin: sizes differ by at most one (17 items over 5 shards: 4, 4, 3, 3, 3)
        assertThat(slice.size()).isBetween(items.size() / count, items.size() / count + 1);
        union.addAll(slice);
      }
      assertThat(union).containsExactlyInAnyOrderElementsOf(items);
    }
  }

  @Test
  void slice_isTheSameOnEveryMachine() {
    List<String> items = List.of("a", "b", "c", "d", "e", "f", "g");

    assertThat(Shard.parse("2/3").slice(items)).containsExactly("b", "e");
    assertThat(Shard.parse(" 3/3 ").slice(items)).containsExactly("c", "f");
  }

  @Test
  void shardsOutsideOneToN_orMalformed_areRefusedNamingTheFlag() {
    assertThatThrownBy(() -> Shard.parse("0/3")).hasMessageContaining("outside").hasMessageContaining("--shard");
    assertThatThrownBy(() -> Shard.parse("4/3")).hasMessageContaining("outside");
    assertThatThrownBy(() -> Shard.parse("1/0")).hasMessageContaining("at least 1 shard");
    assertThatThrownBy(() -> Shard.parse("two/3")).hasMessageContaining("K/N");
    assertThat(Shard.parse("1/1").whole()).isTrue();
  }
}

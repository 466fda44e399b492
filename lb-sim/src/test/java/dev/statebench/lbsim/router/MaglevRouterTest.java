package dev.statebench.lbsim.router;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statebench.lbsim.model.RandomStream;
import org.junit.jupiter.api.Test;

class MaglevRouterTest {

  @Test
  void populate_reproducesThePapersTable1() {
    // Eisenbud et al. 2016, Table 1, M = 7: (offset, skip) = B0 (3, 4), B1 (0, 2), B2 (3, 1)
    // permutations B0: 3 0 4 1 5 2 6, B1: 0 2 4 6 1 3 5, B2: 3 4 5 6 0 1 2
    // turns: B0→3, B1→0, B2→4 (3 taken), B0→1 (0, 4 taken), B1→2, B2→5, B0→6 (5, 2 taken): B1 B0 B1 B0 B2 B2 B0
    assertThat(MaglevRouter.populate(new int[] {3, 0, 3}, new int[] {4, 2, 1}, 7))
        .containsExactly(1, 0, 1, 0, 2, 2, 0);
    // after B1 is removed the table becomes B0 B0 B0 B0 B2 B2 B2 (indexes 0 = B0, 1 = B2 in the shorter list)
    assertThat(MaglevRouter.populate(new int[] {3, 3}, new int[] {4, 1}, 7))
        .containsExactly(0, 0, 0, 0, 1, 1, 1);
  }

  @Test
  void populate_givesEveryBackendFloorOrCeilingOfMOverN() {
    RandomStream random = new RandomStream(5);
    int tableSize = 65537;
    for (int n : new int[] {1, 3, 7, 100, 1000}) {
      int[] offsets = new int[n];
      int[] skips = new int[n];
      for (int i = 0; i < n; i++) {
        offsets[i] = random.nextInt(tableSize);
        skips[i] = random.nextInt(tableSize - 1) + 1;
      }
      int[] counts = new int[n];
      for (int owner : MaglevRouter.populate(offsets, skips, tableSize)) {
        counts[owner]++;
      }
      for (int count : counts) {
        assertThat(count).as("n = %d", n).isBetween(tableSize / n, (tableSize + n - 1) / n);
      }
    }
  }

  @Test
  void nonPrimeTable_isRefusedNamingTheOption() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Fleets.router("maglev(table=65536)", Fleets.of(3)))
        .hasMessageContaining("option 'table'").hasMessageContaining("prime");
  }
}

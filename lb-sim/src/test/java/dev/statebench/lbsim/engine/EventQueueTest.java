package dev.statebench.lbsim.engine;

import dev.statebench.lbsim.model.RandomStream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

class EventQueueTest {

  @Test
  void events_leaveInTimeThenPriorityThenSchedulingOrder() {
    // few distinct times and priorities force many ties; the payload records the scheduling order
    EventQueue queue = new EventQueue(4);
    RandomStream random = new RandomStream(11);
    List<long[]> expected = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      long time = random.nextInt(50);
      int priority = random.nextInt(3);
      queue.push(time, priority, i);
      expected.add(new long[] {time, priority, i});
    }
    expected.sort(Comparator.<long[]>comparingLong(e -> e[0]).thenComparingLong(e -> e[1]).thenComparingLong(e -> e[2]));
    for (long[] e : expected) {
      queue.pop();
      assertThat(queue.poppedTime()).isEqualTo(e[0]);
      assertThat(queue.poppedPayload()).isEqualTo(e[2]);
    }
    assertThat(queue.isEmpty()).isTrue();
  }

  @Test
  void calendarBuckets_keepTheTotalOrderOfAPlainHeap() {
    // 16 ns buckets, 64 of them (a 1 µs horizon): events land in the heap, in buckets and beyond the horizon
    RandomStream random = new RandomStream(23);
    assertSameOrderAsAPlainHeap(new EventQueue(4, 4, 64),
        () -> random.nextInt(4) == 0 ? random.nextInt(5000) : random.nextInt(40), random);
  }

  @Test
  void narrowBucketsInSmallChunks_keepTheTotalOrderOfAPlainHeap() {
    // 8 ns buckets, 4-event chunks, one bucket straight to the heap: most events are bucketed, buckets span chunks
    RandomStream random = new RandomStream(29);
    assertSameOrderAsAPlainHeap(new EventQueue(4, new CalendarShape(3, 1024, 4, 1), 0),
        () -> random.nextInt(8) == 0 ? random.nextInt(20_000) : random.nextInt(200), random);
  }

  /**
   * Pushes (two in three operations) and pops the same events on {@code calendar} and on a plain heap (a calendar
   * whose one bucket never comes), then empties both: the result must equal the heap's (time, priority, sequence)
   * order exactly.
   */
  private static void assertSameOrderAsAPlainHeap(EventQueue calendar, LongSupplier delays, RandomStream random) {
    EventQueue plain = new EventQueue(4, 62, 2);
    long now = 0;
    for (int i = 0; i < 200_000; i++) {
      if (i % 3 != 2 || calendar.isEmpty()) {
        long delay = delays.getAsLong();
        int priority = random.nextInt(3);
        calendar.push(now + delay, priority, i);
        plain.push(now + delay, priority, i);
      } else {
        calendar.pop();
        plain.pop();
        assertThat(calendar.poppedTime()).isEqualTo(plain.poppedTime());
        assertThat(calendar.poppedPayload()).isEqualTo(plain.poppedPayload());
        now = calendar.poppedTime();
      }
    }
    while (!plain.isEmpty()) {
      calendar.pop();
      plain.pop();
      assertThat(calendar.poppedPayload()).isEqualTo(plain.poppedPayload());
    }
    assertThat(calendar.isEmpty()).isTrue();
  }

  @Test
  void laneEvents_leaveInTheOrderAPlainHeapGivesThem() {
    // lane 0 is an arrival stream (each pop of it schedules the next), lane 1 a rare tick; ties are frequent
    EventQueue lanes = EventQueue.withLanes(4, 2);
    EventQueue plain = new EventQueue(4, 62, 2);
    RandomStream random = new RandomStream(31);
    lanes.pushToLane(0, 3, 4, -1);
    plain.push(3, 4, -1);
    lanes.pushToLane(1, 10, 6, -2);
    plain.push(10, 6, -2);
    for (int i = 0; i < 100_000; i++) {
      lanes.pop();
      plain.pop();
      assertThat(lanes.poppedTime()).isEqualTo(plain.poppedTime());
      assertThat(lanes.poppedPayload()).isEqualTo(plain.poppedPayload());
      long now = lanes.poppedTime();
      long popped = lanes.poppedPayload();
      if (popped == -1 || popped == -2) {
        long next = now + (popped == -1 ? random.nextInt(8) : 10);
        int priority = popped == -1 ? 4 : 6;
        lanes.pushToLane(popped == -1 ? 0 : 1, next, priority, popped);
        plain.push(next, priority, popped);
      }
      if (popped < 0 || random.nextInt(2) == 0) {
        long next = now + random.nextInt(12);
        int priority = random.nextInt(5);
        lanes.push(next, priority, i);
        plain.push(next, priority, i);
      }
    }
    assertThat(lanes.size()).isEqualTo(plain.size());
  }

  @Test
  void aLaneHoldingAnEvent_refusesASecond() {
    EventQueue queue = EventQueue.withLanes(4, 1);
    queue.pushToLane(0, 5, 0, 1);
    assertThatThrownBy(() -> queue.pushToLane(0, 6, 0, 2)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("lane 0");
    queue.pop();
    assertThat(queue.isEmpty()).isTrue();
    assertThatThrownBy(queue::pop).isInstanceOf(IllegalStateException.class).hasMessageContaining("empty");
  }

  @Test
  void interleavedPushAndPop_neverGoesBackInTime() {
    // the hold model of the engine: pop the earliest, push one later
    EventQueue queue = new EventQueue(16);
    RandomStream random = new RandomStream(3);
    for (int i = 0; i < 1000; i++) {
      queue.push(random.nextInt(1000), 0, i);
    }
    long last = Long.MIN_VALUE;
    for (int i = 0; i < 100_000; i++) {
      queue.pop();
      assertThat(queue.poppedTime()).isGreaterThanOrEqualTo(last);
      last = queue.poppedTime();
      queue.push(last + random.nextInt(1000), random.nextInt(2), i);
    }
    assertThat(queue.size()).isEqualTo(1000);
  }
}

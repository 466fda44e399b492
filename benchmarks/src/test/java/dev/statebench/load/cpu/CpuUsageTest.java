package dev.statebench.load.cpu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CpuUsageTest {

  @Test
  void perRequest_dividesNanosecondsByRequestsInMicroseconds() {
    // 2.5 s of client CPU and 0.8 s of store CPU over 50,000 requests: 50 µs and 16 µs per request
    CpuUsage usage = new CpuUsage(2_500_000_000L, 0, 800_000_000L, "test");

    assertThat(usage.clientMicrosPerRequest(50_000)).isEqualTo(50.0);
    assertThat(usage.serverMicrosPerRequest(50_000)).isEqualTo(16.0);
  }

  @Test
  void coresPer100k_isMicrosPerRequestOverTen() {
    // 50 µs per request × 100,000 requests/s = 5 CPU-seconds per second = 5 cores
    assertThat(CpuUsage.coresPer100k(50)).isEqualTo(5.0);
    assertThat(CpuUsage.coresPer100k(16)).isEqualTo(1.6);
  }

  @Test
  void unmeasured_isNullNotZero() {
    CpuUsage usage = new CpuUsage(1_000_000L, 0, -1, "not measurable: remote");

    assertThat(usage.serverMicrosPerRequest(10)).isNull();
    assertThat(usage.clientMicrosPerRequest(0)).isNull();
    assertThat(CpuUsage.NONE.clientMicrosPerRequest(10)).isNull();
  }
}

package dev.statebench.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionDataCodecTest {
  private static final Instant CREATED = Instant.parse("2026-02-03T04:05:06.789Z");

  @Test
  void encodeThenDecode_givesTheSameSession() {
    SessionData data = new SessionData("ülrike", List.of("admin", "rôle"), CREATED, CREATED.plusMillis(1),
        new byte[] {0, 1, (byte) 0xFF});

    assertThat(SessionDataCodec.decode(SessionDataCodec.encode(data))).isEqualTo(data);
  }

  @Test
  void encoding_isCompactAndItsSizeIsKnownUpFront() {
    SessionData data = new SessionData("user-42", List.of("user", "editor"), CREATED, CREATED, new byte[0]);

    byte[] encoded = SessionDataCodec.encode(data);

    // 1 version + (1+7) user + 1 count + (1+4) + (1+6) roles + 16 times + 1 payload length = 39
    assertThat(encoded).hasSize(39);
    assertThat(SessionDataCodec.encodedSize(data)).isEqualTo(39);
  }

  @Test
  void payloadLengthsAcrossVarintBoundaries_roundTrip() {
    for (int size : new int[] {0, 127, 128, 16_383, 16_384, SessionData.MAX_PAYLOAD_BYTES}) {
      SessionData data = new SessionData("u", List.of(), CREATED, CREATED, filled(size));
      byte[] encoded = SessionDataCodec.encode(data);
      assertThat(encoded).hasSize(SessionDataCodec.encodedSize(data));
      assertThat(SessionDataCodec.decode(encoded)).as("payload of %d bytes", size).isEqualTo(data);
    }
  }

  @Test
  void truncatedBytes_areReportedAsCorrupt() {
    byte[] encoded = SessionDataCodec.encode(new SessionData("user", List.of("a"), CREATED, CREATED, filled(10)));

    for (int length = 0; length < encoded.length; length++) {
      byte[] truncated = Arrays.copyOf(encoded, length);
      assertThatThrownBy(() -> SessionDataCodec.decode(truncated)).isInstanceOf(CorruptSessionDataException.class);
    }
  }

  @Test
  void trailingBytesAndUnknownVersions_areReportedAsCorrupt() {
    byte[] encoded = SessionDataCodec.encode(new SessionData("user", List.of(), CREATED, CREATED, new byte[0]));
    byte[] longer = Arrays.copyOf(encoded, encoded.length + 1);
    byte[] otherVersion = encoded.clone();
    otherVersion[0] = 2;

    assertThatThrownBy(() -> SessionDataCodec.decode(longer)).isInstanceOf(CorruptSessionDataException.class)
        .hasMessageContaining("trailing");
    assertThatThrownBy(() -> SessionDataCodec.decode(otherVersion)).isInstanceOf(CorruptSessionDataException.class)
        .hasMessageContaining("version 2");
  }

  @Test
  void lengthsBeyondTheLimits_areRejectedWhenDecoding() {
    // version 1, user id length 0x7FFF (varint FF FF 01), far beyond 256 bytes
    byte[] hostile = {1, (byte) 0xFF, (byte) 0xFF, 0x01};

    assertThatThrownBy(() -> SessionDataCodec.decode(hostile)).isInstanceOf(CorruptSessionDataException.class)
        .hasMessageContaining("limit");
  }

  @Test
  void sessionData_enforcesItsLimits() {
    assertThatThrownBy(() -> new SessionData("", List.of(), CREATED, CREATED, new byte[0]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SessionData("x".repeat(257), List.of(), CREATED, CREATED, new byte[0]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SessionData("u", List.of(), CREATED, CREATED, new byte[SessionData.MAX_PAYLOAD_BYTES + 1]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SessionData("u", List.of(), CREATED, CREATED.minusMillis(1), new byte[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sessionData_keepsItsPayloadToItself() {
    byte[] payload = "abc".getBytes(StandardCharsets.UTF_8);
    SessionData data = new SessionData("u", List.of(), CREATED, CREATED, payload);

    payload[0] = 'z';
    data.payload()[1] = 'z';

    assertThat(data.payload()).isEqualTo("abc".getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] filled(int size) {
    byte[] bytes = new byte[size];
    Arrays.fill(bytes, (byte) 7);
    return bytes;
  }
}

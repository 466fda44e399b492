package dev.statebench.headers;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http2.DefaultHttp2Headers;
import io.netty.handler.codec.http2.DefaultHttp2HeadersDecoder;
import io.netty.handler.codec.http2.Http2Headers;
import org.junit.jupiter.api.Test;

/**
 * Header blocks computed by hand from RFC 7541 and compared with what Netty's encoder emits. Netty sends strings
 * shorter than 512 characters raw (no Huffman) and Huffman-codes longer ones when that is shorter.
 */
class HpackArithmeticTest {

  private static Http2Headers headers(String name, String value) {
    return new DefaultHttp2Headers().add(name, value);
  }

  private static HpackConnection connection(HpackIndexing indexing) {
    return new HpackConnection(HpackSettings.netty(indexing, HpackSettings.DEFAULT_TABLE_SIZE));
  }

  @Test
  void staticName_literalWithIncrementalIndexing_thenOneIndexByte() {
    HpackConnection connection = connection(HpackIndexing.INDEXED);
    // "authorization" is static entry 23: 01 010111 = 0x57 (RFC 7541 6.2.1, 6-bit prefix),
    // then H=0, length 10 in a 7-bit prefix = 0x0A, then the 10 raw bytes -> 12 bytes.
    byte[] first = connection.encode(headers("authorization", "Bearer abc"));
    assertThat(first).hasSize(12);
    assertThat(first[0]).isEqualTo((byte) 0x57);
    assertThat(first[1]).isEqualTo((byte) 0x0A);
    // Second request: the entry is dynamic index 62 (first after the 61 static entries): 1 1111110 = 0xBE.
    assertThat(connection.encode(headers("authorization", "Bearer abc"))).containsExactly(0xBE);
  }

  @Test
  void neverIndexed_resendsTheWholeLiteralEveryTime() {
    HpackConnection connection = connection(HpackIndexing.NEVER_INDEXED);
    // 0001 + 4-bit prefix holding 23: 15 does not fit, so 0x1F then 23 - 15 = 8 -> 0x08 (RFC 7541 5.1, 6.2.3);
    // then 0x0A and the 10 bytes -> 13 bytes, on every request.
    byte[] expected = {0x1F, 0x08, 0x0A, 'B', 'e', 'a', 'r', 'e', 'r', ' ', 'a', 'b', 'c'};
    assertThat(connection.encode(headers("authorization", "Bearer abc"))).containsExactly(expected);
    assertThat(connection.encode(headers("authorization", "Bearer abc"))).containsExactly(expected);
  }

  @Test
  void newName_literalWithNewName() {
    HpackConnection connection = connection(HpackIndexing.INDEXED);
    // 0x40, name length 9 + "x-session", value length 3 + "abc" = 1 + 1 + 9 + 1 + 3 = 15 bytes.
    byte[] first = connection.encode(headers("x-session", "abc"));
    assertThat(first).hasSize(15);
    assertThat(first[0]).isEqualTo((byte) 0x40);
    assertThat(first[1]).isEqualTo((byte) 9);
    assertThat(new HeaderField("x-session", "abc").hpackEntrySize()).isEqualTo(9 + 3 + 32);
  }

  @Test
  void longValue_isHuffmanCoded_shortValueIsNot() {
    HpackConnection connection = connection(HpackIndexing.NEVER_INDEXED);
    // 512 x 'a' (Huffman code 00011, 5 bits) = 2560 bits = 320 bytes; length 320 with H=1 in a 7-bit prefix:
    // 0xFF, then 320 - 127 = 193 -> 0xC1 0x01. Prefix 0x1F 0x08 -> 2 + 3 + 320 = 325 bytes.
    byte[] huffman = connection.encode(headers("authorization", "a".repeat(512)));
    assertThat(huffman).hasSize(325);
    assertThat(huffman[2] & 0xFF).isEqualTo(0xFF);
    // 511 x 'a' stays raw: length 511 = 0x7F, 384 -> 0x80 0x03; 2 + 3 + 511 = 516 bytes.
    assertThat(connection.encode(headers("authorization", "a".repeat(511)))).hasSize(516);
  }

  @Test
  void huffmanThresholdZero_codesShortValuesToo() {
    HpackConnection connection = new HpackConnection(
        new HpackSettings(HpackIndexing.NEVER_INDEXED, HpackSettings.DEFAULT_TABLE_SIZE, 0));
    // 8 x 'a' = 40 bits = 5 bytes, length byte 0x85: 2 + 1 + 5 = 8 bytes.
    byte[] block = connection.encode(headers("authorization", "aaaaaaaa"));
    assertThat(block).hasSize(8);
    assertThat(block[2]).isEqualTo((byte) 0x85);
  }

  @Test
  void entryOfExactlyTheTableSize_isIndexed_oneByteMoreIsNot() {
    // name 13 + value 4051 + 32 = 4096: fits the default table (evicting everything else).
    String fits = "a".repeat(4096 - 13 - 32);
    assertThat(new HeaderField("authorization", fits).hpackEntrySize()).isEqualTo(4096);
    HpackConnection connection = connection(HpackIndexing.INDEXED);
    connection.encode(headers("authorization", fits));
    assertThat(connection.encode(headers("authorization", fits))).hasSize(1);

    // 4097: larger than the table, Netty sends a literal without indexing (0000 + index 23 -> 0x0F 0x08) every time.
    String tooBig = fits + "a";
    HpackConnection other = connection(HpackIndexing.INDEXED);
    byte[] first = other.encode(headers("authorization", tooBig));
    byte[] second = other.encode(headers("authorization", tooBig));
    assertThat(second).containsExactly(first);
    assertThat(first[0]).isEqualTo((byte) 0x0F);
    assertThat(first[1]).isEqualTo((byte) 0x08);
  }

  @Test
  void tokenLargerThanTable_leavesOtherEntriesIndexed() {
    HpackConnection connection = connection(HpackIndexing.INDEXED);
    Http2Headers request = new DefaultHttp2Headers().add("x-a", "1").add("authorization", "a".repeat(5000));
    byte[] first = connection.encode(request);
    byte[] second = connection.encode(request);
    // x-a: 0x40 0x03 "x-a" 0x01 "1" = 7 bytes the first time, 1 byte (0xBE) after; the token costs the same twice.
    assertThat(first.length - second.length).isEqualTo(7 - 1);
    assertThat(second[0]).isEqualTo((byte) 0xBE);
  }

  @Test
  void largerTable_isAnnouncedOnceInTheFirstBlock() {
    HpackConnection connection = new HpackConnection(HpackSettings.netty(HpackIndexing.INDEXED, 65536));
    // Dynamic table size update 001 + 5-bit prefix: 0x3F, then 65536 - 31 = 65505 in 7-bit groups: 0xE1 0xFF 0x03.
    byte[] first = connection.encode(headers("authorization", "Bearer abc"));
    assertThat(first).hasSize(4 + 12);
    assertThat(first[0]).isEqualTo((byte) 0x3F);
    assertThat(connection.encode(headers("authorization", "Bearer abc"))).containsExactly(0xBE);
  }

  @Test
  void encodedBlocks_decodeBackWithNetty() throws Exception {
    HpackConnection connection = connection(HpackIndexing.INDEXED);
    DefaultHttp2HeadersDecoder decoder = new DefaultHttp2HeadersDecoder(true);
    RequestHead head = RequestHead.representative(AuthMode.OPAQUE_COOKIE, "AAAAAAAAAAAAAAAAAAAAAA");
    for (int i = 0; i < 3; i++) {
      byte[] block = connection.encode(head.http2Headers());
      Http2Headers decoded = decoder.decodeHeaders(1 + 2 * i, Unpooled.wrappedBuffer(block));
      assertThat(decoded.get("cookie").toString()).isEqualTo("sid=AAAAAAAAAAAAAAAAAAAAAA");
      assertThat(decoded.path().toString()).isEqualTo(RequestHead.PATH);
    }
  }
}

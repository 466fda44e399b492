package dev.statebench.headers;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http2.DefaultHttp2HeadersEncoder;
import io.netty.handler.codec.http2.Http2Exception;
import io.netty.handler.codec.http2.Http2Headers;

/**
 * The request-side HPACK state of one HTTP/2 connection, encoded by Netty's {@link DefaultHttp2HeadersEncoder}:
 * successive calls to {@link #encode} are successive requests sharing one dynamic table.
 *
 * <p>A table size other than the default is announced the way Netty does it: a dynamic table size update
 * (RFC 7541 section 6.3) at the start of the first header block.
 */
public final class HpackConnection {
  /** Netty's default size hint for the encoder's hash arrays; it affects speed, never the encoded bytes. */
  private static final int DYNAMIC_TABLE_HASH_HINT = 64;

  private final DefaultHttp2HeadersEncoder encoder;
  private int nextStreamId = 1;

  public HpackConnection(HpackSettings settings) {
    this.encoder = new DefaultHttp2HeadersEncoder(settings.indexing().detector(), false,
        DYNAMIC_TABLE_HASH_HINT, settings.huffmanThreshold());
    try {
      encoder.configuration().maxHeaderTableSize(settings.tableSize());
    } catch (Http2Exception e) {
      throw new IllegalArgumentException("invalid HPACK table size " + settings.tableSize(), e);
    }
  }

  /** Encodes the next request's header list and returns the header-block bytes (the HEADERS frame payload). */
  public byte[] encode(Http2Headers headers) {
    ByteBuf block = Unpooled.buffer();
    try {
      encoder.encodeHeaders(nextStreamId, headers, block);
      nextStreamId += 2;
      return ByteBufUtil.getBytes(block);
    } catch (Http2Exception e) {
      throw new IllegalStateException("Netty refused to encode a request header list", e);
    } finally {
      block.release();
    }
  }
}

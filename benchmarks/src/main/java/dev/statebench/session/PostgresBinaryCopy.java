package dev.statebench.session;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Writes session rows in PostgreSQL's binary {@code COPY} format (see "COPY — File Formats — Binary Format" in
 * the PostgreSQL manual): a fixed signature and header, then per row a 16-bit field count and each field as a
 * 32-bit length followed by its bytes, then a {@code -1} trailer. Binary COPY avoids escaping {@code bytea} as
 * hex text, which would double the bytes sent.
 *
 * <p>Row layout, matching {@code (id text, user_id text, data bytea, expires_at timestamptz)}; a
 * {@code timestamptz} travels as 64-bit microseconds since 2000-01-01 00:00 UTC.
 */
final class PostgresBinaryCopy implements AutoCloseable {
  private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
  private static final Instant POSTGRES_EPOCH = Instant.parse("2000-01-01T00:00:00Z");
  private static final short FIELDS = 4;

  private final DataOutputStream out;

  /** Starts a binary COPY stream on {@code sink} by writing the header. */
  PostgresBinaryCopy(OutputStream sink) throws IOException {
    this.out = new DataOutputStream(sink);
    out.write(SIGNATURE);
    out.writeInt(0); // flags: no OIDs
    out.writeInt(0); // header extension length
  }

  /** Writes one session row. */
  void writeRow(SessionId id, String userId, byte[] data, Instant expiresAt) throws IOException {
    out.writeShort(FIELDS);
    writeField(id.value().getBytes(StandardCharsets.US_ASCII));
    writeField(userId.getBytes(StandardCharsets.UTF_8));
    writeField(data);
    out.writeInt(8);
    out.writeLong(ChronoUnit.MICROS.between(POSTGRES_EPOCH, expiresAt));
  }

  /** Writes the trailer and flushes; the caller closes the underlying COPY stream. */
  void finish() throws IOException {
    out.writeShort(-1);
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }

  private void writeField(byte[] bytes) throws IOException {
    out.writeInt(bytes.length);
    out.write(bytes);
  }
}

package dev.statebench.session;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The compact binary form of {@link SessionData} that both stores keep (Redis value, PostgreSQL {@code bytea}).
 *
 * <p>Layout, version 1: one format-version byte; the user id as a length-prefixed UTF-8 string; the role count
 * and each role as a length-prefixed UTF-8 string; created and last-seen times as 8-byte big-endian epoch
 * milliseconds; the payload as a length-prefixed byte string. Lengths and counts are unsigned LEB128 varints
 * (one byte below 128). A user with two short roles and no payload takes about 40 bytes, against roughly 150
 * for the same fields as JSON. The version byte lets a later format coexist with stored sessions.
 *
 * <p>Stateless and thread-safe.
 */
public final class SessionDataCodec {
  /** The format written by {@link #encode(SessionData)}. */
  public static final byte VERSION = 1;

  private SessionDataCodec() {}

  /** Encodes a session into a fresh array of exactly {@link #encodedSize(SessionData)} bytes. */
  public static byte[] encode(SessionData data) {
    byte[] userId = data.userId().getBytes(StandardCharsets.UTF_8);
    List<byte[]> roles = new ArrayList<>(data.roles().size());
    for (String role : data.roles()) {
      roles.add(role.getBytes(StandardCharsets.UTF_8));
    }
    byte[] payload = data.payloadUnsafe();
    ByteBuffer out = ByteBuffer.allocate(size(userId, roles, payload));
    out.put(VERSION);
    putBytes(out, userId);
    putVarint(out, roles.size());
    roles.forEach(role -> putBytes(out, role));
    out.putLong(data.createdAt().toEpochMilli());
    out.putLong(data.lastSeenAt().toEpochMilli());
    putBytes(out, payload);
    return out.array();
  }

  /** The number of bytes {@link #encode(SessionData)} produces. */
  public static int encodedSize(SessionData data) {
    List<byte[]> roles = new ArrayList<>();
    data.roles().forEach(role -> roles.add(role.getBytes(StandardCharsets.UTF_8)));
    return size(data.userId().getBytes(StandardCharsets.UTF_8), roles, data.payloadUnsafe());
  }

  /**
   * Decodes what {@link #encode(SessionData)} wrote.
   *
   * @throws CorruptSessionDataException when the bytes are truncated, too long, of an unknown version, or
   *     violate the limits of {@link SessionData}
   */
  public static SessionData decode(byte[] bytes) {
    try {
      ByteBuffer in = ByteBuffer.wrap(bytes);
      byte version = in.get();
      if (version != VERSION) {
        throw new IllegalArgumentException("unknown format version " + version);
      }
      String userId = getString(in, SessionData.MAX_USER_ID_BYTES);
      int roleCount = getVarint(in, SessionData.MAX_ROLES);
      List<String> roles = new ArrayList<>(roleCount);
      for (int i = 0; i < roleCount; i++) {
        roles.add(getString(in, SessionData.MAX_ROLE_BYTES));
      }
      Instant createdAt = Instant.ofEpochMilli(in.getLong());
      Instant lastSeenAt = Instant.ofEpochMilli(in.getLong());
      byte[] payload = new byte[getVarint(in, SessionData.MAX_PAYLOAD_BYTES)];
      in.get(payload);
      if (in.hasRemaining()) {
        throw new IllegalArgumentException(in.remaining() + " trailing bytes");
      }
      return new SessionData(userId, roles, createdAt, lastSeenAt, payload);
    } catch (BufferUnderflowException e) {
      throw new CorruptSessionDataException("stored session is truncated (" + bytes.length + " bytes)", e);
    } catch (IllegalArgumentException e) {
      throw new CorruptSessionDataException("stored session is corrupt: " + e.getMessage(), e);
    }
  }

  private static int size(byte[] userId, List<byte[]> roles, byte[] payload) {
    int size = 1 + varintSize(userId.length) + userId.length + varintSize(roles.size()) + 16
        + varintSize(payload.length) + payload.length;
    for (byte[] role : roles) {
      size += varintSize(role.length) + role.length;
    }
    return size;
  }

  private static void putBytes(ByteBuffer out, byte[] bytes) {
    putVarint(out, bytes.length);
    out.put(bytes);
  }

  private static void putVarint(ByteBuffer out, int value) {
    int rest = value;
    while ((rest & ~0x7F) != 0) {
      out.put((byte) ((rest & 0x7F) | 0x80));
      rest >>>= 7;
    }
    out.put((byte) rest);
  }

  private static int varintSize(int value) {
    int size = 1;
    for (int rest = value >>> 7; rest != 0; rest >>>= 7) {
      size++;
    }
    return size;
  }

  private static String getString(ByteBuffer in, int maxBytes) {
    byte[] bytes = new byte[getVarint(in, maxBytes)];
    in.get(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static int getVarint(ByteBuffer in, int max) {
    int value = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      byte b = in.get();
      value |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        if (value < 0 || value > max) {
          throw new IllegalArgumentException("length " + value + " exceeds the limit " + max);
        }
        return value;
      }
    }
    throw new IllegalArgumentException("varint longer than 5 bytes");
  }
}

package dev.statebench.lbsim.shard;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.statebench.lbsim.metrics.TimeSeries;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.zip.DataFormatException;
import org.HdrHistogram.Histogram;

/**
 * Reads and writes {@link ShardFile}s as JSON. Doubles are written in Java's shortest round-trip form and histograms
 * in HdrHistogram's compressed encoding (Base64), so a result read back aggregates to exactly the bytes the unsharded
 * run writes.
 */
public final class ShardCodec {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new SimpleModule("lb-sim-shard")
          .addSerializer(Histogram.class, new HistogramSerializer())
          .addDeserializer(Histogram.class, new HistogramDeserializer())
          .addSerializer(TimeSeries.class, new TimeSeriesSerializer())
          .addDeserializer(TimeSeries.class, new TimeSeriesDeserializer()))
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private ShardCodec() {}

  public static void write(ShardFile shard, Writer writer) throws IOException {
    MAPPER.writeValue(writer, shard);
  }

  public static ShardFile read(Reader reader) throws IOException {
    return MAPPER.readValue(reader, ShardFile.class);
  }

  private static final class HistogramSerializer extends StdSerializer<Histogram> {
    HistogramSerializer() {
      super(Histogram.class);
    }

    @Override
    public void serialize(Histogram histogram, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
      int length = histogram.encodeIntoCompressedByteBuffer(buffer);
      byte[] bytes = new byte[length];
      buffer.flip();
      buffer.get(bytes);
      generator.writeString(Base64.getEncoder().encodeToString(bytes));
    }
  }

  private static final class HistogramDeserializer extends StdDeserializer<Histogram> {
    HistogramDeserializer() {
      super(Histogram.class);
    }

    @Override
    public Histogram deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      byte[] bytes = Base64.getDecoder().decode(parser.getValueAsString());
      try {
        return Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(bytes), 0);
      } catch (DataFormatException e) {
        throw new IOException("not an HdrHistogram encoding: " + e.getMessage(), e);
      }
    }
  }

  /** A time series as {@code windowNanos} and one row per window. */
  private record SeriesRow(double[] outstanding, double[] utilization, double[] requests, double[] sessions,
      double[] live, double logins, double failed) {}

  private static final class TimeSeriesSerializer extends StdSerializer<TimeSeries> {
    TimeSeriesSerializer() {
      super(TimeSeries.class);
    }

    @Override
    public void serialize(TimeSeries series, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      generator.writeStartObject();
      generator.writeNumberField("windowNanos", series.windowNanos());
      generator.writeArrayFieldStart("windows");
      for (int w = 0; w < series.windows(); w++) {
        provider.defaultSerializeValue(new SeriesRow(series.outstanding(w), series.utilization(w),
            series.requests(w), series.sessions(w), series.live(w), series.logins(w), series.failed(w)), generator);
      }
      generator.writeEndArray();
      generator.writeEndObject();
    }
  }

  private static final class TimeSeriesDeserializer extends StdDeserializer<TimeSeries> {
    TimeSeriesDeserializer() {
      super(TimeSeries.class);
    }

    @Override
    public TimeSeries deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      JsonNode node = parser.readValueAsTree();
      TimeSeries series = new TimeSeries(node.required("windowNanos").asLong());
      for (JsonNode window : node.required("windows")) {
        SeriesRow row = context.readTreeAsValue(window, SeriesRow.class);
        series.add(row.outstanding(), row.utilization(), row.requests(), row.sessions(), row.live(), row.logins(),
            row.failed());
      }
      return series;
    }
  }
}

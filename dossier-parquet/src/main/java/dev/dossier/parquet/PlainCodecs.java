package dev.dossier.parquet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.xerial.snappy.Snappy;

/**
 * Parquet page codecs without Hadoop: parquet-hadoop's own factory builds a Hadoop {@code
 * Configuration} for every compressed page, which needs Hadoop's XML parser and more. Reads and
 * writes uncompressed, Snappy (Spark's default) and gzip pages; other codecs are refused with their
 * name. Thread-safe.
 */
final class PlainCodecs implements CompressionCodecFactory {

  static final PlainCodecs INSTANCE = new PlainCodecs();

  private PlainCodecs() {}

  @Override
  public BytesInputCompressor getCompressor(CompressionCodecName codec) {
    check(codec);
    return new BytesInputCompressor() {
      @Override
      public BytesInput compress(BytesInput bytes) throws IOException {
        byte[] in = bytes.toByteArray();
        return BytesInput.from(switch (codec) {
          case SNAPPY -> Snappy.compress(in);
          case GZIP -> gzip(in);
          default -> in;
        });
      }

      @Override
      public CompressionCodecName getCodecName() {
        return codec;
      }

      @Override
      public void release() {}
    };
  }

  @Override
  public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
    check(codec);
    return new BytesInputDecompressor() {
      @Override
      public BytesInput decompress(BytesInput bytes, int uncompressedSize) throws IOException {
        return BytesInput.from(uncompress(codec, bytes.toByteArray(), uncompressedSize));
      }

      @Override
      public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int uncompressedSize)
          throws IOException {
        byte[] in = new byte[compressedSize];
        input.get(in);
        output.put(uncompress(codec, in, uncompressedSize));
      }

      @Override
      public void release() {}
    };
  }

  @Override
  public void release() {}

  private static void check(CompressionCodecName codec) {
    switch (codec) {
      case UNCOMPRESSED, SNAPPY, GZIP -> { }
      default -> throw new UnsupportedOperationException("Parquet pages compressed with " + codec
          + " cannot be read here (uncompressed, snappy and gzip can; Spark writes snappy unless "
          + "spark.sql.parquet.compression.codec says otherwise)");
    }
  }

  private static byte[] uncompress(CompressionCodecName codec, byte[] in, int size) throws IOException {
    byte[] out = switch (codec) {
      case SNAPPY -> Snappy.uncompress(in);
      case GZIP -> {
        try (GZIPInputStream z = new GZIPInputStream(new java.io.ByteArrayInputStream(in))) {
          yield z.readAllBytes();
        }
      }
      default -> in;
    };
    if (out.length != size) {
      throw new IOException(codec + " page holds " + out.length + " bytes, its header says " + size);
    }
    return out;
  }

  private static byte[] gzip(byte[] in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream(in.length / 2 + 16);
    try (GZIPOutputStream z = new GZIPOutputStream(b)) {
      z.write(in);
    }
    return b.toByteArray();
  }
}

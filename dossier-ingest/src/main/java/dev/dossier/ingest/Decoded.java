package dev.dossier.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text decoded from bytes, noting whether the bytes were valid.
 *
 * @param text the decoded text, with U+FFFD for each malformed sequence and no byte-order mark
 * @param firstMalformedByte offset of the first malformed byte, or -1 if the input was valid
 */
record Decoded(String text, long firstMalformedByte) {

  boolean malformed() {
    return firstMalformedByte >= 0;
  }

  /** Decodes UTF-8, replacing malformed input and remembering where it began. */
  static Decoded utf8(byte[] bytes) {
    CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    String text;
    long bad = -1;
    try {
      text = strict.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      bad = firstBad(bytes);
      text = new String(bytes, StandardCharsets.UTF_8);
    }
    if (!text.isEmpty() && text.charAt(0) == '\ufeff') {
      text = text.substring(1);
    }
    return new Decoded(text, bad);
  }

  private static long firstBad(byte[] bytes) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(Math.max(16, bytes.length));
    var r = d.decode(in, out, true);
    return r.isError() ? in.position() : 0;
  }
}

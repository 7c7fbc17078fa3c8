package dev.retort.config;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** RFC 3986 percent-decoding, where '+' stays '+' (unlike form encoding). */
final class PercentDecoder {
    private PercentDecoder() {
    }

    /** Decodes {@code s}; on a malformed escape returns what {@code onError} gives, or throws it if it is an exception. */
    static <T> String decode(String s, Supplier<T> onError) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                int hi = i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
                int lo = hi >= 0 ? Character.digit(s.charAt(i + 2), 16) : -1;
                if (lo < 0) {
                    T error = onError.get();
                    if (error instanceof RuntimeException e) {
                        throw e;
                    }
                    return null;
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                int cp = s.codePointAt(i);
                byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
                i += Character.charCount(cp) - 1;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}

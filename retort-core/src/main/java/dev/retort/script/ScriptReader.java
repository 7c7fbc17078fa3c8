package dev.retort.script;

import dev.retort.error.ErrorCode;
import dev.retort.error.ScriptException;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads one script file's header (one read of the file, no compiler). */
final class ScriptReader {

    private ScriptReader() {
    }

    /** The format a file name declares, or empty for a file that is not a script. */
    static Optional<ScriptFormat> formatOf(String fileName) {
        if (fileName.startsWith(".") || fileName.startsWith("__")) {
            return Optional.empty();
        }
        for (ScriptFormat f : FORMATS) {
            String ext = f.extension();
            int dot = fileName.length() - ext.length() - 1;
            if (dot > 0 && fileName.charAt(dot) == '.' && fileName.regionMatches(true, dot + 1, ext, 0, ext.length())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    private static final ScriptFormat[] FORMATS = ScriptFormat.values();

    /** A script, and the bytes its header was read from (for its checksum). */
    record Read(Script script, byte[] bytes) {
    }

    /**
     * Reads {@code files} (scripts, in the order wanted), skipping what is not a regular file (a folder named like a
     * script) when {@code regularOnly}. Many are read on the common fork-join pool; the first file in order that
     * fails is the one reported, however the reads were spread.
     */
    static List<Read> readAll(List<Path> files, boolean regularOnly) {
        List<Read> scripts = new ArrayList<>(files.size());
        for (Read r : InParallel.map(files, f -> regularOnly && !Files.isRegularFile(f) ? null
                : readWithBytes(f, formatOf(f.getFileName().toString()).orElseThrow()))) {
            if (r != null) {
                scripts.add(r);
            }
        }
        return scripts;
    }

    static Script read(Path file, ScriptFormat format) {
        return readWithBytes(file, format).script();
    }

    static Read readWithBytes(Path file, ScriptFormat format) {
        byte[] bytes = readBytes(file);
        String text = decode(file, bytes);
        ScriptHeader header = format == ScriptFormat.JAVA
                ? JavaHeaderReader.read(file, text)
                : SqlScriptParser.header(file, text);
        return new Read(new Script(file, format, header), bytes);
    }

    /** The file as UTF-8 text; SCRIPT error when it cannot be read or decoded. */
    static String readText(Path file) {
        return decode(file, readBytes(file));
    }

    static String decode(Path file, byte[] bytes) {
        // The common case, valid UTF-8, in one pass; the strict decoder only to tell a bad file from one that
        // holds U+FFFD itself.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ScriptException(ErrorCode.SCRIPT, file, 0, "is not valid UTF-8 text; save it as UTF-8");
        }
    }

    static byte[] readBytes(Path file) {
        try {
            if (file.getFileSystem() == FileSystems.getDefault()) {
                // A third less time than Files.readAllBytes for a folder of short scripts (fewer objects per file).
                try (FileInputStream in = new FileInputStream(file.toString())) {
                    return in.readAllBytes();
                }
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ScriptException(ErrorCode.SCRIPT, file, 0, "cannot read the script: " + e, e);
        }
    }
}

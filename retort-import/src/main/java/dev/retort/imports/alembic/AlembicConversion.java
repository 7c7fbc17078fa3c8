package dev.retort.imports.alembic;

import java.util.List;

/**
 * One Alembic revision file converted to a Retort Java script.
 *
 * @param file         what the Python file declares
 * @param javaSource   the script's text
 * @param translated   statements translated to op calls
 * @param untranslated file lines of the statements kept as Python (the script throws until they are translated)
 */
public record AlembicConversion(AlembicRevisionFile file, String javaSource, int translated, List<Integer> untranslated) {

    /** Converts {@code source}, the text of the Alembic revision file {@code fileName}; {@code className} names the class. */
    public static AlembicConversion convert(String fileName, String source,
            java.util.function.Function<AlembicRevisionFile, String> className) {
        AlembicRevisionFile file;
        try {
            file = AlembicRevisionFile.parse(fileName, source);
        } catch (dev.retort.imports.python.PySyntaxException e) {
            throw new IllegalArgumentException(fileName + " line " + e.line() + ": " + e.getMessage());
        }
        OpTranslator.MethodBody up = OpTranslator.translate(fileName, file.sourceLines(), file.upgrade());
        OpTranslator.MethodBody down = OpTranslator.translate(fileName, file.sourceLines(), file.downgrade());
        List<Integer> untranslated = new java.util.ArrayList<>(up.untranslated());
        untranslated.addAll(down.untranslated());
        return new AlembicConversion(file, JavaScriptRenderer.render(file, className.apply(file), up, down),
                up.translated() + down.translated(), List.copyOf(untranslated));
    }
}

package dev.retort.imports.alembic;

import java.util.List;
import java.util.stream.Collectors;

/** A Retort Java script, as {@code retort revision} writes one, with translated bodies. */
final class JavaScriptRenderer {
    private JavaScriptRenderer() {
    }

    static String render(AlembicRevisionFile file, String className, OpTranslator.MethodBody upgrade,
            OpTranslator.MethodBody downgrade) {
        String bodies = String.join("\n", upgrade.lines()) + "\n" + String.join("\n", downgrade.lines());
        StringBuilder b = new StringBuilder();
        b.append("import dev.retort.Migration;\nimport dev.retort.Op;\nimport dev.retort.Revision;\n");
        if (bodies.contains("ConstraintKind.")) {
            b.append("import dev.retort.schema.ConstraintKind;\n");
        }
        if (bodies.contains("List.of(")) {
            b.append("import java.util.List;\n");
        }
        b.append("\nimport static dev.retort.Ddl.*;\n\n");
        b.append("@Revision(id = ").append(JavaText.literal(file.revision()));
        annotationList(b, "revises", file.revises());
        annotationList(b, "dependsOn", file.dependsOn());
        annotationList(b, "branchLabels", file.branchLabels());
        b.append(",\n        message = ").append(JavaText.literal(file.message()))
                .append(", created = ").append(JavaText.literal(file.created())).append(")\n");
        b.append("class ").append(className).append(" implements Migration {\n\n");
        method(b, "upgrade", upgrade);
        b.append('\n');
        method(b, "downgrade", downgrade);
        if (!upgrade.untranslated().isEmpty() || !downgrade.untranslated().isEmpty()) {
            b.append("""

                        /** Stops a migration that still holds Python nobody has translated. */
                        private static void untranslated(String where) {
                            throw new IllegalStateException("Imported from Alembic and not translated: " + where
                                    + "; write the commented Python as op calls, then remove the untranslated(...) line");
                        }
                    """);
        }
        return b.append("}\n").toString();
    }

    private static void annotationList(StringBuilder b, String name, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        b.append(", ").append(name).append(" = ");
        b.append(values.size() == 1 ? JavaText.literal(values.get(0)) : "{" + JavaText.literals(values) + "}");
    }

    private static void method(StringBuilder b, String name, OpTranslator.MethodBody body) {
        b.append("    @Override\n    public void ").append(name).append("(Op op) throws Exception {\n");
        String text = body.lines().stream().collect(Collectors.joining("\n"));
        for (String line : text.split("\n", -1)) {
            if (!body.lines().isEmpty()) {
                b.append(line.isEmpty() ? "" : "        " + line).append('\n');
            }
        }
        b.append("    }\n");
    }
}

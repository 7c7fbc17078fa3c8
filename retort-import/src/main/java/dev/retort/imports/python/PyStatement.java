package dev.retort.imports.python;

import java.util.ArrayList;
import java.util.List;

/** A statement: its first logical line and, for a compound statement ({@code def}, {@code with}), its body. */
public record PyStatement(LogicalLine header, List<PyStatement> body) {
    public PyStatement {
        body = List.copyOf(body);
    }

    /** The statements of a module, nested by indentation. */
    public static List<PyStatement> parseModule(String source) {
        List<LogicalLine> lines = PyLexer.lines(source);
        List<PyStatement> out = new ArrayList<>();
        int[] index = {0};
        while (index[0] < lines.size()) {
            out.add(statement(lines, index));
        }
        return out;
    }

    private static PyStatement statement(List<LogicalLine> lines, int[] index) {
        LogicalLine header = lines.get(index[0]++);
        List<PyStatement> body = new ArrayList<>();
        if (header.opensBlock()) {
            while (index[0] < lines.size() && lines.get(index[0]).indent() > header.indent()) {
                body.add(statement(lines, index));
            }
        }
        return new PyStatement(header, body);
    }

    /** The first and last physical line of the statement, body included. */
    public int lastLine() {
        return body.isEmpty() ? header.lastLine() : body.get(body.size() - 1).lastLine();
    }

    public int firstLine() {
        return header.firstLine();
    }
}

package dev.retort.op;

/**
 * A CHECK constraint, as a table element: {@code check("positive_limit", "monthly_token_limit > 0")}. A model
 * names it {@code ck_<table>_<name>} (a name already so prefixed is kept); a script uses the name as written.
 *
 * @param expression SQL, as written for the database
 */
public record CheckDef(String name, String expression) implements TableElement {
    public CheckDef {
        TableAssembly.required(expression, "expression");
    }
}

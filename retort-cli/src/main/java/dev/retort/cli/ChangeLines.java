package dev.retort.cli;

/**
 * A difference of {@code Diff.changes()} ({@code + column users.phone}) as Alembic's autogenerate prints it
 * ({@code Detected added column 'users.phone'}).
 */
final class ChangeLines {
    private ChangeLines() {
    }

    static String detected(String change) {
        if (change.length() < 3 || change.charAt(1) != ' ' || "+-~".indexOf(change.charAt(0)) < 0) {
            return "Detected " + change;
        }
        String verb = switch (change.charAt(0)) {
            case '+' -> "added";
            case '-' -> "removed";
            default -> "changed";
        };
        String rest = change.substring(2);
        for (String kind : new String[] {"table ", "column "}) {
            if (rest.startsWith(kind)) {
                String tail = rest.substring(kind.length());
                int space = tail.indexOf(' ');
                String name = space < 0 ? tail : tail.substring(0, space);
                String detail = space < 0 ? "" : tail.substring(space + 1);
                if (kind.equals("column ") && detail.startsWith("type ") && detail.contains(" -> ")) {
                    String[] fromTo = detail.substring("type ".length()).split(" -> ", 2);
                    return "Detected type change from " + fromTo[0] + " to " + fromTo[1] + " on '" + name + "'";
                }
                detail = detail.isEmpty() ? "" : ": " + detail;
                return "Detected " + verb + " " + kind + "'" + name + "'" + detail;
            }
        }
        return "Detected " + verb + " " + rest;
    }
}

package dev.retort.revision;

import java.util.Collection;
import java.util.Iterator;

/** Formats lists of ids for one-line messages, cut short so ten thousand heads stay readable. */
final class Names {
    private static final int SHOWN = 10;

    private Names() {
    }

    /** {@code a, b, c}, or {@code a, b, ... and 12 more}. */
    static String list(Collection<String> names) {
        StringBuilder out = new StringBuilder();
        Iterator<String> it = names.iterator();
        for (int i = 0; it.hasNext(); i++) {
            String name = it.next();
            if (i == SHOWN) {
                out.append(", ... and ").append(names.size() - SHOWN).append(" more");
                break;
            }
            if (i > 0) {
                out.append(", ");
            }
            out.append(name);
        }
        return out.toString();
    }
}

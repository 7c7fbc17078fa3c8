package dev.retort.schema;

/** Precondition checks shared by the schema records. */
final class Names {
    private Names() {
    }

    static String require(String name, String what) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a " + what + " needs a name");
        }
        return name;
    }
}

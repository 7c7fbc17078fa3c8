package dev.retort;

/** How {@link Retort#graph(GraphFormat, boolean)} draws the revision graph. */
public enum GraphFormat {
    /** Lanes in the terminal, newest first, as {@code git log --graph}. */
    TEXT,
    /** A Mermaid {@code flowchart}, for Markdown documents. */
    MERMAID,
    /** Graphviz DOT. */
    DOT
}

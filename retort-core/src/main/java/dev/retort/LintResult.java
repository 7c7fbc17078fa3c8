package dev.retort;

import java.util.List;

/**
 * What {@link Retort#lint(String)} found.
 *
 * @param findings      the findings no {@code retort:allow} silenced, by revision (oldest first) and line
 * @param silenced      the findings a {@code retort:allow} silenced
 * @param unusedAllows  the {@code retort:allow} comments that silenced nothing, as findings of rule {@code unused-allow}
 */
public record LintResult(List<LintFinding> findings, List<LintFinding> silenced, List<LintFinding> unusedAllows) {
    public LintResult {
        findings = List.copyOf(findings);
        silenced = List.copyOf(silenced);
        unusedAllows = List.copyOf(unusedAllows);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity().equals("error"));
    }

    /** Errors or warnings: what {@code lint --strict} fails on. */
    public boolean hasWarnings() {
        return findings.stream().anyMatch(f -> !f.severity().equals("notice")) || !unusedAllows.isEmpty();
    }
}

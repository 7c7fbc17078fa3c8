package dev.retort.lint;

import dev.retort.LintFinding;
import dev.retort.LintResult;
import dev.retort.dialect.Dialect;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code retort lint}: each revision's upgrade read statement by statement ({@link StatementRules}), its downgrade
 * checked for being there, and {@code retort:allow RULE reason} comments ({@code --} in SQL, {@code //} in Java)
 * silencing the first finding of RULE at or after their line, and a Java script's {@code @Allow(rule, reason)}
 * every finding of its rule; an allow that silences nothing is reported.
 */
public final class Linter {
    private static final Pattern ALLOW = Pattern.compile("(?:--|//)\\s*retort:allow\\s+([a-z-]+)(.*)");

    private final Dialect dialect;

    public Linter(Dialect dialect) {
        this.dialect = dialect;
    }

    public LintResult lint(List<LintInput> scripts) {
        List<LintFinding> findings = new ArrayList<>();
        List<LintFinding> silenced = new ArrayList<>();
        List<LintFinding> unused = new ArrayList<>();
        for (LintInput script : scripts) {
            List<LintFinding> own = new ArrayList<>();
            StatementRules rules = new StatementRules(dialect.lintProfile(), dialect.sqlSyntax(), script.transactional(),
                    hit -> own.add(new LintFinding(hit.rule(), hit.severity(), script.revision(), script.file(), hit.line(),
                            hit.message(), hit.fix())));
            script.upgrade().forEach(rules::check);
            downgrade(script, own);
            own.sort(Comparator.comparingInt(LintFinding::line));
            applyAllows(script, own, silenced, unused);
            applySilences(script, own, silenced, unused);
            findings.addAll(own);
        }
        return new LintResult(findings, silenced, unused);
    }

    private static void downgrade(LintInput script, List<LintFinding> out) {
        String fix = "write the downgrade that undoes the upgrade, and run 'retort verify' to prove it";
        if (script.downgradeFails() != null) {
            out.add(new LintFinding("empty-downgrade", "warning", script.revision(), script.file(), 0,
                    "the downgrade only raises: " + script.downgradeFails(), fix));
        } else if (script.downgrade().isEmpty() && !script.upgrade().isEmpty()) {
            out.add(new LintFinding("empty-downgrade", "warning", script.revision(), script.file(), 0,
                    "the downgrade does nothing, so 'retort downgrade' would leave this change in place", fix));
        }
    }

    /** Removes from {@code own} every finding of an {@code @Allow}'s rule; an annotation that silences nothing is reported. */
    private static void applySilences(LintInput script, List<LintFinding> own, List<LintFinding> silenced,
                                      List<LintFinding> unused) {
        for (LintInput.Silence allow : script.silences()) {
            List<LintFinding> hits = allow.reason().isBlank() ? List.of()
                    : own.stream().filter(f -> f.rule().equals(allow.rule())).toList();
            own.removeAll(hits);
            silenced.addAll(hits);
            if (hits.isEmpty()) {
                unused.add(new LintFinding("unused-allow", "warning", script.revision(), script.file(), allow.line(),
                        "@Allow(rule = \"" + allow.rule() + "\") " + (allow.reason().isBlank()
                                ? "gives no reason, so it silences nothing" : "silences nothing in this script"),
                        "remove it, or name the rule as 'retort lint' prints it"));
            }
        }
    }

    /** Removes from {@code own} what an allow silences; the allows left over go to {@code unused}. */
    private static void applyAllows(LintInput script, List<LintFinding> own, List<LintFinding> silenced,
                                    List<LintFinding> unused) {
        if (!script.text().contains("retort:allow")) {
            return;
        }
        String[] lines = script.text().split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            Matcher m = ALLOW.matcher(lines[n]);
            if (!m.find()) {
                continue;
            }
            String rule = m.group(1);
            int line = n + 1;
            LintFinding hit = own.stream().filter(f -> f.rule().equals(rule) && (f.line() >= line || f.line() == 0))
                    .findFirst().orElse(null);
            if (hit != null && !m.group(2).isBlank()) {
                own.remove(hit);
                silenced.add(hit);
            } else {
                unused.add(new LintFinding("unused-allow", "warning", script.revision(), script.file(), line,
                        m.group(2).isBlank() ? "retort:allow " + rule + " gives no reason, so it silences nothing"
                                : "retort:allow " + rule + " silences nothing here",
                        "remove it, or move it just above the statement it is meant for"));
            }
        }
    }
}

package dev.retort.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.AutoComplete;

/**
 * Writes the bash completion script ({@code retort_completion}, zsh too through {@code bashcompinit}): picocli's
 * {@link AutoComplete} for commands and options, plus revision ids, branch labels ({@code label@head}) and
 * {@code head}, {@code heads}, {@code base} for the TARGET and REV arguments, read from the project the shell is in
 * with {@code retort history --output json}. The build runs it into {@code target/retort_completion}.
 *
 * <pre>
 * java -cp retort.jar dev.retort.cli.Completion target/retort_completion
 * source target/retort_completion    # then: retort upgrade &lt;TAB&gt;
 * </pre>
 */
public final class Completion {
    /** The commands whose positional arguments are revisions. */
    static final String REVISION_COMMANDS = "upgrade downgrade stamp show merge";

    private Completion() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "retort_completion");
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.writeString(out, script(), StandardCharsets.UTF_8);
    }

    /** The whole script: picocli's, then the revision completion wrapped around it. */
    static String script() {
        PrintStream nowhere = new PrintStream(java.io.OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        Invocation invocation = new Invocation(Path.of("."), Map.of(), nowhere, nowhere, new Secrets());
        String generated = AutoComplete.bash("retort", CommandLines.create(invocation));
        return generated + REVISIONS;
    }

    // After picocli's function: when the word being completed is a positional argument of a command that takes a
    // revision, offer the project's revisions (ids, label@head) and the symbolic targets as well.
    private static final String REVISIONS = """

            # Revisions for TARGET/REV arguments (added by Retort): ids, label@head, head, heads, base.
            function _retort_revisions() {
              local json
              json=$(retort history --output json 2>/dev/null) || json=""
              grep -o '"id":"[^"]*"' <<<"$json" | cut -d'"' -f4
              grep -o '"branchLabels":\\[[^]]*\\]' <<<"$json" | sed 's/"branchLabels"://' | grep -o '"[^"]*"' \\
                | tr -d '"' | sed 's/$/@head/' | sort -u
              printf '%%s\\n' head heads base
            }

            function _complete_retort_with_revisions() {
              _complete_retort "$@"
              local cmd="${COMP_WORDS[1]}" cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}"
              case " %s " in *" $cmd "*) ;; *) return 0 ;; esac
              [[ "$cur" == -* ]] && return 0
              case "$prev" in -c|--config|--url|-x|-m|--message|--rev-id|--lock-timeout|--wait|--output|--format) return 0 ;; esac
              COMPREPLY+=( $(compgen -W "$(_retort_revisions)" -- "$cur") )
            }

            complete -F _complete_retort_with_revisions -o default retort retort.sh retort.bash
            """.formatted(REVISION_COMMANDS);
}

# The matches zsh's completion offers for a command line, one a line: zsh zsh-complete.zsh SCRIPT 'retort upg'.
# A real interactive zsh on a pseudo-terminal (zpty) sources SCRIPT, then TAB is pressed after the words;
# compadd is wrapped to print each match it is given.
zmodload zsh/zpty
{ sleep 60; kill $$ } </dev/null >/dev/null 2>&1 &!
zpty z zsh -f -i
zpty -w z "PROMPT='' ; RPROMPT=''"
zpty -w z "source ${(q)1}"
zpty -w z 'compadd () { if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd "$@"; return $?; fi; typeset -a __hits; builtin compadd -A __hits "$@"; print -rl -- "<<${^__hits[@]}>>"; }'
zpty -w z "zstyle ':completion:*' list-grouped false; zstyle ':completion:*' insert-tab false; bindkey '^I' complete-word"
zpty -w z "print -r -- RE''ADY"
zpty -r z line '*READY*'
# TAB, then (typed ahead, read once completion is done) a fresh line and a marker that ends the output.
zpty -n -w z "$2"$'\t'$'\C-e\C-u'"print -r -- DO''NE"$'\n'
zpty -r z out '*DONE*'
print -r -- "$out" | grep -o '<<[^>]*>>' | sed 's/^<<//; s/>>$//' | sort -u
zpty -d z

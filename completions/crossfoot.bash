# bash completion for crossfoot(1). Installed as share/bash-completion/completions/crossfoot.

# The catalogue's rule names, from the catalogue beside the crossfoot that runs.
_crossfoot_catalogue() {
  local bin dir
  bin=$(command -v crossfoot 2>/dev/null) || return
  bin=$(readlink -f "$bin")
  for dir in ${CROSSFOOT_RULES_PATH//:/ } "${bin%/*}/../share/crossfoot/rules" \
    "${bin%/*}/share/crossfoot/rules"; do
    [ -d "$dir" ] || continue
    for f in "$dir"/*.rules; do
      [ -e "$f" ] && f=${f##*/} && printf '%s\n' "${f%.rules}"
    done
  done
}

_crossfoot() {
  local cur prev command
  COMPREPLY=()
  cur=${COMP_WORDS[COMP_CWORD]}
  prev=${COMP_WORDS[COMP_CWORD - 1]}
  command=${COMP_WORDS[1]}
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=($(compgen -W "check extract init watch lint --help --version" -- "$cur"))
    return
  fi
  local drafts='@(md|markdown|txt|docx|docm|html|htm|xhtml)'
  case "$prev" in
    --rules)
      COMPREPLY=($(compgen -W "$(_crossfoot_catalogue)" -- "$cur"))
      COMPREPLY+=($(compgen -f -X '!*.rules' -- "$cur") $(compgen -d -- "$cur"))
      return ;;
    --draft)
      COMPREPLY=($(compgen -f -X "!*.$drafts" -- "$cur") $(compgen -d -- "$cur"))
      return ;;
    --format)
      case "$command" in
        extract) COMPREPLY=($(compgen -W "toml json" -- "$cur")) ;;
        *) COMPREPLY=($(compgen -W "text json junit sarif github html" -- "$cur")) ;;
      esac
      return ;;
    --fail-on) COMPREPLY=($(compgen -W "error warning info" -- "$cur")); return ;;
    --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
    --output | --figures | --rules-file) COMPREPLY=($(compgen -f -- "$cur")); return ;;
    --debounce | --max-findings) return ;;
  esac
  local options
  case "$command" in
    check) options="--rules --draft --format --max-findings --fail-on --verbose --implied
                    --no-diagnose --color --output --help" ;;
    extract) options="--format --output --help" ;;
    init) options="--rules --figures --rules-file --help" ;;
    watch) options="--rules --output --debounce --no-diagnose --help" ;;
    lint) options="--help" ;;
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$options" -- "$cur"))
    return
  fi
  shopt -s extglob
  case "$command" in
    check) COMPREPLY=($(compgen -f -X '!*.toml' -- "$cur") $(compgen -d -- "$cur")) ;;
    lint) COMPREPLY=($(compgen -f -X '!*.rules' -- "$cur") $(compgen -d -- "$cur")) ;;
    extract | init | watch)
      COMPREPLY=($(compgen -f -X "!*.$drafts" -- "$cur") $(compgen -f -X '!*.toml' -- "$cur")
        $(compgen -d -- "$cur")) ;;
  esac
}

complete -o filenames -F _crossfoot crossfoot

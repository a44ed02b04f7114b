# bash completion for twostep-cli
# Options and format names come from the installed program's own --help, so they cannot drift
# from it (tests/cli/CliContractTests.cpp checks this script against every command's --help).

# The options a command's --help lists ("  -o, --output <FILE>  ..." gives -o and --output).
_twostep_cli_options()
{
    "$1" "$2" --help 2>/dev/null | sed -n 's/^  \(-[^ ,]*\)\(, \(--[^ ]*\)\)\{0,1\}.*/\1 \3/p'
}

# The names on a command's "Formats: a, b, c." help line (import: the importer registry).
_twostep_cli_formats()
{
    "$1" "$2" --help 2>/dev/null | sed -n 's/^Formats: //p' | tr -d ',.'
}

_twostep_cli()
{
    local cur prev words cword
    _init_completion || return

    local program=${words[0]}
    local commands="code scan qr init list add show edit rename rm passwd import export status merge"
    if [[ $cword -eq 1 ]]; then
        COMPREPLY=($(compgen -W "$commands --help --version" -- "$cur"))
        return
    fi
    local command=${words[1]}

    case $prev in
        --algorithm) COMPREPLY=($(compgen -W "SHA1 SHA256 SHA512" -- "$cur")); return ;;
        --type) COMPREPLY=($(compgen -W "totp hotp steam" -- "$cur")); return ;;
        --format) COMPREPLY=($(compgen -W "$(_twostep_cli_formats "$program" "$command")" -- "$cur")); return ;;
        --vault|-o|--output|--source-password-file|--image) _filedir; return ;;
        --secret|--uri) COMPREPLY=($(compgen -W "-" -- "$cur")); return ;;
        --digits|--period|--time|--window|--counter|--issuer|--name|--arn|--kdf-memory|--kdf-iterations|--kdf-parallelism) return ;;
    esac

    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$(_twostep_cli_options "$program" "$command")" -- "$cur"))
        return
    fi
    case $command in
        scan) _filedir '@(png|jpg|jpeg|bmp|gif|webp)' ;;
        import|merge) _filedir ;;
    esac
}
complete -F _twostep_cli twostep-cli

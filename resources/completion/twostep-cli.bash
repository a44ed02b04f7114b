# bash completion for twostep-cli
_twostep_cli()
{
    local cur prev words cword
    _init_completion || return

    local commands="code scan qr init list add show rename rm passwd import export status"
    if [[ $cword -eq 1 ]]; then
        COMPREPLY=($(compgen -W "$commands --help --version" -- "$cur"))
        return
    fi

    case $prev in
        --algorithm) COMPREPLY=($(compgen -W "SHA1 SHA256 SHA512" -- "$cur")); return ;;
        --type) COMPREPLY=($(compgen -W "totp hotp steam" -- "$cur")); return ;;
        --format)
            if [[ ${words[1]} == export ]]; then
                COMPREPLY=($(compgen -W "twostep aegis-json uri qr migration-qr" -- "$cur"))
            else
                COMPREPLY=($(compgen -W "aegis 2fas andotp freeotp-plus bitwarden-json bitwarden-csv ente proton stratum uri-list google-migration twostep" -- "$cur"))
            fi
            return ;;
        --vault|-o|--output|--source-password-file|--image) _filedir; return ;;
        --secret|--uri|--digits|--period|--time|--window|--counter|--issuer|--name) return ;;
    esac

    local options="--help --vault --password-stdin"
    case ${words[1]} in
        code) options+=" --secret --uri --type --algorithm --digits --period --counter --time --window" ;;
        scan) options="--help --expand"; _filedir '@(png|jpg|jpeg|bmp|gif|webp)' ;;
        qr) options+=" --uri -o" ;;
        add) options+=" --uri --secret --issuer --name --type --algorithm --digits --period --counter --image" ;;
        list) options+=" --json" ;;
        show) options+=" --reveal" ;;
        import) options+=" --format --source-password-file --dry-run"; _filedir ;;
        export) options+=" --format -o --i-know-this-is-plaintext" ;;
        status) options="--help --vault" ;;
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
    fi
}
complete -F _twostep_cli twostep-cli

package main

import (
	"fmt"
	"io"

	"github.com/urfave/cli/v2"
)

// Bash and zsh complete by asking the binary itself: urfave/cli answers
// --generate-bash-completion (App.EnableBashCompletion) with the commands
// or flags that fit, so the scripts need no update when a flag is added.
const bashCompletion = `# bash completion for quotecheck; load with: source <(quotecheck completion bash)
_quotecheck_complete() {
	local cur="${COMP_WORDS[COMP_CWORD]}"
	local -a words=("${COMP_WORDS[@]:0:COMP_CWORD}")
	local candidates
	if [[ "$cur" == -* ]]; then
		candidates=$("${words[@]}" "$cur" --generate-bash-completion 2>/dev/null)
	else
		candidates=$("${words[@]}" --generate-bash-completion 2>/dev/null)
	fi
	COMPREPLY=($(compgen -W "$candidates" -- "$cur"))
}
complete -o bashdefault -o default -F _quotecheck_complete quotecheck
`

const zshCompletion = `#compdef quotecheck
# zsh completion for quotecheck; load with: source <(quotecheck completion zsh)
_quotecheck() {
	local -a candidates
	local cur="${words[CURRENT]}"
	if [[ "$cur" == -* ]]; then
		candidates=("${(@f)$(${words[@]:0:CURRENT-1} "$cur" --generate-bash-completion 2>/dev/null)}")
	else
		candidates=("${(@f)$(${words[@]:0:CURRENT-1} --generate-bash-completion 2>/dev/null)}")
	fi
	if (( ${#candidates} )) && [[ -n "${candidates[1]}" ]]; then
		_describe 'quotecheck' candidates
	else
		_files
	fi
}
compdef _quotecheck quotecheck
`

// completionCommand is `quotecheck completion bash|zsh|fish`: the script
// that teaches the shell quotecheck's commands and flags.
func completionCommand(e env) *cli.Command {
	return &cli.Command{
		Name:      "completion",
		Usage:     "print the shell completion script for bash, zsh or fish",
		ArgsUsage: "bash|zsh|fish",
		Action: func(c *cli.Context) error {
			shell := c.Args().First()
			if c.NArg() != 1 {
				return fmt.Errorf("completion: name one shell: bash, zsh or fish")
			}
			switch shell {
			case "bash":
				_, err := io.WriteString(e.stdout, bashCompletion)
				return err
			case "zsh":
				_, err := io.WriteString(e.stdout, zshCompletion)
				return err
			case "fish":
				// urfave/cli writes fish's static completions itself.
				script, err := c.App.ToFishCompletion()
				if err != nil {
					return fmt.Errorf("completion fish: %w", err)
				}
				_, err = io.WriteString(e.stdout, script)
				return err
			}
			return fmt.Errorf("completion: unknown shell %q (want bash, zsh or fish)", shell)
		},
	}
}

import type { Command } from "commander";

/** "path words" -> what may follow them: subcommands and options, from the commander tree itself. */
function completions(command: Command, path: string[] = []): [string, string[]][] {
	const words = [
		...command.commands.map((sub) => sub.name()),
		...command.options.map((option) => option.long ?? option.short ?? ""),
		"--help",
	].filter(Boolean);
	return [[path.join(" "), words], ...command.commands.flatMap((sub) => completions(sub, [...path, sub.name()]))];
}

/**
 * A completion script for bash or zsh (zsh through bashcompinit): the longest known command path
 * among the words typed so far chooses the candidates.
 */
export function completionScript(program: Command, shell: "bash" | "zsh"): string {
	const cases = completions(program)
		.map(([path, words]) => `\t\t"${path}") words="${words.join(" ")}" ;;`)
		.join("\n");
	const body = `_solidarity_complete() {
	local current="\${COMP_WORDS[COMP_CWORD]}" path="" candidate="" words=""
	local i
	for ((i = 1; i < COMP_CWORD; i++)); do
		candidate="\${path:+$path }\${COMP_WORDS[i]}"
		case "$candidate" in
${completions(program)
	.map(([path]) => path)
	.filter(Boolean)
	.map((path) => `\t\t"${path}") path="$candidate" ;;`)
	.join("\n")}
		esac
	done
	case "$path" in
${cases}
	esac
	COMPREPLY=($(compgen -W "$words" -- "$current"))
}
complete -F _solidarity_complete solidarity`;
	return shell === "zsh" ? `autoload -U +X bashcompinit && bashcompinit\n${body}` : body;
}

// One figure of a benchmark, printed beside its goal and collected by bench/run-all.ts into
// bench/results.json, so runs can be compared by name from one to the next.
import { appendFileSync } from "node:fs";

export interface BenchFigure {
	name: string;
	value: number;
	unit: string;
	goal: string;
	holds: boolean;
}

/** A goal as a bound: "max" holds when value <= target (or < with strict), "min" when value >= target. */
export interface Goal {
	bound: "max" | "min";
	target: number;
	strict?: boolean;
}

export interface MeasuredFigure extends BenchFigure {
	/** Missed by more than 50% of the goal: the bench run as a whole fails. */
	farOff: boolean;
}

export const below = (target: number): Goal => ({ bound: "max", target, strict: true });
export const atMost = (target: number): Goal => ({ bound: "max", target });
export const atLeast = (target: number): Goal => ({ bound: "min", target });

/** A figure printed for the record, with no goal of its own. */
export const noGoal: Goal = { bound: "max", target: Number.POSITIVE_INFINITY };

function describe(goal: Goal): string {
	if (goal.target === Number.POSITIVE_INFINITY) return "none";
	if (goal.bound === "min") return `≥ ${goal.target}`;
	return `${goal.strict ? "<" : "≤"} ${goal.target}`;
}

export function measure(name: string, value: number, unit: string, goal: Goal): MeasuredFigure {
	const rounded = Number(value.toFixed(3));
	const holds =
		goal.bound === "min" ? rounded >= goal.target : goal.strict ? rounded < goal.target : rounded <= goal.target;
	// A goal of 0 (no 429s) has no 50% band, so any miss of it counts as far off.
	// A figure that could not be measured (NaN) misses by any margin.
	const farOff =
		Number.isNaN(rounded) || (goal.bound === "min" ? rounded < goal.target / 1.5 : rounded > goal.target * 1.5);
	return { name, value: rounded, unit, goal: describe(goal), holds, farOff };
}

/** Prints the figure beside its goal and hands it to run-all through BENCH_RESULTS_FILE. */
export function report(figure: MeasuredFigure | BenchFigure): void {
	const verdict = figure.holds ? "holds" : "MISSED";
	process.stdout.write(
		`  ${figure.name.padEnd(40)} ${String(figure.value).padStart(10)} ${figure.unit.padEnd(8)} goal ${figure.goal.padEnd(10)} ${verdict}\n`,
	);
	const file = process.env.BENCH_RESULTS_FILE;
	if (file) appendFileSync(file, `${JSON.stringify({ farOff: false, ...figure })}\n`);
}

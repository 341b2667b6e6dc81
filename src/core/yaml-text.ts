import { CORE_SCHEMA, dump, load } from "js-yaml";

// js-yaml rather than the `yaml` package: it reads the statement files at start-up in a quarter of the
// time (16 ms against 66 ms for the seeds, cold), and start-up waits on them. The YAML 1.2 core schema
// on both sides, as the files are written for it: no dates, no yes/no booleans, no merge keys.

/** The data a YAML text holds; an empty text holds null. Throws on invalid YAML, with the place in its message. */
export function parseYamlText(text: string): unknown {
	return load(text, { schema: CORE_SCHEMA }) ?? null;
}

/** A YAML text that parseYamlText reads back as `value`; fields left undefined are left out. */
export function yamlText(value: unknown): string {
	return dump(value, { schema: CORE_SCHEMA, lineWidth: -1, noRefs: true, skipInvalid: true });
}

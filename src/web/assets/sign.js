// Typing to filter the country list: the select stays a plain select that works without this file.
const select = document.querySelector("select#country");
const filter = document.querySelector("input#country-filter");
if (select && filter) {
	filter.hidden = false;
	const options = [...select.options].filter((option) => option.value !== "");
	const fold = (text) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
	filter.addEventListener("input", () => {
		const typed = fold(filter.value.trim());
		let first;
		for (const option of options) {
			const shown = typed === "" || fold(option.textContent).includes(typed) || option.value.toLowerCase() === typed;
			option.hidden = !shown;
			if (shown && !first) first = option;
		}
		if (first && typed !== "") select.value = first.value;
	});
}

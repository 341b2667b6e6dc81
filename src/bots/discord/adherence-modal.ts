import {
	type APIActionRowComponent,
	type APIModalInteractionResponseCallbackData,
	type APITextInputComponent,
	ComponentType,
	type ModalSubmitInteraction,
	TextInputStyle,
} from "discord.js";
import { fieldLimits } from "../../core/adherences/adherence.js";
import type { Locale } from "../../core/i18n/locale.js";
import { messages } from "../../core/i18n/messages.js";

/** The modal's custom id carries the statement, so a submit after a restart still knows it. */
export const adherenceModalPrefix = "adhere-modal:";

type Field = "organization" | "abbreviation" | "country" | "contact" | "confirmation";

function input(
	field: Field,
	locale: Locale,
	required: boolean,
	maxLength: number,
): APIActionRowComponent<APITextInputComponent> {
	const text = messages(locale).adherenceForm;
	return {
		type: ComponentType.ActionRow,
		components: [
			{
				type: ComponentType.TextInput,
				custom_id: field,
				label: text[field],
				style: TextInputStyle.Short,
				required,
				max_length: maxLength,
				...(field === "confirmation" ? { placeholder: text.confirmationHint } : {}),
			},
		],
	};
}

export function adherenceModal(statementId: string, locale: Locale): APIModalInteractionResponseCallbackData {
	return {
		custom_id: `${adherenceModalPrefix}${statementId}`,
		title: messages(locale).adherenceForm.title,
		components: [
			input("organization", locale, true, fieldLimits.name),
			input("abbreviation", locale, false, fieldLimits.abbreviation),
			input("country", locale, true, 60),
			input("contact", locale, false, fieldLimits.email),
			input("confirmation", locale, true, 10),
		],
	};
}

/** A semicolon would split the one-line form into other fields; inside a name it can only be a comma. */
const field = (modal: ModalSubmitInteraction, id: Field) =>
	modal.fields.getTextInputValue(id).replaceAll(";", ",").trim();

/** The modal as the core's one-line adherence, so every check stays in the core. */
export function adherenceLine(modal: ModalSubmitInteraction): { line: string; confirmed: boolean } | undefined {
	if (!modal.customId.startsWith(adherenceModalPrefix)) return undefined;
	const statementId = modal.customId.slice(adherenceModalPrefix.length);
	const abbreviation = field(modal, "abbreviation") || "-";
	const contact = field(modal, "contact");
	const line = `/adhere ${statementId} ${field(modal, "organization")}; ${abbreviation}; ${field(modal, "country")}${contact ? `; ${contact}` : ""}`;
	const confirmed = /^(y|yes|s|si|sí|ok)$/i.test(field(modal, "confirmation").replace(/[.!]+$/, ""));
	return { line, confirmed };
}

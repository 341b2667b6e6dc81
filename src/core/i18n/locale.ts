import { z } from "zod";

export const supportedLocales = ["en", "es"] as const;
export const localeSchema = z.enum(supportedLocales);
export type Locale = z.infer<typeof localeSchema>;

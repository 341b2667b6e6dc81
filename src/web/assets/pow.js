// The proof-of-work widget without inline scripts or bundled blob workers, so the page keeps a
// strict Content-Security-Policy: the widget and its worker are files of this site.
import "/assets/altcha/altcha.js";

globalThis.$altcha.algorithms.set("PBKDF2/SHA-256", () => new Worker("/assets/altcha/workers/pbkdf2.js"));

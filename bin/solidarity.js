#!/usr/bin/env node
// The operators' CLI. TypeScript runs through tsx's loader, so there is no build step to forget.
import { register } from "tsx/esm/api";

register();
await import("../src/cli/solidarity-cli.ts");

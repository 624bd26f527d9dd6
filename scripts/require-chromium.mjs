// @ts-check
// The browser tests use the system Chromium (never a downloaded one). Fail in one line when it is missing.
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(CHROMIUM)) {
  console.error(`No Chromium at ${CHROMIUM}: install it with "sudo apt-get install chromium" (Debian/Ubuntu), or set CHROMIUM_PATH.`);
  process.exit(1);
}

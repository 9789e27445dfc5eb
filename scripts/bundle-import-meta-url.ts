// Injected into the CommonJS bundle by scripts/bundle-cli.ts: what `import.meta.url` becomes there.
import { pathToFileURL } from 'node:url';

export const __yuanBundleUrl = pathToFileURL(__filename).href;

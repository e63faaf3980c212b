import { readFileSync } from "node:fs";

/** The tool's version, from package.json: it goes into every manifest and provenance column. */
export const VERSION: string = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version;

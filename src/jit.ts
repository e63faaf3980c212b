import { setFlagsFromString } from "node:v8";

/**
 * Triples V8's budget before TurboFan optimises a function (default 67,584): at the default V8 keeps
 * recompiling warm library code (compromise, kuromoji), ~2 s CPU per 1,000 documents. Measured: 5-10%
 * less wall time on 1,000 and 5,000 documents, one or two workers, same output. Flags are per process,
 * so the CLI imports this first and the workers, started later, inherit it.
 */
setFlagsFromString("--interrupt-budget=200000");

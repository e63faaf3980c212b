import { setFlagsFromString } from "node:v8";

/**
 * V8's profiler budget before a function is optimised by TurboFan, three times its default
 * (67,584). leakset runs a great deal of library code (compromise's tagger, kuromoji) that is warm
 * but not hot: at the default, V8 keeps compiling and recompiling it on helper threads, about 2 s of
 * CPU per 1,000 documents, which a second worker then competes with. With the larger budget only
 * code that stays hot is optimised. Measured with alternating runs over 1,000 and 5,000 benchmark
 * documents: 5-10% less wall-clock time with one worker and with two, the same output bytes. V8
 * flags are per process, so every worker thread started afterwards has it too: the command line
 * imports this first, and its workers start only when a run begins.
 */
setFlagsFromString("--interrupt-budget=200000");

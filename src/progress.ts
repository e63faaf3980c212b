import cliProgress from "cli-progress";

/** Shows progress on a stream: a live bar on a terminal, a plain line now and then otherwise. */
export interface Progress {
  update(done: number, total: number, file: string): void;
  stop(): void;
}

/** Seconds between plain lines when standard error is not a terminal (a log file, CI). */
const PLAIN_EVERY_MS = 5000;

/** A progress display on `stream`: a cli-progress bar redrawn in place on a terminal (it handles width, ETA and throttling), else a plain line every few seconds. */
export function createProgress(stream: NodeJS.WriteStream, isTty: boolean): Progress {
  if (isTty) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format: "{bar} {value}/{total} documents | {rate}/s | {eta_formatted} left | {file}",
        barsize: 30,
        hideCursor: true,
        clearOnComplete: true,
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    );
    const started = Date.now();
    let begun = false;
    return {
      update(done, total, file) {
        if (!begun) {
          bar.start(total, 0, { rate: "0", file: "" });
          begun = true;
        }
        const rate = (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1);
        bar.update(done, { rate, file: file.length > 40 ? "…" + file.slice(-39) : file });
      },
      stop() {
        if (begun) bar.stop();
      },
    };
  }
  const started = Date.now();
  let last = 0;
  return {
    update(done, total) {
      const now = Date.now();
      if (now - last < PLAIN_EVERY_MS && done !== total) return;
      last = now;
      const secs = (now - started) / 1000;
      const rate = done / Math.max(0.001, secs);
      const left = rate > 0 ? Math.round((total - done) / rate) : 0;
      stream.write(`leakset: ${done}/${total} documents, ${rate.toFixed(1)}/s, about ${left} s left\n`);
    },
    stop() {},
  };
}

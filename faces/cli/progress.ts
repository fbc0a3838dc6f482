// A progress bar on stderr for long work; silent when stderr is not a terminal or the work is quick.
import cliProgress from 'cli-progress';

/** Milliseconds of work before a bar appears: short runs print nothing. */
const delayMs = 700;

/** Returns an onProgress callback for the library, and a function to clear the bar when done. */
export function progressBar(enabled: boolean): {
  onProgress: (stage: string, done: number, total: number) => void;
  stop: () => void;
} {
  if (!enabled || !process.stderr.isTTY) return { onProgress: () => {}, stop: () => {} };
  const started = Date.now();
  let bar: cliProgress.SingleBar | undefined;
  let stage = '';
  let stageStarted = started;
  let stageStartDone = 0;
  return {
    onProgress(name, done, total) {
      if (!bar && Date.now() - started < delayMs) return;
      if (!bar || name !== stage) {
        stage = name;
        stageStarted = Date.now();
        stageStartDone = done;
      }
      // Units per second since the stage began: articles/s while ingesting, pairs/s while comparing.
      const seconds = (Date.now() - stageStarted) / 1000;
      const rate = seconds > 0.5 ? ((done - stageStartDone) / seconds).toFixed(0) : '…';
      if (!bar) {
        bar = new cliProgress.SingleBar(
          {
            stream: process.stderr,
            format: '{stage} [{bar}] {value}/{total} {rate}/s {eta_formatted} left',
            clearOnComplete: true,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, done, { stage: name, rate });
      } else bar.setTotal(total);
      bar.update(done, { stage: name, rate });
    },
    stop: () => bar?.stop(),
  };
}

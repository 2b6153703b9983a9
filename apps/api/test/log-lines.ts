/**
 * The API's log lines while a spec runs: stdout and stderr are captured (jest spies, undone by
 * `jest.restoreAllMocks()`), and `entries()` parses the JSON ones (pino's).
 */
export function captureLogLines() {
  const lines: string[] = [];
  const capture = (chunk: string | Uint8Array) => {
    lines.push(...String(chunk).split('\n').filter(Boolean));
    return true;
  };
  jest.spyOn(process.stdout, 'write').mockImplementation(capture);
  jest.spyOn(process.stderr, 'write').mockImplementation(capture);
  return {
    lines,
    entries: () => lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, any>), // eslint-disable-line @typescript-eslint/no-explicit-any
  };
}

/** What stops an evaluation as a whole (no census table, missing sheet, bad standard), in zh-CN and English. */
export class JunhengError extends Error {
  constructor(
    readonly code: 'sheet-not-found' | 'no-table' | 'bad-standard',
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh} / ${en}`);
    this.name = 'JunhengError';
  }
}

/**
 * An in-memory fake of the Excel JavaScript API subset the Office.js adapter (src/office/) uses, strict where real
 * Excel is strict, so adapter tests fail where Excel would:
 * - a property read before `load()` + `context.sync()` throws PropertyNotLoaded;
 * - a sync whose request (JSON of queued writes) or response (JSON of loaded values) exceeds 5 MB throws, as Excel
 *   on the web does (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded);
 * - an address longer than 8 192 characters throws InvalidArgument;
 * - APIs above the configured ExcelApi version throw ApiNotFound (so the adapter must ask isSetSupported);
 * - a string written to `values` is parsed like typed input: "=…" becomes a formula, "'…" stays literal text,
 *   "12" becomes a number, unless the cell's number format is "@" (Text);
 * - Excel.run throws when the batch ends with writes that were never synced.
 * It counts syncs and payloads. Plain TypeScript with no Node APIs: jest imports it, and the end-to-end test bundles
 * it into the task pane page (`installFakeOffice(globalThis, data)`).
 */

import { columnIndex, columnName } from '../../src/core/grid';
export type FakeValue = string | number | boolean;

export interface FakeCell {
  value: FakeValue;
  formula?: string;
  quotePrefix?: boolean;
  numberFormat: string;
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fontSize?: number;
  fontName?: string;
  underline?: string;
  hAlign?: string;
  vAlign?: string;
  wrap?: boolean;
  borders?: Record<string, string>;
  hyperlink?: { documentReference?: string; address?: string; textToDisplay?: string; screenTip?: string };
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface FakeConditionalFormat {
  id: number;
  rect: Rect;
  type: string;
  formula: string | null;
  fill: string | null;
  fontColor: string | null;
}

export interface FakeSheetData {
  name: string;
  /** rows[r][c]; null = empty. Strings are stored as typed text (no parsing). */
  rows?: (FakeValue | null)[][];
  /** A1 ranges, e.g. "A1:C1". */
  merges?: string[];
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
}

export interface FakeWorkbookData {
  sheets: FakeSheetData[];
}

export interface FakeOptions {
  /** Highest ExcelApi version the fake host supports (default "1.7", Office 2019). */
  excelApi?: string;
  /** Payload limit per sync, bytes (default 5 MB as in Excel on the web). */
  payloadLimit?: number;
  /** Longest address accepted (default 8 192 characters). */
  addressLimit?: number;
}

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
export const ADDRESS_LIMIT = 8192;

// ---------------------------------------------------------------------------------------------------------------
// Errors shaped like OfficeExtension.Error.

export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    location?: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
    this.debugInfo = { code, message, errorLocation: location };
  }
}

const fail = (code: string, message: string, location?: string): never => {
  throw new FakeOfficeError(code, message, location);
};

// ---------------------------------------------------------------------------------------------------------------
// Addresses.

/** Column letters: the core's own helpers (pure, so the fake stays browser-safe). */
export const colName = columnName;

const colIndex = columnIndex;

const MAX_ROW = 1048575;
const MAX_COL = 16383;

export function rectAddress(r: Rect): string {
  const a = `${colName(r.left)}${r.top + 1}`;
  const b = `${colName(r.right)}${r.bottom + 1}`;
  return a === b ? a : `${a}:${b}`;
}

function quoteName(name: string): string {
  return /^[A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "Sheet1!A1:B2" → { sheet, rect }. Accepts $, whole columns "C:D" and whole rows "3:4". */
export function parseAddress(address: string): { sheet: string | null; rect: Rect } {
  let s = address.trim();
  let sheet: string | null = null;
  const bang = s.lastIndexOf('!');
  if (bang >= 0) {
    sheet = s.slice(0, bang);
    if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    s = s.slice(bang + 1);
  }
  s = s.replace(/\$/g, '').toUpperCase();
  const parts = s.split(':');
  if (parts.length > 2 || !parts[0]) fail('InvalidArgument', `The argument is invalid or missing or has an incorrect format: ${address}`);
  const one = (p: string): { row: number | null; col: number | null } => {
    const m = /^([A-Z]{0,3})(\d*)$/.exec(p);
    if (!m || (!m[1] && !m[2])) return fail('InvalidArgument', `Invalid address ${address}`);
    return { col: m[1] ? colIndex(m[1]) : null, row: m[2] ? Number(m[2]) - 1 : null };
  };
  const a = one(parts[0]);
  const b = parts[1] ? one(parts[1]) : a;
  const rect: Rect = {
    top: Math.min(a.row ?? 0, b.row ?? 0),
    bottom: a.row === null ? MAX_ROW : Math.max(a.row, b.row ?? a.row),
    left: Math.min(a.col ?? 0, b.col ?? 0),
    right: a.col === null ? MAX_COL : Math.max(a.col, b.col ?? a.col),
  };
  if (rect.top < 0 || rect.left < 0 || rect.bottom > MAX_ROW || rect.right > MAX_COL) fail('InvalidArgument', `Invalid address ${address}`);
  return { sheet, rect };
}

const key = (r: number, c: number) => r * 16384 + c;

// ---------------------------------------------------------------------------------------------------------------
// The workbook state.

export class FakeSheet {
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  readonly cells = new Map<number, FakeCell>();
  merges: Rect[] = [];
  readonly columnWidths = new Map<number, number>();
  frozenRows = 0;
  conditionalFormats: FakeConditionalFormat[] = [];
  readonly changeHandlers: ((args: unknown) => unknown)[] = [];
  orientation: string | null = null;
  printTitleRows: string | null = null;
  tabColor: string | null = null;
  showGridlines = true;
  readonly id: string;
  private static nextId = 1;

  constructor(public name: string) {
    this.id = `{fake-sheet-${FakeSheet.nextId++}}`;
  }

  get(r: number, c: number): FakeCell | undefined {
    return this.cells.get(key(r, c));
  }

  ensure(r: number, c: number): FakeCell {
    let cell = this.cells.get(key(r, c));
    if (!cell) this.cells.set(key(r, c), (cell = { value: '', numberFormat: 'General' }));
    return cell;
  }

  /** The cell at an A1 address (undefined when never touched). */
  cell(address: string): FakeCell | undefined {
    const { rect } = parseAddress(address);
    return this.get(rect.top, rect.left);
  }

  value(address: string): FakeValue {
    return this.cell(address)?.value ?? '';
  }

  /** Bounding box of cells with a value (valuesOnly) or with anything at all. */
  usedRect(valuesOnly: boolean): Rect | null {
    let r: Rect | null = null;
    for (const [k, cell] of this.cells) {
      if (valuesOnly && cell.value === '' && !cell.formula) continue;
      const row = Math.floor(k / 16384);
      const col = k % 16384;
      if (!r) r = { top: row, bottom: row, left: col, right: col };
      else {
        r.top = Math.min(r.top, row);
        r.bottom = Math.max(r.bottom, row);
        r.left = Math.min(r.left, col);
        r.right = Math.max(r.right, col);
      }
    }
    return r;
  }

  /** Values as a grid from A1 to the used range's corner (for assertions). */
  grid(): FakeValue[][] {
    const u = this.usedRect(true);
    if (!u) return [];
    const out: FakeValue[][] = [];
    for (let r = 0; r <= u.bottom; r++) {
      const row: FakeValue[] = [];
      for (let c = 0; c <= u.right; c++) row.push(this.get(r, c)?.value ?? '');
      out.push(row);
    }
    return out;
  }
}

export interface FakeNamedItem {
  name: string;
  formula: string;
  comment: string;
  visible: boolean;
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  names: FakeNamedItem[] = [];
  activeSheet: FakeSheet | null = null;
  selection: { sheet: string; address: string } | null = null;

  sheet(name: string): FakeSheet {
    const s = this.find(name);
    if (!s) throw new Error(`fake workbook has no sheet ${name}`);
    return s;
  }

  find(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  visibleCount(): number {
    return this.sheets.filter((s) => s.visibility === 'Visible').length;
  }

  /**
   * What the user sees as the cell's fill: a conditional format whose rule is true wins over the cell's own fill.
   * Rules understood: `=<ref>=<n>` and `=INDEX(<name or ref>,ROW(),COLUMN())=<n>` / `=OFFSET(<name>,ROW()-1,COLUMN()-1)=<n>`
   * with optional `AND(...)` wrappers are evaluated; any other rule throws, so tests notice an unknown mechanism.
   */
  displayedFill(sheetName: string, address: string): string | null {
    const sheet = this.sheet(sheetName);
    const { rect } = parseAddress(address);
    const { top: r, left: c } = rect;
    for (const cf of sheet.conditionalFormats) {
      if (r < cf.rect.top || r > cf.rect.bottom || c < cf.rect.left || c > cf.rect.right) continue;
      if (cf.formula && this.evalRule(sheet, cf, r, c)) return cf.fill;
    }
    return sheet.get(r, c)?.fill ?? null;
  }

  private resolveRef(ref: string, from: FakeSheet): { sheet: FakeSheet; rect: Rect } {
    const named = this.names.find((n) => n.name.toLowerCase() === ref.toLowerCase());
    const target = named ? named.formula.replace(/^=/, '') : ref;
    const p = parseAddress(target);
    const sheet = p.sheet === null ? from : this.find(p.sheet);
    if (!sheet) throw new Error(`conditional format refers to a missing sheet: ${ref}`);
    return { sheet, rect: p.rect };
  }

  private evalRule(sheet: FakeSheet, cf: FakeConditionalFormat, r: number, c: number): boolean {
    const f = (cf.formula ?? '').replace(/\s+/g, '');
    let m = /^=(?:INDEX\(([^,()]+),ROW\(\),COLUMN\(\)\)|OFFSET\(([^,()]+),ROW\(\)-1,COLUMN\(\)-1\))=(-?\d+(?:\.\d+)?)$/i.exec(f);
    if (m) {
      const { sheet: s, rect } = this.resolveRef(m[1] ?? m[2], sheet);
      return s.get(rect.top + r, rect.left + c)?.value === Number(m[3]);
    }
    m = /^=((?:'(?:[^']|'')+'|[^!=]+)!)?\$?([A-Z]+)\$?(\d+)=(-?\d+(?:\.\d+)?)$/i.exec(f);
    if (m) {
      const s = m[1] ? this.resolveRef(`${m[1]}A1`, sheet).sheet : sheet;
      // Relative reference: offset from the rule's top-left cell.
      const r0 = Number(m[3]) - 1 + (r - cf.rect.top);
      const c0 = colIndex(m[2]) + (c - cf.rect.left);
      return s.get(r0, c0)?.value === Number(m[4]);
    }
    throw new Error(`fake Excel cannot evaluate the conditional format rule ${cf.formula}`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Typed-input parsing, as Excel does for `range.values = …`.

const DATE_RE = /^(\d{4})[-/年](\d{1,2})(?:[-/月](\d{1,2})日?|月)?$/;

function toSerial(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
}

function typed(cell: FakeCell, v: unknown): void {
  cell.formula = undefined;
  cell.quotePrefix = undefined;
  if (v === null || v === undefined) return; // null leaves the cell unchanged
  if (typeof v === 'number' || typeof v === 'boolean') {
    cell.value = v;
    return;
  }
  const s = String(v);
  if (cell.numberFormat === '@') {
    cell.value = s;
    return;
  }
  if (s.startsWith("'")) {
    cell.value = s.slice(1);
    cell.quotePrefix = true;
    return;
  }
  if (/^[=+@]/.test(s) || (s.startsWith('-') && s.length > 1 && !/^-\s*[\d.]+$/.test(s))) {
    cell.formula = s.startsWith('=') ? s : `=${s}`;
    cell.value = '#NAME?';
    return;
  }
  const t = s.trim();
  if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?%?$/.test(t)) {
    cell.value = t.endsWith('%') ? Number(t.slice(0, -1)) / 100 : Number(t);
    return;
  }
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) {
    cell.value = Number(t.replace(/,/g, ''));
    return;
  }
  if (/^(true|false)$/i.test(t)) {
    cell.value = t.toLowerCase() === 'true';
    return;
  }
  const d = DATE_RE.exec(t);
  if (d) {
    cell.value = toSerial(Number(d[1]), Number(d[2]), Number(d[3] ?? 1));
    if (cell.numberFormat === 'General') cell.numberFormat = 'yyyy/m/d';
    return;
  }
  cell.value = s;
}

// ---------------------------------------------------------------------------------------------------------------
// The client side: proxies that queue actions, and a request context that runs them on sync.

type Action = { bytes: number; run: () => number | void; where: string };

const jsonBytes = (v: unknown): number => {
  const s = JSON.stringify(v ?? null);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    n += code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
  }
  return n;
};

export interface FakeStats {
  syncs: number;
  runs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  totalRequestBytes: number;
  actions: number;
}

export class FakeExcelHost {
  readonly workbook = new FakeWorkbook();
  readonly stats: FakeStats = { syncs: 0, runs: 0, maxRequestBytes: 0, maxResponseBytes: 0, totalRequestBytes: 0, actions: 0 };
  readonly excelApi: string;
  readonly payloadLimit: number;
  readonly addressLimit: number;
  /** Every address string the adapter passed to getRange/getRanges (for the 8 192-character rule). */
  readonly addresses: string[] = [];
  private nextCf = 1;

  constructor(data: FakeWorkbookData, opts: FakeOptions = {}) {
    this.excelApi = opts.excelApi ?? '1.7';
    this.payloadLimit = opts.payloadLimit ?? PAYLOAD_LIMIT;
    this.addressLimit = opts.addressLimit ?? ADDRESS_LIMIT;
    for (const sd of data.sheets) {
      const s = new FakeSheet(sd.name);
      s.visibility = sd.visibility ?? 'Visible';
      (sd.rows ?? []).forEach((row, r) =>
        row.forEach((v, c) => {
          if (v !== null && v !== '') s.ensure(r, c).value = v;
        }),
      );
      s.merges = (sd.merges ?? []).map((m) => parseAddress(m).rect);
      this.workbook.sheets.push(s);
    }
    this.workbook.activeSheet = this.workbook.sheets[0] ?? null;
  }

  supports(name: string, version: string): boolean {
    if (name !== 'ExcelApi') return false;
    const [a1, b1] = this.excelApi.split('.').map(Number);
    const [a2, b2 = 0] = version.split('.').map(Number);
    return a1 > a2 || (a1 === a2 && b1 >= b2);
  }

  requireApi(version: string, what: string): void {
    if (!this.supports('ExcelApi', version)) fail('ApiNotFound', `${what} needs ExcelApi ${version}; this host has ${this.excelApi}`);
  }

  newCfId(): number {
    return this.nextCf++;
  }

  resetStats(): void {
    Object.assign(this.stats, { syncs: 0, runs: 0, maxRequestBytes: 0, maxResponseBytes: 0, totalRequestBytes: 0, actions: 0 });
    this.addresses.length = 0;
  }

  /** A user types into the sheet: values change and onChanged handlers fire. */
  async userEdit(sheetName: string, address: string, value: FakeValue): Promise<void> {
    const sheet = this.workbook.sheet(sheetName);
    const { rect } = parseAddress(address);
    typed(sheet.ensure(rect.top, rect.left), value);
    for (const h of [...sheet.changeHandlers]) {
      await h({ address: rectAddress(rect), worksheetId: sheet.id, changeType: 'RangeEdited', source: 'Local', type: 'WorksheetChanged' });
    }
  }

  /** The Excel namespace object to install as globalThis.Excel. */
  excelNamespace(): Record<string, unknown> {
    const host = this;
    const run = async (...args: unknown[]): Promise<unknown> => {
      const batch = args[args.length - 1] as (ctx: FakeRequestContext) => Promise<unknown>;
      if (typeof batch !== 'function') fail('InvalidArgument', 'Excel.run needs a batch function');
      const first = args.length > 1 ? args[0] : undefined;
      const reuse =
        first instanceof FakeRequestContext ? first : first && (first as FakeClientObject).context instanceof FakeRequestContext ? (first as FakeClientObject).context : null;
      const ctx = reuse ?? new FakeRequestContext(host);
      host.stats.runs++;
      const result = await batch(ctx);
      if (ctx.pending() > 0) fail('GeneralException', `Excel.run ended with ${ctx.pending()} queued operation(s) never synced`);
      return result;
    };
    return {
      run,
      RequestContext: function () {
        return new FakeRequestContext(host);
      },
      ConditionalFormatType: { custom: 'Custom' },
      SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
      ErrorCodes: {
        itemNotFound: 'ItemNotFound',
        invalidArgument: 'InvalidArgument',
        responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
      },
    };
  }

  /** The Office namespace object to install as globalThis.Office. */
  officeNamespace(): Record<string, unknown> {
    const host = this;
    const info = { host: 'Excel', platform: 'OfficeOnline' };
    const office: Record<string, unknown> = {
      HostType: { Excel: 'Excel' },
      PlatformType: { OfficeOnline: 'OfficeOnline', PC: 'PC', Mac: 'Mac' },
      context: {
        host: 'Excel',
        platform: 'OfficeOnline',
        diagnostics: { host: 'Excel', platform: 'OfficeOnline', version: `fake ExcelApi ${host.excelApi}` },
        displayLanguage: 'zh-CN',
        contentLanguage: 'zh-CN',
        requirements: { isSetSupported: (name: string, version?: string) => host.supports(name, version ?? '1.1') },
      },
      onReady: (cb?: (i: typeof info) => void) => {
        if (cb) setTimeout(() => cb(info), 0);
        return Promise.resolve(info);
      },
    };
    return office;
  }
}

export class FakeRequestContext {
  private actions: Action[] = [];
  private loaded: FakeClientObject[] = [];
  readonly workbook: FakeWorkbookProxy;
  readonly trackedObjects = { add: () => undefined, remove: () => undefined };

  constructor(readonly host: FakeExcelHost) {
    this.workbook = new FakeWorkbookProxy(this);
  }

  pending(): number {
    return this.actions.length;
  }

  queue(where: string, args: unknown, run: () => number | void): void {
    this.actions.push({ bytes: 40 + where.length + jsonBytes(args), run, where });
  }

  markLoaded(o: FakeClientObject): void {
    this.loaded.push(o);
  }

  async sync(): Promise<void> {
    const host = this.host;
    host.stats.syncs++;
    const actions = this.actions;
    this.actions = [];
    this.loaded = [];
    const loaded = this.loaded; // filled by the loads below
    const request = actions.reduce((n, a) => n + a.bytes, 0);
    host.stats.maxRequestBytes = Math.max(host.stats.maxRequestBytes, request);
    host.stats.totalRequestBytes += request;
    host.stats.actions += actions.length;
    if (request > host.payloadLimit) {
      fail('RequestPayloadSizeLimitExceeded', `The request payload size (${request} bytes) has exceeded the limit of ${host.payloadLimit} bytes.`);
    }
    let response = 0;
    for (const a of actions) {
      try {
        response += a.run() ?? 0;
      } catch (e) {
        for (const o of loaded) o.discardPending();
        if (e instanceof FakeOfficeError && !e.debugInfo.errorLocation) e.debugInfo.errorLocation = a.where;
        throw e;
      }
    }
    host.stats.maxResponseBytes = Math.max(host.stats.maxResponseBytes, response);
    if (response > host.payloadLimit) {
      for (const o of loaded) o.discardPending();
      fail('ResponsePayloadSizeLimitExceeded', `The response payload size (${response} bytes) has exceeded the limit of ${host.payloadLimit} bytes.`);
    }
    for (const o of loaded) o.publish();
    await Promise.resolve();
  }
}

/** Base of every proxy: loadable scalar properties, navigation properties, null objects. */
abstract class FakeClientObject {
  private loadedProps = new Map<string, unknown>();
  private stagedProps = new Map<string, unknown>();
  protected nullObject: boolean | undefined;

  constructor(readonly context: FakeRequestContext) {}

  /** Scalar properties this object can load. */
  protected abstract scalarNames(): string[];
  /** Reads a scalar property from the workbook state (runs during sync). */
  protected abstract readScalar(name: string): unknown;
  /** Navigation property → proxy, for load paths like "custom/rule/formula". */
  protected nav(_name: string): FakeClientObject | null {
    return null;
  }
  /** True when this is an …OrNullObject result that found nothing (runs during sync). */
  protected resolvesToNull(): boolean {
    return this.nullObject === true;
  }
  /** Throws ItemNotFound when the object does not exist (runs during sync). */
  protected abstract check(): void;

  get isNullObject(): boolean {
    if (this.nullObject === undefined) fail('PropertyNotLoaded', 'The property \'isNullObject\' is not available. Call context.sync() first.');
    return this.nullObject as boolean;
  }

  protected prop<T>(name: string): T {
    if (!this.loadedProps.has(name)) {
      fail(
        'PropertyNotLoaded',
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loadedProps.get(name) as T;
  }

  discardPending(): void {
    this.stagedProps.clear();
  }

  publish(): void {
    for (const [k, v] of this.stagedProps) this.loadedProps.set(k, v);
    this.stagedProps.clear();
  }

  protected stage(name: string, v: unknown): number {
    this.stagedProps.set(name, v);
    return jsonBytes(v) + name.length + 4;
  }

  load(spec?: string | string[] | { select?: string | string[] }): this {
    let paths: string[];
    if (spec === undefined) paths = [];
    else if (typeof spec === 'string') paths = spec.split(',');
    else if (Array.isArray(spec)) paths = spec;
    else paths = typeof spec.select === 'string' ? spec.select.split(',') : (spec.select ?? []);
    paths = paths.map((p) => p.trim()).filter(Boolean);
    this.context.queue(`${this.constructor.name}.load`, paths, () => this.runLoad(paths));
    return this;
  }

  /** Loads paths now (inside a sync); returns response bytes. */
  runLoad(paths: string[]): number {
    // Loading a null object is allowed; its properties simply stay unavailable.
    if (this.resolvesToNull()) return 4;
    this.check();
    this.context.markLoaded(this);
    const scalars = paths.length ? paths.filter((p) => !p.includes('/')) : this.scalarNames();
    let bytes = 0;
    for (const p of scalars) {
      if (!this.scalarNames().includes(p)) {
        const n = this.nav(p);
        if (n) {
          bytes += n.runLoad([]);
          continue;
        }
        fail('InvalidArgument', `Cannot load unknown property ${p} of ${this.constructor.name}`);
      }
      bytes += this.stage(p, this.readScalar(p));
    }
    const nested = new Map<string, string[]>();
    for (const p of paths.filter((x) => x.includes('/'))) {
      const [head, ...rest] = p.split('/');
      nested.set(head, [...(nested.get(head) ?? []), rest.join('/')]);
    }
    for (const [head, rest] of nested) {
      const n = this.nav(head);
      if (!n) fail('InvalidArgument', `Cannot load ${head}/… of ${this.constructor.name}`);
      bytes += (n as FakeClientObject).runLoad(rest);
    }
    return bytes;
  }

  /** Queues a write of a property. */
  protected set(name: string, value: unknown, apply: () => void): void {
    this.context.queue(`${this.constructor.name}.${name}`, value, () => {
      this.check();
      apply();
    });
  }

  protected resolveNull(exists: () => boolean, orNull: boolean): void {
    this.context.queue(`${this.constructor.name}.resolve`, null, () => {
      const ok = exists();
      if (orNull) {
        this.nullObject = !ok;
        this.context.markLoaded(this);
      } else if (!ok) fail('ItemNotFound', 'The requested resource doesn\'t exist.');
      else this.nullObject = false;
    });
  }
}

class FakeWorkbookProxy extends FakeClientObject {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  constructor(ctx: FakeRequestContext) {
    super(ctx);
    this.nullObject = false;
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.names = new FakeNamedItemCollection(ctx);
  }
  protected scalarNames(): string[] {
    return [];
  }
  protected readScalar(): unknown {
    return null;
  }
  protected check(): void {}
  protected override nav(name: string): FakeClientObject | null {
    return name === 'worksheets' ? this.worksheets : name === 'names' ? this.names : null;
  }
}

class FakeWorksheetCollection extends FakeClientObject {
  private itemList: FakeWorksheet[] | undefined;
  constructor(ctx: FakeRequestContext) {
    super(ctx);
    this.nullObject = false;
  }
  protected scalarNames(): string[] {
    return [];
  }
  protected readScalar(): unknown {
    return null;
  }
  protected check(): void {}
  get items(): FakeWorksheet[] {
    if (!this.itemList) fail('PropertyNotLoaded', "The property 'items' is not available. Call load('items') and context.sync() first.");
    return this.itemList as FakeWorksheet[];
  }
  override runLoad(paths: string[]): number {
    const sub = paths.filter((p) => p === 'items' || p.startsWith('items/')).map((p) => p.replace(/^items\/?/, ''));
    const list = this.context.host.workbook.sheets.map((s) => FakeWorksheet.bound(this.context, s));
    let bytes = 0;
    for (const ws of list) bytes += ws.runLoad(sub.filter(Boolean));
    this.context.markLoaded(this);
    this.pendingItems = list;
    return bytes + 2;
  }
  private pendingItems: FakeWorksheet[] | undefined;
  override publish(): void {
    super.publish();
    if (this.pendingItems) this.itemList = this.pendingItems;
    this.pendingItems = undefined;
  }
  override discardPending(): void {
    super.discardPending();
    this.pendingItems = undefined;
  }
  getItem(name: string): FakeWorksheet {
    return FakeWorksheet.byName(this.context, name, false);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return FakeWorksheet.byName(this.context, name, true);
  }
  getActiveWorksheet(): FakeWorksheet {
    const ws = new FakeWorksheet(this.context);
    this.context.queue('Worksheets.getActiveWorksheet', null, () => {
      ws.target = this.context.host.workbook.activeSheet ?? undefined;
    });
    return ws;
  }
  add(name?: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.context);
    this.context.queue('Worksheets.add', name ?? null, () => {
      const wb = this.context.host.workbook;
      let n = name;
      if (n === undefined) for (let i = 1; !n || wb.find(n); i++) n = `Sheet${i}`;
      if (n.length > 31 || /[:\\/?*[\]]/.test(n) || /^'|'$/.test(n) || !n.trim()) fail('InvalidArgument', `Invalid sheet name ${n}`);
      if (wb.find(n)) fail('ItemAlreadyExists', `A sheet named ${n} already exists.`);
      const s = new FakeSheet(n);
      wb.sheets.push(s);
      ws.target = s;
    });
    return ws;
  }
  getCount(): { value: number } {
    const result = { value: -1 };
    this.context.queue('Worksheets.getCount', null, () => {
      result.value = this.context.host.workbook.sheets.length;
      return 4;
    });
    return result;
  }
}

export class FakeWorksheet extends FakeClientObject {
  target: FakeSheet | undefined;
  readonly freezePanes: { freezeRows: (n: number) => void; unfreeze: () => void };
  readonly onChanged: { add: (h: (args: unknown) => unknown) => FakeEventHandlerResult };

  constructor(ctx: FakeRequestContext) {
    super(ctx);
    this.freezePanes = {
      freezeRows: (n: number) => this.set('freezeRows', n, () => void (this.sheet().frozenRows = n)),
      unfreeze: () => this.set('unfreeze', null, () => void (this.sheet().frozenRows = 0)),
    };
    this.onChanged = {
      add: (h: (args: unknown) => unknown) => {
        const result = new FakeEventHandlerResult(this.context, () => {
          const list = this.sheet().changeHandlers;
          const i = list.indexOf(h);
          if (i >= 0) list.splice(i, 1);
        });
        this.set('onChanged.add', null, () => void this.sheet().changeHandlers.push(h));
        return result;
      },
    };
  }

  static bound(ctx: FakeRequestContext, s: FakeSheet): FakeWorksheet {
    const ws = new FakeWorksheet(ctx);
    ws.target = s;
    ws.nullObject = false;
    return ws;
  }

  static byName(ctx: FakeRequestContext, name: string, orNull: boolean): FakeWorksheet {
    const ws = new FakeWorksheet(ctx);
    ws.resolveNull(() => {
      ws.target = ctx.host.workbook.find(name);
      return !!ws.target;
    }, orNull);
    return ws;
  }

  sheet(): FakeSheet {
    if (!this.target || !this.context.host.workbook.sheets.includes(this.target)) fail('ItemNotFound', 'The worksheet does not exist.');
    return this.target as FakeSheet;
  }

  protected check(): void {
    this.sheet();
  }
  protected scalarNames(): string[] {
    return ['name', 'visibility', 'position', 'id', 'tabColor'];
  }
  protected readScalar(name: string): unknown {
    const s = this.sheet();
    const wb = this.context.host.workbook;
    return name === 'name' ? s.name : name === 'visibility' ? s.visibility : name === 'position' ? wb.sheets.indexOf(s) : name === 'id' ? s.id : s.tabColor ?? '';
  }

  get name(): string {
    return this.prop('name');
  }
  set name(v: string) {
    this.set('name', v, () => {
      if (this.context.host.workbook.find(v) && this.sheet().name.toLowerCase() !== v.toLowerCase()) fail('ItemAlreadyExists', `A sheet named ${v} already exists.`);
      this.sheet().name = v;
    });
  }
  get visibility(): string {
    return this.prop('visibility');
  }
  set visibility(v: string) {
    this.set('visibility', v, () => {
      const s = this.sheet();
      if (v !== 'Visible' && s.visibility === 'Visible' && this.context.host.workbook.visibleCount() <= 1) {
        fail('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      }
      s.visibility = v as FakeSheet['visibility'];
    });
  }
  get position(): number {
    return this.prop('position');
  }
  get id(): string {
    return this.prop('id');
  }
  get tabColor(): string {
    return this.prop('tabColor');
  }
  set tabColor(v: string) {
    this.set('tabColor', v, () => void (this.sheet().tabColor = v));
  }

  set showGridlines(v: boolean) {
    this.context.host.requireApi('1.8', 'Worksheet.showGridlines');
    this.set('showGridlines', v, () => void (this.sheet().showGridlines = v));
  }

  get pageLayout(): { orientation: string; setPrintTitleRows: (rows: string) => void } {
    this.context.host.requireApi('1.9', 'Worksheet.pageLayout');
    const ws = this;
    return {
      set orientation(v: string) {
        ws.set('pageLayout.orientation', v, () => void (ws.sheet().orientation = v));
      },
      get orientation(): string {
        return fail('PropertyNotLoaded', 'pageLayout.orientation is not loaded in the fake');
      },
      setPrintTitleRows: (rows: string) => ws.set('pageLayout.setPrintTitleRows', rows, () => void (ws.sheet().printTitleRows = rows)),
    };
  }

  delete(): void {
    this.set('delete', null, () => {
      const wb = this.context.host.workbook;
      const s = this.sheet();
      if (s.visibility === 'Visible' && wb.visibleCount() <= 1) fail('InvalidOperation', 'Cannot delete the last visible worksheet.');
      wb.sheets.splice(wb.sheets.indexOf(s), 1);
      // Rules elsewhere that pointed at this sheet now show #REF! (Excel rewrites them); keep that visible.
      for (const other of wb.sheets) {
        for (const cf of other.conditionalFormats) if (cf.formula?.includes(s.name)) cf.formula = '=#REF!';
      }
      for (const n of wb.names) if (n.formula.includes(s.name)) n.formula = '=#REF!';
      if (wb.activeSheet === s) wb.activeSheet = wb.sheets.find((x) => x.visibility === 'Visible') ?? null;
    });
  }

  activate(): void {
    this.set('activate', null, () => {
      const s = this.sheet();
      if (s.visibility !== 'Visible') fail('InvalidOperation', 'Cannot activate a hidden sheet.');
      this.context.host.workbook.activeSheet = s;
    });
  }

  private rangeFrom(address: string | null, where: string): FakeRange {
    if (address !== null) {
      this.context.host.addresses.push(address);
    }
    return new FakeRange(this.context, () => {
      const s = this.sheet();
      if (address === null) return { sheet: s, rect: { top: 0, left: 0, bottom: MAX_ROW, right: MAX_COL } };
      if (address.length > this.context.host.addressLimit) {
        fail('InvalidArgument', `${where}: the address is ${address.length} characters long; the limit is ${this.context.host.addressLimit}.`);
      }
      const p = parseAddress(address);
      if (p.sheet !== null && p.sheet.toLowerCase() !== s.name.toLowerCase()) fail('InvalidArgument', `Address ${address} is not on sheet ${s.name}`);
      return { sheet: s, rect: p.rect };
    });
  }

  getRange(address?: string): FakeRange {
    const r = this.rangeFrom(address ?? null, 'getRange');
    this.context.queue('Worksheet.getRange', address ?? '', () => void r.resolve());
    return r;
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    const r = new FakeRange(this.context, () => {
      if (rows < 1 || cols < 1 || row < 0 || col < 0 || row + rows - 1 > MAX_ROW || col + cols - 1 > MAX_COL) fail('InvalidArgument', 'getRangeByIndexes: bad size');
      return { sheet: this.sheet(), rect: { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 } };
    });
    this.context.queue('Worksheet.getRangeByIndexes', [row, col, rows, cols], () => void r.resolve());
    return r;
  }

  getRanges(address: string): FakeRangeAreas {
    this.context.host.requireApi('1.9', 'Worksheet.getRanges');
    this.context.host.addresses.push(address);
    const ra = new FakeRangeAreas(this.context, () => {
      const s = this.sheet();
      if (address.length > this.context.host.addressLimit) {
        fail('InvalidArgument', `getRanges: the address is ${address.length} characters long; the limit is ${this.context.host.addressLimit}.`);
      }
      return address.split(/[,;]/).map((a) => ({ sheet: s, rect: parseAddress(a).rect }));
    });
    this.context.queue('Worksheet.getRanges', address, () => void ra.resolve());
    return ra;
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    const r = new FakeRange(this.context, () => {
      const s = this.sheet();
      return { sheet: s, rect: s.usedRect(!!valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
    this.context.queue('Worksheet.getUsedRange', valuesOnly ?? false, () => void r.resolve());
    return r;
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    const r = new FakeRange(this.context, () => {
      const s = this.sheet();
      const u = s.usedRect(!!valuesOnly);
      return u ? { sheet: s, rect: u } : null;
    });
    r.orNull = true;
    this.context.queue('Worksheet.getUsedRangeOrNullObject', valuesOnly ?? false, () => void r.resolve());
    return r;
  }
}

export class FakeEventHandlerResult {
  constructor(
    readonly context: FakeRequestContext,
    private readonly onRemove: () => void,
  ) {}
  remove(): void {
    this.context.queue('EventHandlerResult.remove', null, () => this.onRemove());
  }
}

type Located = { sheet: FakeSheet; rect: Rect };

/** Format of a range or of several areas: every setter applies to all cells of all areas. */
class FakeFormat {
  readonly fill: { color: string; clear: () => void };
  readonly font: { bold: boolean; italic: boolean; color: string; size: number; name: string; underline: string };
  readonly borders: { getItem: (side: string) => { style: string; color: string; weight: string } };

  constructor(
    private readonly owner: FakeRange | FakeRangeAreas,
    private readonly each: (f: (c: FakeCell, r: number, col: number, sheet: FakeSheet) => void) => void,
  ) {
    const setter = (name: string, f: (c: FakeCell, v: never) => void) => (v: never) => this.owner.queueSet(`format.${name}`, v, () => this.each((c) => f(c, v)));
    const unreadable = (name: string) => () => fail('PropertyNotLoaded', `The property 'format.${name}' is not loaded (the fake does not load formats).`);
    const fillColor = setter('fill.color', (c, v: string) => (c.fill = normColor(v)));
    this.fill = {
      set color(v: string) {
        fillColor(v as never);
      },
      get color(): string {
        return unreadable('fill.color')();
      },
      clear: () => this.owner.queueSet('format.fill.clear', null, () => this.each((c) => (c.fill = undefined))),
    };
    const fontSet = {
      bold: setter('font.bold', (c, v: boolean) => (c.bold = v)),
      italic: setter('font.italic', (c, v: boolean) => (c.italic = v)),
      color: setter('font.color', (c, v: string) => (c.fontColor = normColor(v))),
      size: setter('font.size', (c, v: number) => (c.fontSize = v)),
      name: setter('font.name', (c, v: string) => (c.fontName = v)),
      underline: setter('font.underline', (c, v: string) => (c.underline = v)),
    };
    const font = {} as FakeFormat['font'];
    for (const k of Object.keys(fontSet) as (keyof typeof fontSet)[]) {
      Object.defineProperty(font, k, { set: fontSet[k], get: unreadable(`font.${k}`) });
    }
    this.font = font;
    this.borders = {
      getItem: (side: string) => {
        const b = {} as { style: string; color: string; weight: string };
        Object.defineProperty(b, 'style', {
          set: setter(`borders.${side}.style`, (c, v: string) => {
            c.borders = { ...(c.borders ?? {}), [side]: v };
          }),
          get: unreadable('borders.style'),
        });
        Object.defineProperty(b, 'color', { set: setter(`borders.${side}.color`, () => undefined), get: unreadable('borders.color') });
        Object.defineProperty(b, 'weight', { set: setter(`borders.${side}.weight`, () => undefined), get: unreadable('borders.weight') });
        return b;
      },
    };
  }

  set horizontalAlignment(v: string) {
    this.owner.queueSet('format.horizontalAlignment', v, () => this.each((c) => (c.hAlign = v)));
  }
  set verticalAlignment(v: string) {
    this.owner.queueSet('format.verticalAlignment', v, () => this.each((c) => (c.vAlign = v)));
  }
  set wrapText(v: boolean) {
    this.owner.queueSet('format.wrapText', v, () => this.each((c) => (c.wrap = v)));
  }
  set columnWidth(v: number) {
    this.owner.queueSet('format.columnWidth', v, () => {
      for (const a of this.owner.areas()) for (let c = a.rect.left; c <= a.rect.right; c++) a.sheet.columnWidths.set(c, v);
    });
  }
  set rowHeight(v: number) {
    this.owner.queueSet('format.rowHeight', v, () => undefined);
  }
}

function normColor(v: string): string {
  return v.replace(/^#/, '').toUpperCase();
}

/**
 * A range-like proxy whose target is found lazily, on first use, like Excel's: a `…OrNullObject` one becomes a null
 * object when there is none; a plain one fails with ItemNotFound.
 */
abstract class FakeLocatable<T> extends FakeClientObject {
  protected located: T | null | undefined;
  orNull = false;

  constructor(
    ctx: FakeRequestContext,
    private readonly locate: () => T | null,
    private readonly missing: string,
  ) {
    super(ctx);
  }

  protected override resolvesToNull(): boolean {
    this.resolve();
    return this.nullObject === true;
  }

  resolve(): void {
    if (this.located !== undefined) return;
    this.located = this.locate();
    if (this.orNull) {
      this.nullObject = this.located === null;
      this.context.markLoaded(this);
    } else if (this.located === null) fail('ItemNotFound', this.missing);
    else this.nullObject = false;
  }
}

export class FakeRange extends FakeLocatable<Located> {
  readonly format: FakeFormat;
  readonly conditionalFormats: FakeConditionalFormatCollection;

  constructor(ctx: FakeRequestContext, locate: () => Located | null) {
    super(ctx, locate, 'The range does not exist.');
    this.format = new FakeFormat(this, (f) => this.eachCell(f));
    this.conditionalFormats = new FakeConditionalFormatCollection(ctx, this);
  }

  loc(): Located {
    this.resolve();
    if (!this.located) return fail('ItemNotFound', 'The range is a null object.');
    if (!this.context.host.workbook.sheets.includes(this.located.sheet)) fail('ItemNotFound', 'The range\'s worksheet was deleted.');
    return this.located;
  }

  areas(): Located[] {
    return [this.loc()];
  }

  queueSet(name: string, value: unknown, apply: () => void): void {
    this.set(name, value, apply);
  }

  private eachCell(f: (c: FakeCell, r: number, col: number, sheet: FakeSheet) => void): void {
    const { sheet, rect } = this.loc();
    for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) f(sheet.ensure(r, c), r, c, sheet);
  }

  protected check(): void {
    this.loc();
  }

  protected scalarNames(): string[] {
    return ['address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'values', 'numberFormat', 'formulas', 'text', 'valueTypes'];
  }

  protected readScalar(name: string): unknown {
    const { sheet, rect } = this.loc();
    switch (name) {
      case 'address':
        return `${quoteName(sheet.name)}!${rectAddress(rect)}`;
      case 'rowIndex':
        return rect.top;
      case 'columnIndex':
        return rect.left;
      case 'rowCount':
        return rect.bottom - rect.top + 1;
      case 'columnCount':
        return rect.right - rect.left + 1;
    }
    if ((rect.bottom - rect.top + 1) * (rect.right - rect.left + 1) > 5_000_000) fail('RangeExceedsLimit', 'The range is too large to load.');
    const out: unknown[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const row: unknown[] = [];
      for (let c = rect.left; c <= rect.right; c++) {
        const cell = sheet.get(r, c);
        if (name === 'values') row.push(cell?.value ?? '');
        else if (name === 'numberFormat') row.push(cell?.numberFormat ?? 'General');
        else if (name === 'formulas') row.push(cell?.formula ?? cell?.value ?? '');
        else if (name === 'text') row.push(String(cell?.value ?? ''));
        else row.push(cell === undefined || cell.value === '' ? 'Empty' : typeof cell.value === 'number' ? 'Double' : typeof cell.value === 'boolean' ? 'Boolean' : 'String');
      }
      out.push(row);
    }
    return out;
  }

  get address(): string {
    return this.prop('address');
  }
  get rowIndex(): number {
    return this.prop('rowIndex');
  }
  get columnIndex(): number {
    return this.prop('columnIndex');
  }
  get rowCount(): number {
    return this.prop('rowCount');
  }
  get columnCount(): number {
    return this.prop('columnCount');
  }
  get text(): string[][] {
    return this.prop('text');
  }
  get formulas(): unknown[][] {
    return this.prop('formulas');
  }
  get valueTypes(): string[][] {
    return this.prop('valueTypes');
  }

  private checkShape(name: string, v: unknown): unknown[][] {
    const { rect } = this.loc();
    const rows = rect.bottom - rect.top + 1;
    const cols = rect.right - rect.left + 1;
    if (!Array.isArray(v) || v.length !== rows || v.some((r) => !Array.isArray(r) || r.length !== cols)) {
      fail('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${name}).`);
    }
    return v as unknown[][];
  }

  get values(): unknown[][] {
    return this.prop('values');
  }
  set values(v: unknown[][]) {
    this.set('values', v, () => {
      const a = this.checkShape('values', v);
      const { sheet, rect } = this.loc();
      a.forEach((row, i) => row.forEach((x, j) => typed(sheet.ensure(rect.top + i, rect.left + j), x)));
    });
  }

  get numberFormat(): unknown[][] {
    return this.prop('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this.set('numberFormat', v, () => {
      const a = this.checkShape('numberFormat', v);
      const { sheet, rect } = this.loc();
      a.forEach((row, i) =>
        row.forEach((x, j) => {
          if (x !== null && x !== undefined) sheet.ensure(rect.top + i, rect.left + j).numberFormat = String(x);
        }),
      );
    });
  }

  set hyperlink(h: { documentReference?: string; address?: string; textToDisplay?: string; screenTip?: string }) {
    this.set('hyperlink', h, () =>
      this.eachCell((c) => {
        c.hyperlink = { ...h };
        if (h.textToDisplay !== undefined) {
          c.value = h.textToDisplay;
          c.formula = undefined;
        }
      }),
    );
  }

  merge(across = false): void {
    this.set('merge', across, () => {
      const { sheet, rect } = this.loc();
      const overlaps = (a: Rect, b: Rect) => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
      const parts: Rect[] = across ? Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) => ({ ...rect, top: rect.top + i, bottom: rect.top + i })) : [rect];
      for (const p of parts) {
        if (sheet.merges.some((m) => overlaps(m, p))) fail('MergedRangeConflict', `Cannot merge ${rectAddress(p)}: it overlaps a merged range.`);
        sheet.merges.push(p);
      }
    });
  }

  unmerge(): void {
    this.set('unmerge', null, () => {
      const { sheet, rect } = this.loc();
      sheet.merges = sheet.merges.filter((m) => m.right < rect.left || m.left > rect.right || m.bottom < rect.top || m.top > rect.bottom);
    });
  }

  select(): void {
    this.set('select', null, () => {
      const { sheet, rect } = this.loc();
      if (this.context.host.workbook.activeSheet !== sheet) fail('InvalidSelection', 'The range to select is not on the active sheet.');
      this.context.host.workbook.selection = { sheet: sheet.name, address: rectAddress(rect) };
    });
  }

  clear(applyTo: 'All' | 'Formats' | 'Contents' = 'All'): void {
    this.set('clear', applyTo, () => {
      const { sheet, rect } = this.loc();
      for (let r = rect.top; r <= rect.bottom; r++)
        for (let c = rect.left; c <= rect.right; c++) {
          const cell = sheet.get(r, c);
          if (!cell) continue;
          if (applyTo === 'All') sheet.cells.delete(key(r, c));
          else if (applyTo === 'Contents') Object.assign(cell, { value: '', formula: undefined, quotePrefix: undefined });
          else Object.assign(cell, { numberFormat: 'General', fill: undefined, bold: undefined, fontColor: undefined, fontSize: undefined, hAlign: undefined, wrap: undefined, borders: undefined });
        }
    });
  }

  getCell(row: number, col: number): FakeRange {
    const r = new FakeRange(this.context, () => {
      const { sheet, rect } = this.loc();
      return { sheet, rect: { top: rect.top + row, bottom: rect.top + row, left: rect.left + col, right: rect.left + col } };
    });
    this.context.queue('Range.getCell', [row, col], () => void r.resolve());
    return r;
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.context.host.requireApi('1.13', 'Range.getMergedAreasOrNullObject');
    const ra = new FakeRangeAreas(this.context, () => {
      const { sheet, rect } = this.loc();
      const inside = sheet.merges.filter((m) => m.left <= rect.right && rect.left <= m.right && m.top <= rect.bottom && rect.top <= m.bottom);
      return inside.length ? inside.map((m) => ({ sheet, rect: m })) : null;
    });
    ra.orNull = true;
    this.context.queue('Range.getMergedAreasOrNullObject', null, () => void ra.resolve());
    return ra;
  }
}

export class FakeRangeAreas extends FakeLocatable<Located[]> {
  readonly format: FakeFormat;

  constructor(ctx: FakeRequestContext, locate: () => Located[] | null) {
    super(ctx, locate, 'The ranges do not exist.');
    this.format = new FakeFormat(this, (f) => {
      for (const { sheet, rect } of this.areas())
        for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) f(sheet.ensure(r, c), r, c, sheet);
    });
  }

  areas(): Located[] {
    this.resolve();
    if (!this.located) return fail('ItemNotFound', 'The range areas object is a null object.');
    return this.located;
  }

  queueSet(name: string, value: unknown, apply: () => void): void {
    this.set(name, value, apply);
  }

  protected check(): void {
    this.areas();
  }
  protected scalarNames(): string[] {
    return ['address', 'areaCount', 'cellCount'];
  }
  protected readScalar(name: string): unknown {
    const a = this.areas();
    if (name === 'areaCount') return a.length;
    if (name === 'cellCount') return a.reduce((n, x) => n + (x.rect.bottom - x.rect.top + 1) * (x.rect.right - x.rect.left + 1), 0);
    return a.map((x) => `${quoteName(x.sheet.name)}!${rectAddress(x.rect)}`).join(',');
  }
  get address(): string {
    return this.prop('address');
  }
  get areaCount(): number {
    return this.prop('areaCount');
  }
}

class FakeConditionalFormatCollection extends FakeClientObject {
  private itemList: FakeConditionalFormatProxy[] | undefined;
  private pendingItems: FakeConditionalFormatProxy[] | undefined;

  constructor(
    ctx: FakeRequestContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
    this.nullObject = false;
  }
  protected scalarNames(): string[] {
    return [];
  }
  protected readScalar(): unknown {
    return null;
  }
  protected check(): void {
    this.range.loc();
  }
  private inRange(): FakeConditionalFormat[] {
    const { sheet, rect } = this.range.loc();
    return sheet.conditionalFormats.filter((cf) => cf.rect.left <= rect.right && rect.left <= cf.rect.right && cf.rect.top <= rect.bottom && rect.top <= cf.rect.bottom);
  }
  get items(): FakeConditionalFormatProxy[] {
    if (!this.itemList) fail('PropertyNotLoaded', "The property 'items' is not available.");
    return this.itemList as FakeConditionalFormatProxy[];
  }
  override runLoad(paths: string[]): number {
    const sub = paths.filter((p) => p === 'items' || p.startsWith('items/')).map((p) => p.replace(/^items\/?/, ''));
    const { sheet } = this.range.loc();
    const list = this.inRange().map((cf) => new FakeConditionalFormatProxy(this.context, sheet, cf));
    let bytes = 2;
    for (const p of list) bytes += p.runLoad(sub.filter(Boolean));
    this.context.markLoaded(this);
    this.pendingItems = list;
    return bytes;
  }
  override publish(): void {
    super.publish();
    if (this.pendingItems) this.itemList = this.pendingItems;
    this.pendingItems = undefined;
  }
  add(type: string): FakeConditionalFormatProxy {
    const proxy = new FakeConditionalFormatProxy(this.context, null, null);
    this.context.queue('ConditionalFormats.add', type, () => {
      const { sheet, rect } = this.range.loc();
      const cf: FakeConditionalFormat = { id: this.context.host.newCfId(), rect: { ...rect }, type, formula: null, fill: null, fontColor: null };
      sheet.conditionalFormats.push(cf);
      proxy.bind(sheet, cf);
    });
    return proxy;
  }
  clearAll(): void {
    this.context.queue('ConditionalFormats.clearAll', null, () => {
      const { sheet } = this.range.loc();
      const gone = new Set(this.inRange());
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !gone.has(cf));
    });
  }
}

export class FakeConditionalFormatProxy extends FakeClientObject {
  readonly custom: {
    rule: FakeRuleProxy;
    format: { fill: { color: string }; font: { color: string } };
  };

  constructor(
    ctx: FakeRequestContext,
    private sheet: FakeSheet | null,
    private cf: FakeConditionalFormat | null,
  ) {
    super(ctx);
    this.nullObject = false;
    const self = this;
    this.custom = {
      rule: new FakeRuleProxy(ctx, this),
      format: {
        fill: {
          set color(v: string) {
            self.queueCf('custom.format.fill.color', v, (cf) => (cf.fill = normColor(v)));
          },
          get color(): string {
            return fail('PropertyNotLoaded', 'custom.format.fill.color is not loaded');
          },
        },
        font: {
          set color(v: string) {
            self.queueCf('custom.format.font.color', v, (cf) => (cf.fontColor = normColor(v)));
          },
          get color(): string {
            return fail('PropertyNotLoaded', 'custom.format.font.color is not loaded');
          },
        },
      },
    };
  }

  bind(sheet: FakeSheet, cf: FakeConditionalFormat): void {
    this.sheet = sheet;
    this.cf = cf;
  }

  target(): FakeConditionalFormat {
    if (!this.cf || !this.sheet || !this.sheet.conditionalFormats.includes(this.cf)) fail('ItemNotFound', 'The conditional format does not exist.');
    return this.cf as FakeConditionalFormat;
  }

  queueCf(name: string, v: unknown, f: (cf: FakeConditionalFormat) => void): void {
    this.set(name, v, () => f(this.target()));
  }

  protected check(): void {
    this.target();
  }
  protected scalarNames(): string[] {
    return ['type', 'id', 'priority', 'stopIfTrue'];
  }
  protected readScalar(name: string): unknown {
    const cf = this.target();
    return name === 'type' ? cf.type : name === 'id' ? String(cf.id) : name === 'priority' ? (this.sheet as FakeSheet).conditionalFormats.indexOf(cf) : false;
  }
  protected override nav(name: string): FakeClientObject | null {
    if (name === 'custom') return new FakeCustomNav(this.context, this);
    return null;
  }
  get type(): string {
    return this.prop('type');
  }
  delete(): void {
    this.set('delete', null, () => {
      const cf = this.target();
      const list = (this.sheet as FakeSheet).conditionalFormats;
      list.splice(list.indexOf(cf), 1);
    });
  }
}

/** Load path helper: "custom/rule/formula" navigates through here to the rule. */
class FakeCustomNav extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly owner: FakeConditionalFormatProxy,
  ) {
    super(ctx);
  }
  protected scalarNames(): string[] {
    return [];
  }
  protected readScalar(): unknown {
    return null;
  }
  protected check(): void {
    if (this.owner.target().type !== 'Custom') fail('InvalidOperation', 'The conditional format is not of type Custom.');
  }
  protected override nav(name: string): FakeClientObject | null {
    return name === 'rule' ? this.owner.custom.rule : null;
  }
  override runLoad(paths: string[]): number {
    this.check();
    return super.runLoad(paths);
  }
}

export class FakeRuleProxy extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly owner: FakeConditionalFormatProxy,
  ) {
    super(ctx);
    this.nullObject = false;
  }
  protected scalarNames(): string[] {
    return ['formula'];
  }
  protected readScalar(): unknown {
    return this.owner.target().formula;
  }
  protected check(): void {
    if (this.owner.target().type !== 'Custom') fail('InvalidOperation', 'The conditional format is not of type Custom.');
  }
  get formula(): string {
    return this.prop('formula');
  }
  set formula(v: string) {
    this.set('formula', v, () => void (this.owner.target().formula = v));
  }
}

class FakeNamedItemCollection extends FakeClientObject {
  constructor(ctx: FakeRequestContext) {
    super(ctx);
    this.nullObject = false;
  }
  protected scalarNames(): string[] {
    return [];
  }
  protected readScalar(): unknown {
    return null;
  }
  protected check(): void {}
  add(name: string, reference: string | FakeRange, comment = ''): FakeNamedItemProxy {
    const p = new FakeNamedItemProxy(this.context, name);
    this.context.queue('Names.add', [name, typeof reference === 'string' ? reference : '[range]', comment], () => {
      const wb = this.context.host.workbook;
      if (wb.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) fail('ItemAlreadyExists', `The name ${name} already exists.`);
      const formula = typeof reference === 'string' ? (reference.startsWith('=') ? reference : `=${reference}`) : `=${reference.address}`;
      wb.names.push({ name, formula, comment, visible: true });
      p.nullObjectValue(false);
    });
    return p;
  }
  getItemOrNullObject(name: string): FakeNamedItemProxy {
    const p = new FakeNamedItemProxy(this.context, name);
    this.context.queue('Names.getItemOrNullObject', name, () => {
      p.nullObjectValue(!this.context.host.workbook.names.some((n) => n.name.toLowerCase() === name.toLowerCase()));
      this.context.markLoaded(p);
    });
    return p;
  }
}

export class FakeNamedItemProxy extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly itemName: string,
  ) {
    super(ctx);
  }
  nullObjectValue(v: boolean): void {
    this.nullObject = v;
  }
  private item(): FakeNamedItem {
    const n = this.context.host.workbook.names.find((x) => x.name.toLowerCase() === this.itemName.toLowerCase());
    if (!n) return fail('ItemNotFound', `The name ${this.itemName} does not exist.`);
    return n;
  }
  protected check(): void {
    this.item();
  }
  protected scalarNames(): string[] {
    return ['name', 'formula', 'comment', 'visible'];
  }
  protected readScalar(name: string): unknown {
    const n = this.item();
    return (n as unknown as Record<string, unknown>)[name];
  }
  get formula(): string {
    return this.prop('formula');
  }
  set visible(v: boolean) {
    this.set('visible', v, () => void (this.item().visible = v));
  }
  delete(): void {
    this.set('delete', null, () => {
      const wb = this.context.host.workbook;
      wb.names.splice(wb.names.indexOf(this.item()), 1);
    });
  }
}

/**
 * Installs the fake as `Office` and `Excel` on the given global object (globalThis in jest, window in a page) and
 * returns the controller for assertions: workbook state, sync counts, payload sizes.
 */
export function installFakeOffice(global: object, data: FakeWorkbookData, opts: FakeOptions = {}): FakeExcelHost {
  const host = new FakeExcelHost(data, opts);
  const g = global as Record<string, unknown>;
  g.Excel = host.excelNamespace();
  g.Office = host.officeNamespace();
  return host;
}

export function uninstallFakeOffice(global: object): void {
  const g = global as Record<string, unknown>;
  delete g.Excel;
  delete g.Office;
}

/**
 * The job summary: HTML built in a buffer, then appended to the file
 * GITHUB_STEP_SUMMARY names. The builder methods make exactly the HTML that
 * @actions/core's `summary` makes (checked in `__tests__/runner/`): text
 * goes in as given, so callers escape it. See workflow-commands.ts for why it
 * is not @actions/core itself.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#adding-a-job-summary
 */
import fs from 'node:fs'
import { EOL } from 'node:os'

/** A table cell: text, or text with header/span attributes. */
export type SummaryTableCell =
  string | { data: string; header?: boolean; colspan?: string; rowspan?: string }

function wrap(
  tag: string,
  content: string | null,
  attributes: Record<string, string> = {}
): string {
  const attrs = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${value}"`)
    .join('')
  return content ? `<${tag}${attrs}>${content}</${tag}>` : `<${tag}${attrs}>`
}

/** A job summary being built; `write` appends it to the step summary file. */
export class SummaryBuffer {
  private buffer = ''

  /** Appends `text` as is, then a line break when `addEOL`. */
  addRaw(text: string, addEOL = false): this {
    this.buffer += text
    return addEOL ? this.addEOL() : this
  }

  /** Appends the platform's line break. */
  addEOL(): this {
    return this.addRaw(EOL)
  }

  /** `<h1>`…`<h6>` (level outside 1–6: `<h1>`). */
  addHeading(text: string, level: number | string = 1): this {
    const tag = `h${level}`
    const allowed = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag) ? tag : 'h1'
    return this.addRaw(wrap(allowed, text)).addEOL()
  }

  /** `<table>` of rows; `{ header: true }` cells are `<th>`. */
  addTable(rows: SummaryTableCell[][]): this {
    const body = rows
      .map((row) =>
        wrap(
          'tr',
          row
            .map((cell) => {
              if (typeof cell === 'string') return wrap('td', cell)
              const { header, data, colspan, rowspan } = cell
              return wrap(header ? 'th' : 'td', data, {
                ...(colspan && { colspan }),
                ...(rowspan && { rowspan })
              })
            })
            .join('')
        )
      )
      .join('')
    return this.addRaw(wrap('table', body)).addEOL()
  }

  /** `<ul>` (or `<ol>`) of items. */
  addList(items: string[], ordered = false): this {
    const listItems = items.map((item) => wrap('li', item)).join('')
    return this.addRaw(wrap(ordered ? 'ol' : 'ul', listItems)).addEOL()
  }

  /** `<details>` with a `<summary>` label. */
  addDetails(label: string, content: string): this {
    return this.addRaw(wrap('details', wrap('summary', label) + content)).addEOL()
  }

  /** `<pre><code>`, with a `lang` attribute when given. */
  addCodeBlock(code: string, lang?: string): this {
    return this.addRaw(wrap('pre', wrap('code', code), lang ? { lang } : {})).addEOL()
  }

  /** The HTML built so far. */
  stringify(): string {
    return this.buffer
  }

  /** Empties the buffer. */
  emptyBuffer(): this {
    this.buffer = ''
    return this
  }

  /**
   * Appends the buffer to the step summary file, then empties the buffer.
   * @throws when GITHUB_STEP_SUMMARY is unset or its file is not readable and writable
   */
  async write(): Promise<this> {
    const filePath = process.env.GITHUB_STEP_SUMMARY
    if (!filePath) {
      throw new Error(
        'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.'
      )
    }
    try {
      await fs.promises.access(filePath, fs.constants.R_OK | fs.constants.W_OK)
    } catch {
      throw new Error(
        `Unable to access summary file: '${filePath}'. Check if the file has correct read/write permissions.`
      )
    }
    await fs.promises.appendFile(filePath, this.buffer, { encoding: 'utf8' })
    return this.emptyBuffer()
  }
}

/** The step's summary buffer, as `@actions/core`'s `summary`. */
export const summary = new SummaryBuffer()

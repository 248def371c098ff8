/**
 * The visible text of a job summary (HTML as runner.summary writes it): tags removed, the
 * entities the summary escapes decoded, whitespace folded to single spaces.
 */
export function visibleText(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
}

// Types for readme.mjs: README § Performance from a bench report.

/** `readme` with the text between the bench markers replaced. @throws Error without markers */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export declare function updateReadme(readme: string, report: any): string

// A lesson's Markdown: `# Title` then `## key` sections that the steps name. One file per
// language (en.md, zh.md); both must hold the same keys. A `## labels` section holds short labels
// (`- key: text` lines) for measures and units shown in charts and reveals.

/** A lesson's text in one language. */
export interface LessonText {
  title: string;
  /** Section key → Markdown body (trimmed). */
  sections: Record<string, string>;
  /** 1-based line of each section heading, for messages. */
  lines: Record<string, number>;
  /** Short labels by key, from the `## labels` section. */
  labels: Record<string, string>;
}

const LABEL_LINE = /^\s*[-*]\s*([A-Za-z0-9][\w.-]*)\s*:\s*(.+?)\s*$/;

/** Splits Markdown into its title and `## key` sections. */
export function parseLessonText(markdown: string): LessonText {
  const text: LessonText = { title: '', sections: {}, lines: {}, labels: {} };
  let current: string | null = null;
  const body: string[] = [];
  const close = () => {
    if (current === 'labels') {
      for (const line of body) {
        const m = LABEL_LINE.exec(line);
        if (m) text.labels[m[1]] = m[2];
      }
      delete text.lines.labels;
    } else if (current !== null) text.sections[current] = body.join('\n').trim();
    body.length = 0;
  };
  markdown.split(/\r?\n/).forEach((line, i) => {
    const h2 = /^##\s+([a-z0-9][a-z0-9-]*)\s*$/.exec(line);
    if (h2) {
      close();
      current = h2[1];
      text.lines[current] = i + 1;
    } else if (/^#\s+/.test(line) && !text.title && current === null) {
      text.title = line.replace(/^#\s+/, '').trim();
    } else if (current !== null) body.push(line);
  });
  close();
  return text;
}

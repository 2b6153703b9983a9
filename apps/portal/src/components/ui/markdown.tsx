import ReactMarkdown, { type Components } from 'react-markdown';

// The page's own heading is the only h1; a lesson's headings start below it.
const COMPONENTS: Components = { h1: 'h2' };

/**
 * Lesson text written in Markdown. Raw HTML is never rendered (no rehype-raw: react-markdown shows it
 * as text), and react-markdown's default URL filter drops `javascript:` and other unsafe links.
 */
export function Markdown({ text }: { text: string }) {
  return (
    <div className="prose">
      <ReactMarkdown components={COMPONENTS}>{text}</ReactMarkdown>
    </div>
  );
}

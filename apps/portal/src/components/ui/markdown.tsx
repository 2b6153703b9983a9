import ReactMarkdown, { type Components } from 'react-markdown';
import { parseImageTitle } from '@/lib/image-size';

// The page's own heading is the only h1; a lesson's headings start below it.
// Images load only when they near the screen, decode off the main thread, and reserve their box from the
// size written in their title (`"Caption =720x300"`, see `parseImageTitle`), so the text does not jump.
const COMPONENTS: Components = {
  h1: 'h2',
  img: ({ src, alt, title }) => {
    const size = parseImageTitle(title);
    return (
      <img
        src={typeof src === 'string' ? src : undefined}
        alt={alt ?? ''}
        title={size.title}
        width={size.width}
        height={size.height}
        loading="lazy"
        decoding="async"
      />
    );
  },
};

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

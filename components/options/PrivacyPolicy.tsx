import { Fragment, createElement } from 'react';
import policy from '../../PRIVACY.md?raw';
import { parseMarkdown, type Inline } from '../markdown';

function Inlines({ inlines }: { inlines: Inline[] }) {
  return inlines.map((inline, index) => {
    if (inline.kind === 'strong') return <strong key={index}>{inline.text}</strong>;
    if (inline.kind === 'code') return <code key={index}>{inline.text}</code>;
    if (inline.kind === 'link')
      return (
        <a key={index} href={inline.href} target="_blank" rel="noreferrer">
          {inline.text}
        </a>
      );
    return <Fragment key={index}>{inline.text}</Fragment>;
  });
}

/**
 * The privacy policy as shipped (PRIVACY.md, bundled with the options page), folded under
 * Settings → About. Its own top heading is the summary line; its sections sit below the page's h3.
 */
export function PrivacyPolicy() {
  const [title, ...body] = parseMarkdown(policy);
  return (
    <details className="privacy-policy" data-privacy-policy="">
      <summary>{title?.kind === 'heading' ? <Inlines inlines={title.inlines} /> : 'Privacy policy'}</summary>
      {body.map((block, index) => {
        if (block.kind === 'heading')
          return createElement(`h${Math.min(6, block.level + 2)}`, { key: index }, <Inlines inlines={block.inlines} />);
        if (block.kind === 'list')
          return (
            <ul key={index}>
              {block.items.map((item, i) => (
                <li key={i}>
                  <Inlines inlines={item} />
                </li>
              ))}
            </ul>
          );
        return (
          <p key={index}>
            <Inlines inlines={block.inlines} />
          </p>
        );
      })}
    </details>
  );
}

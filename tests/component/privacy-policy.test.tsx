import { readFileSync } from 'node:fs';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../components/markdown';
import { renderOptions } from './render';

describe('Settings → About: the privacy policy', () => {
  it('shows PRIVACY.md as shipped, folded, with its sections and lists and no Markdown marks left', async () => {
    const { user } = renderOptions();
    await user.click(screen.getByRole('link', { name: 'Settings' }));
    const policy = document.querySelector<HTMLDetailsElement>('[data-privacy-policy]')!;
    expect(policy).not.toHaveAttribute('open');
    await user.click(within(policy).getByText('Privacy policy'));
    expect(policy).toHaveAttribute('open');
    expect(within(policy).getByRole('heading', { name: 'What is sent, and where' })).toBeInTheDocument();
    expect(within(policy).getByText(/collects nothing/)).toBeInTheDocument();
    // Every top-level list item of the file is one list item on the page.
    const items = readFileSync('PRIVACY.md', 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('- '));
    expect(within(policy).getAllByRole('listitem')).toHaveLength(items.length);
    expect(policy.textContent).not.toMatch(/\*\*|`|^#/m);
    expect(
      within(policy)
        .getAllByText('GET')
        .some((node) => node.tagName === 'CODE'),
    ).toBe(true);
  });

  it('the Markdown reader keeps text as text and continues list items over lines', () => {
    const blocks = parseMarkdown(
      '# T\n\n- one **b**\n  two\n- <img src=x onerror=alert(1)>\n\nPara [x](https://a.example/) `c`',
    );
    expect(blocks[0]).toEqual({ kind: 'heading', level: 1, inlines: [{ kind: 'text', text: 'T' }] });
    expect(blocks[1]).toEqual({
      kind: 'list',
      items: [
        [
          { kind: 'text', text: 'one ' },
          { kind: 'strong', text: 'b' },
          { kind: 'text', text: ' two' },
        ],
        [{ kind: 'text', text: '<img src=x onerror=alert(1)>' }],
      ],
    });
    expect(blocks[2]).toEqual({
      kind: 'paragraph',
      inlines: [
        { kind: 'text', text: 'Para ' },
        { kind: 'link', text: 'x', href: 'https://a.example/' },
        { kind: 'text', text: ' ' },
        { kind: 'code', text: 'c' },
      ],
    });
  });
});

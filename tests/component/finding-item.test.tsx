import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FindingItem } from '@/components/report/FindingItem';
import { makeFinding } from '@/lib/findings/make-finding';

describe('a finding of the full report', () => {
  it('keeps its contract attributes and lists its public sources as links', () => {
    const finding = makeFinding('SCOPED_TOKEN_ON_SITE_URL', { origin: 'https://acme.atlassian.net', cloudId: 'c-1' });
    const { container } = render(
      <ul>
        <FindingItem finding={finding} />
      </ul>,
    );
    const item = container.querySelector('[data-finding-code="SCOPED_TOKEN_ON_SITE_URL"]')!;
    expect(item).toHaveAttribute('data-severity', 'warning');
    const links = within(item as HTMLElement).getAllByRole('link');
    const ticket = links.find((a) => a.getAttribute('href') === 'https://jira.atlassian.com/browse/CLOUD-12617')!;
    expect(ticket).toHaveTextContent(/CLOUD-12617/);
    expect(ticket).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getByText('Learn more')).toBeInTheDocument();
  });

  it('shows no "Learn more" for a finding stored without sources', () => {
    const { sources: _sources, ...finding } = makeFinding('URL_INVALID');
    render(
      <ul>
        <FindingItem finding={finding} />
      </ul>,
    );
    expect(screen.queryByText('Learn more')).toBeNull();
  });
});

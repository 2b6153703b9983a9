import { fireEvent, screen } from '@testing-library/react';
import { paths } from '@/config/paths';
import { renderPage } from '@/testing/render';
import { AppShell } from './app-shell';
import { navigationFor } from './navigation';

/** The signed-in frame's phone menu: a disclosure (the progress bar of a navigation is checked in the browser, slow-links.e2e-spec.ts). */
function renderShell() {
  return renderPage(
    <AppShell
      user={{ displayName: 'Olena Kovalenko', role: 'officer' }}
      navigation={navigationFor('officer')}
      onSignOut={() => undefined}
      signingOut={false}
    />,
    { path: '*', url: paths.app.myLearning.getHref() },
  );
}

describe('AppShell menu (phones)', () => {
  it('a button with aria-expanded controls the user’s controls and the navigation', () => {
    const { container } = renderShell();
    const button = screen.getByRole('button', { name: 'Menu' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    const controlled = (button.getAttribute('aria-controls') ?? '').split(' ');
    expect(controlled).toHaveLength(2);
    expect(container.querySelector('nav')?.id).toBe(controlled[1]);
    expect(container.querySelector('.app-header__user')?.id).toBe(controlled[0]);

    fireEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(container.querySelector('.app')).toHaveClass('app--menu-open');
    fireEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(container.querySelector('.app')).not.toHaveClass('app--menu-open');
  });

  it('Escape closes it and gives focus back to the button; Escape when closed does nothing', () => {
    renderShell();
    const button = screen.getByRole('button', { name: 'Menu' });
    fireEvent.click(button);
    screen.getByRole('link', { name: 'Catalogue' }).focus();
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();

    const other = screen.getByRole('link', { name: 'Catalogue' });
    other.focus();
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(other).toHaveFocus();
  });

  it('choosing a page closes it', () => {
    renderShell();
    const button = screen.getByRole('button', { name: 'Menu' });
    fireEvent.click(button);
    fireEvent.click(screen.getByRole('link', { name: 'Catalogue' }));
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });
});

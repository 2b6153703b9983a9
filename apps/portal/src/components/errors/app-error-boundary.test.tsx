import { cleanup, render, screen } from '@testing-library/react';
import { AppErrorBoundary } from './app-error-boundary';

function Crash(): never {
  throw new Error('provider failed');
}

describe('AppErrorBoundary', () => {
  afterEach(() => {
    cleanup();
    jest.restoreAllMocks();
    document.getElementById('boot-sign-in')?.remove();
    document.body.classList.remove('boot-signing-in');
  });

  it('shows its message, and takes down the loading shell’s sign-in form that would hide it', () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    document.body.classList.add('boot-signing-in');
    const shell = document.createElement('div');
    shell.id = 'boot-sign-in';
    document.body.appendChild(shell);
    render(
      <AppErrorBoundary>
        <Crash />
      </AppErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong');
    expect(document.getElementById('boot-sign-in')).toBeNull();
    expect(document.body).not.toHaveClass('boot-signing-in');
  });
});

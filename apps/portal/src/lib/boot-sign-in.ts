/**
 * The sign-in form of the loading shell (`#boot-sign-in` in index.html, shown by the boot script on
 * /sign-in before any script has arrived). When the portal's own form renders it takes over what the
 * reader typed, which field they were in, and whether they already pressed "Sign in"; then the shell's
 * form goes and the app shows.
 */
export interface BootSignIn {
  email: string;
  password: string;
  /** "Sign in" was pressed on the shell's form (its browser validation passed). */
  submitted: boolean;
  /** The field the reader was typing in, to keep them there. */
  focus: 'email' | 'password' | null;
}

const SHELL_ID = 'boot-sign-in';
const SHOWING_CLASS = 'boot-signing-in';

/** The shell's form, if it is showing (it is only on /sign-in, and only until the portal takes it). */
function shownShell(): HTMLElement | null {
  const shell = document.getElementById(SHELL_ID);
  return shell && !shell.hidden ? shell : null;
}

/** Removes the shell's form and shows the app; harmless when there is none. */
export function releaseBootSignIn(): void {
  document.getElementById(SHELL_ID)?.remove();
  document.body.classList.remove(SHOWING_CLASS);
}

/** What was typed into the shell's form (null when it was not shown), then removes it. */
export function takeBootSignIn(): BootSignIn | null {
  const shell = shownShell();
  if (!shell) {
    releaseBootSignIn();
    return null;
  }
  const email = shell.querySelector<HTMLInputElement>('input[name="email"]');
  const password = shell.querySelector<HTMLInputElement>('input[name="password"]');
  const active = document.activeElement;
  const taken: BootSignIn = {
    email: email?.value ?? '',
    password: password?.value ?? '',
    submitted: shell.querySelector('form')?.hasAttribute('data-submitted') ?? false,
    focus: active && active === email ? 'email' : active && active === password ? 'password' : null,
  };
  releaseBootSignIn();
  return taken;
}

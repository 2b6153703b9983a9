import { Component, type ErrorInfo, type ReactNode } from 'react';
import { releaseBootSignIn } from '@/lib/boot-sign-in';
import { i18n } from '@/lib/i18n';
import { isChunkLoadError } from './error-text';

interface State {
  error: unknown;
}

/**
 * The last line of defence, around the whole app (providers included): a friendly message and a retry
 * instead of a blank page. It cannot rely on the router or React Query, which may be what failed.
 */
export class AppErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error ?? new Error('Unknown error') };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('Portal crashed', error, info.componentStack);
    // The shell's sign-in form (index.html) hides the app while it shows: the message must be seen.
    releaseBootSignIn();
  }

  private readonly retry = () => {
    if (isChunkLoadError(this.state.error)) window.location.reload();
    else this.setState({ error: null });
  };

  render() {
    if (!this.state.error) return this.props.children;
    const t = i18n.t.bind(i18n);
    return (
      <main id="main" className="standalone">
        <div className="card standalone__card" role="alert">
          <h1>{t('errors.title')}</h1>
          <p>{isChunkLoadError(this.state.error) ? t('errors.chunk') : t('errors.generic')}</p>
          <div className="actions">
            <button type="button" className="button" onClick={this.retry}>
              {t('errors.retry')}
            </button>
            <a className="button button--secondary" href="/">
              {t('errors.goHome')}
            </a>
          </div>
        </div>
      </main>
    );
  }
}

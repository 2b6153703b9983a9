import '@testing-library/jest-dom';
import { initI18n } from '@/lib/i18n';

// The portal's own i18next instance, in English (jsdom's navigator says en-US and nothing is stored).
beforeAll(async () => {
  await initI18n();
});

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

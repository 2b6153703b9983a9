import { UpdatePrompt } from '@/components/layout/update-prompt';
import { AppProvider } from './provider';
import { AppRouter } from './router';

export function App() {
  return (
    <AppProvider>
      <AppRouter />
      <UpdatePrompt />
    </AppProvider>
  );
}

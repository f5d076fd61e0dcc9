import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '@/components/popup/PopupApp';
import { createAppStore } from '@/lib/store/app-store';
import '@/components/theme.css';

// The store reads storage as soon as it is mounted; nothing waits for the network to paint.
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PopupApp store={createAppStore()} />
  </StrictMode>,
);

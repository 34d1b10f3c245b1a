import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadConfig } from './app/config';
import './styles.css';

const root = createRoot(document.getElementById('root')!);
loadConfig()
  .then((config) => root.render(<StrictMode><App config={config} /></StrictMode>))
  .catch((e: unknown) => root.render(
    <main id="main"><h1>Jobmate cannot start</h1><p role="alert">Its settings could not be loaded ({String(e)}). Reload the page to try again.</p></main>,
  ));

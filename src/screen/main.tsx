import { render } from 'preact';
import { applyDocumentLanguage } from '../platform/i18n';
import { ScreenPage } from './ScreenPage';
import '../ui/base.css';
import './screen.css';

applyDocumentLanguage('screenTitle');
render(<ScreenPage />, document.getElementById('app') as HTMLElement);

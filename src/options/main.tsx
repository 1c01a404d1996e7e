import { render } from 'preact';
import { applyDocumentLanguage } from '../platform/i18n';
import { Options } from './Options';
import '../ui/base.css';

applyDocumentLanguage('optionsTitle');
render(<Options />, document.getElementById('app') as HTMLElement);

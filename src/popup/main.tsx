import { render } from 'preact';
import { applyDocumentLanguage } from '../platform/i18n';
import { Popup } from './Popup';
import '../ui/base.css';

applyDocumentLanguage('extName');
render(<Popup />, document.getElementById('app') as HTMLElement);

import { render } from 'preact';
import { applyDocumentLanguage } from '../platform/i18n';
import { Popup } from './Popup';
import '../ui/base.css';
import './popup.css';

applyDocumentLanguage('extName');
render(<Popup />, document.getElementById('app') as HTMLElement);

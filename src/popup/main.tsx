import { render } from 'preact';
import { Popup } from './Popup';
import '../ui/base.css';

render(<Popup />, document.getElementById('app') as HTMLElement);

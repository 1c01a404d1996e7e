import { render } from 'preact';
import { ScreenPage } from './ScreenPage';
import '../ui/base.css';
import './screen.css';

render(<ScreenPage />, document.getElementById('app') as HTMLElement);

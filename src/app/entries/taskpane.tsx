import { mount } from '../mount';
import { taskPaneView } from './taskPaneView';

// taskpane.html: the standalone demo's task pane. It loads nothing from a CDN, so it never runs in
// Outlook (Outlook opens outlook.html).
mount(taskPaneView);

import { mount } from '../mount';
import { taskPaneView } from './taskPaneView';

// outlook.html: the task pane as Outlook opens it. Its <head> references Office.js, as Office requires.
mount(taskPaneView, { officePage: true });

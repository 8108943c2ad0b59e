// The standalone demo's chrome, loaded with import() only in a plain browser: inside Outlook or
// Teams none of it is downloaded.
export { Home } from './Home';
export { MeetingSimulator } from './MeetingSimulator';
export { OutlookSimulator } from './OutlookSimulator';
export { StandaloneFrame } from './StandaloneFrame';

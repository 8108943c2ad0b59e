export { teamsDarkTheme as theme } from '@fluentui/react-components';

export { teamsLightTheme as theme } from '@fluentui/react-components';
